import { useEffect, useRef, useState } from 'preact/hooks';
import { localDay } from '@/utils/engine/dates';
import {
  MAX_IMPORT_BYTES,
  readImportFile,
  STORAGE_QUOTA_BYTES,
  type TooLarge,
  tooLargeToImport,
} from '@/utils/storage/sightings/import-file';
import type { ImportMode } from '@/utils/storage/sightings/store';
import { SIGHTINGS_CAP } from '@/utils/storage/sightings/types';
import { failureText } from '@/utils/wording/failure';
import { megabytesIn } from '@/utils/wording/locale-format';
import { formatCount, messagesLang, t } from './i18n';
import type { OptionsDeps } from './options-deps';

type Counts =
  | { kind: 'loading' }
  | { kind: 'ok'; pages: number; dropped: number }
  | { kind: 'error'; text: string };
type Note = { text: string; error: boolean } | null;
/** A file chosen for import: the question merge or replace, then, for replace, its confirmation. */
type PendingImport = { file: File; step: 'choose' | 'confirm' } | null;

/** Megabytes (of 1024 × 1024 bytes, as the browser's quota is given), one decimal at most. */
const formatMegabytes = (bytes: number): string => megabytesIn(messagesLang(), bytes / (1024 * 1024));

function tooLargeNote(refused: TooLarge): Note {
  const sizes = [refused.size, refused.limit, STORAGE_QUOTA_BYTES].map(formatMegabytes);
  return { text: t('importTooLarge', sizes), error: true };
}

/**
 * The reader's sightings: how many, export, import (merge, or replace after a confirmation; a file
 * too large is refused before it is read), clear (after a confirmation).
 */
export function OptionsData({
  deps,
}: {
  deps: Pick<OptionsDeps, 'sightings' | 'clearSightings' | 'download'>;
}) {
  const [counts, setCounts] = useState<Counts>({ kind: 'loading' });
  const [note, setNote] = useState<Note>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState<PendingImport>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // The button to focus when the import question or its confirmation appears: the choice that loses nothing.
  const safeChoice = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (pending) safeChoice.current?.focus();
  }, [pending]);

  const refresh = () =>
    deps.sightings.read().then(
      (r) =>
        setCounts(
          r.ok
            ? { kind: 'ok', pages: r.data.pages.length, dropped: r.data.dropped }
            : { kind: 'error', text: failureText(t, r) },
        ),
      (e: unknown) => setCounts({ kind: 'error', text: String(e) }),
    );
  useEffect(() => {
    void refresh();
  }, [deps]);

  const exportAs = (format: 'json' | 'csv') => {
    setNote(null);
    const run = format === 'json' ? deps.sightings.exportJson() : deps.sightings.exportCsv();
    run.then(
      (r) => {
        if (!r.ok) return setNote({ text: t('exportFailed', failureText(t, r)), error: true });
        deps.download(
          `factcheck-sightings-${localDay()}.${format}`,
          r.text,
          format === 'json' ? 'application/json' : 'text/csv',
        );
        setNote({ text: t('exported', format.toUpperCase()), error: false });
      },
      (e: unknown) => setNote({ text: t('exportFailed', String(e)), error: true }),
    );
  };

  const storedPages = counts.kind === 'ok' ? counts.pages : null;

  const chooseFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared at once, so that choosing the same file again is a change too.
    input.value = '';
    if (!file) return;
    setNote(null);
    setConfirming(false);
    setPending(null);
    const tooLarge = tooLargeToImport(file);
    if (tooLarge) return setNote(tooLargeNote(tooLarge));
    // Nothing stored: nothing to merge with or to lose.
    if (storedPages === 0) return void importFile(file, 'merge');
    setPending({ file, step: 'choose' });
  };

  const endImport = () => {
    setPending(null);
    fileInput.current?.focus();
  };

  const importFile = async (file: File, mode: ImportMode) => {
    const merged = mode === 'merge' && storedPages !== 0;
    endImport();
    try {
      const read = await readImportFile(file);
      if (!read.ok) {
        setNote(
          read.reason === 'too_large'
            ? tooLargeNote(read)
            : { text: t('importFailed', failureText(t, read)), error: true },
        );
        return;
      }
      const r = await deps.sightings.importJson(read.text, mode);
      if (!r.ok) setNote({ text: t('importFailed', failureText(t, r)), error: true });
      else
        setNote({ text: t(merged ? 'importMerged' : 'imported', formatCount(r.pages ?? 0)), error: false });
    } catch (e) {
      setNote({ text: t('importFailed', e instanceof Error ? e.message : String(e)), error: true });
    }
    await refresh();
  };

  const clear = async () => {
    setConfirming(false);
    const r = await deps.clearSightings();
    setNote(
      r.ok
        ? { text: t('cleared'), error: false }
        : { text: t('clearFailed', failureText(t, r)), error: true },
    );
    await refresh();
  };

  return (
    <section class="card" aria-labelledby="data-heading" data-section="data">
      <h2 id="data-heading">{t('dataHeading')}</h2>
      <p>{t('dataIntro')}</p>
      <p class="counts" data-pages={counts.kind === 'ok' ? counts.pages : undefined}>
        {counts.kind === 'loading'
          ? t('optionsLoading')
          : counts.kind === 'error'
            ? t('countsFailed', counts.text)
            : counts.pages === 1
              ? t('sightingsCountOne', formatCount(SIGHTINGS_CAP))
              : t('sightingsCount', [formatCount(counts.pages), formatCount(SIGHTINGS_CAP)])}
        {counts.kind === 'ok' && counts.dropped > 0
          ? ` ${t('sightingsDropped', formatCount(counts.dropped))}`
          : null}
      </p>
      <div class="actions">
        <button type="button" class="button" onClick={() => exportAs('json')}>
          {t('exportJson')}
        </button>
        <button type="button" class="button" onClick={() => exportAs('csv')}>
          {t('exportCsv')}
        </button>
        <label class="button file-button">
          {t('importJson')}
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            class="sr-only"
            onChange={(e) => chooseFile(e.currentTarget as HTMLInputElement)}
          />
        </label>
        {confirming ? null : (
          <button
            type="button"
            class="button danger"
            disabled={counts.kind === 'ok' && counts.pages === 0}
            onClick={() => {
              setPending(null);
              setConfirming(true);
            }}
          >
            {t('clearSightings')}
          </button>
        )}
      </div>
      <p class="help">{t('importHelp', formatMegabytes(MAX_IMPORT_BYTES))}</p>
      {pending ? (
        <fieldset
          class={pending.step === 'confirm' ? 'confirm import-choice' : 'choice import-choice'}
          onKeyDown={(e) => {
            if (e.key === 'Escape') endImport();
          }}
        >
          {pending.step === 'choose' ? (
            <>
              <legend>{t('importChoice', pending.file.name)}</legend>
              <div class="actions">
                <button
                  ref={safeChoice}
                  type="button"
                  class="button"
                  onClick={() => void importFile(pending.file, 'merge')}
                >
                  {t('importMerge')}
                </button>
                <button
                  type="button"
                  class="button danger"
                  onClick={() => setPending({ file: pending.file, step: 'confirm' })}
                >
                  {t('importReplace')}
                </button>
                <button type="button" class="button" onClick={endImport}>
                  {t('cancel')}
                </button>
              </div>
            </>
          ) : (
            <>
              <legend>{t('importReplaceConfirm', formatCount(storedPages ?? 0))}</legend>
              <div class="actions">
                <button
                  type="button"
                  class="button danger"
                  onClick={() => void importFile(pending.file, 'replace')}
                >
                  {t('importReplaceYes')}
                </button>
                <button ref={safeChoice} type="button" class="button" onClick={endImport}>
                  {t('cancel')}
                </button>
              </div>
            </>
          )}
        </fieldset>
      ) : null}
      {confirming ? (
        <div class="confirm">
          <p id="confirm-text">{t('clearConfirm', formatCount(counts.kind === 'ok' ? counts.pages : 0))}</p>
          <div class="actions">
            <button type="button" class="button danger" onClick={() => void clear()}>
              {t('clearConfirmYes')}
            </button>
            <button type="button" class="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <p class={note?.error ? 'error' : 'status'} role={note?.error ? 'alert' : 'status'}>
        {note?.text ?? ''}
      </p>
    </section>
  );
}
