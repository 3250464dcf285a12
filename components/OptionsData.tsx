import { useEffect, useState } from 'preact/hooks';
import { localDay } from '@/utils/dates';
import { SIGHTINGS_CAP } from '@/utils/sightings/types';
import { messagesLang, t } from './i18n';
import type { OptionsDeps } from './options-deps';

type Counts =
  | { kind: 'loading' }
  | { kind: 'ok'; pages: number; dropped: number }
  | { kind: 'error'; text: string };
type Note = { text: string; error: boolean } | null;

/** Numbers in the language of the messages in use. */
export function formatCount(n: number): string {
  try {
    return new Intl.NumberFormat(messagesLang()).format(n);
  } catch {
    return String(n);
  }
}

/** The reader's sightings: how many, export, import, clear (after a confirmation). */
export function OptionsData({
  deps,
}: {
  deps: Pick<OptionsDeps, 'sightings' | 'clearSightings' | 'download'>;
}) {
  const [counts, setCounts] = useState<Counts>({ kind: 'loading' });
  const [note, setNote] = useState<Note>(null);
  const [confirming, setConfirming] = useState(false);

  const refresh = () =>
    deps.sightings.read().then(
      (r) =>
        setCounts(
          r.ok
            ? { kind: 'ok', pages: r.data.pages.length, dropped: r.data.dropped }
            : { kind: 'error', text: r.error },
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
        if (!r.ok) return setNote({ text: t('exportFailed', r.error), error: true });
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

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setNote(null);
    try {
      const r = await deps.sightings.importJson(await file.text());
      if (r.ok) setNote({ text: t('imported', formatCount(r.pages ?? 0)), error: false });
      else setNote({ text: t('importFailed', r.error), error: true });
    } catch (e) {
      setNote({ text: t('importFailed', e instanceof Error ? e.message : String(e)), error: true });
    }
    input.value = '';
    await refresh();
  };

  const clear = async () => {
    setConfirming(false);
    const r = await deps.clearSightings();
    setNote(r.ok ? { text: t('cleared'), error: false } : { text: t('clearFailed', r.error), error: true });
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
            type="file"
            accept="application/json,.json"
            class="sr-only"
            onChange={(e) => void importFile(e.currentTarget as HTMLInputElement)}
          />
        </label>
        {confirming ? null : (
          <button
            type="button"
            class="button danger"
            disabled={counts.kind === 'ok' && counts.pages === 0}
            onClick={() => setConfirming(true)}
          >
            {t('clearSightings')}
          </button>
        )}
      </div>
      <p class="help">{t('importHelp')}</p>
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
