import { useEffect, useState } from 'preact/hooks';
import { isHttpUrl } from '@/utils/contracts/checks';
import { localDay } from '@/utils/engine/dates';
import { recordSetWith } from '@/utils/record/record-set';
import type { ReferenceRecord } from '@/utils/record/reference-record';
import { recordRef } from '@/utils/record/verdicts';
import { type Candidate, candidatesFrom } from '@/utils/storage/reader-records/candidates';
import type { ReaderRecordsStore } from '@/utils/storage/reader-records/store';
import type { SightingsStore } from '@/utils/storage/sightings/store';
import { type Failure, failureText } from '@/utils/wording/failure';
import { countText, dateText, recordAgeLine } from '@/utils/wording/figure-wording';
import { formatCount, t } from './i18n';

/**
 * Figures newer than the record, from the pages the reader read: each figure a page attributed to an
 * official after the record ends, with every page that reported it. The reader accepts one into their
 * own record (it then counts like an official figure on this device, marked as theirs) or rejects it;
 * their accepted figures can be taken back, and exported in the shipped record's format.
 */

export interface NewerDeps {
  sightings: Pick<SightingsStore, 'read'>;
  readerRecords: Pick<ReaderRecordsStore, 'read' | 'accept' | 'reject' | 'remove' | 'exportJson'>;
  download(filename: string, text: string, type: string): void;
  /** The reader's date, YYYY-MM-DD. */
  today?: () => string;
}

type View =
  | { kind: 'loading' }
  | { kind: 'error'; text: string }
  | { kind: 'ok'; candidates: Candidate[]; accepted: ReferenceRecord[] };
type Note = { text: string; error: boolean } | null;

function CandidateItem({
  c,
  onAccept,
  onReject,
}: {
  c: Candidate;
  onAccept: () => void;
  onReject: () => void;
}) {
  const what = countText(t, c);
  return (
    <li class="candidate" data-key={c.key} data-outlets={c.outlets}>
      <p class="candidate-head">
        <strong class="candidate-what">{what}</strong>{' '}
        <span class="candidate-when">{dateText(t, c.date)}</span>
        {c.outlets >= 2 ? (
          <>
            {' '}
            <span class="badge-outlets">{t('candidateOutlets', formatCount(c.outlets))}</span>
          </>
        ) : null}
      </p>
      <p class="candidate-who">
        {c.attribution.venue
          ? t('candidateAttributedVenue', [c.attribution.speaker, c.attribution.venue])
          : t('candidateAttributed', c.attribution.speaker)}
      </p>
      <p class="candidate-reports">
        {t('candidateReportedBy')}{' '}
        {c.reports.map((r, i) => (
          <span key={r.url}>
            {i > 0 ? ', ' : ''}
            {isHttpUrl(r.url) ? (
              <a href={r.url} target="_blank" rel="noopener noreferrer" title={r.title || undefined}>
                {r.publisher || new URL(r.url).hostname}
                <span class="sr-only"> {t('opensInNewTab')}</span>
              </a>
            ) : (
              r.publisher
            )}
            {r.published ? ` (${dateText(t, r.published)})` : ''}
          </span>
        ))}
      </p>
      <div class="actions">
        <button type="button" class="button primary" onClick={onAccept} aria-label={t('acceptLabel', what)}>
          {t('accept')}
        </button>
        <button type="button" class="button" onClick={onReject} aria-label={t('rejectLabel', what)}>
          {t('reject')}
        </button>
      </div>
    </li>
  );
}

export function OptionsNewer({ deps }: { deps: NewerDeps }) {
  const today = deps.today ?? (() => localDay());
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [note, setNote] = useState<Note>(null);

  const refresh = async () => {
    const [sightings, mine] = await Promise.all([deps.sightings.read(), deps.readerRecords.read()]);
    if (!mine.ok) return setView({ kind: 'error', text: failureText(t, mine) });
    if (!sightings.ok) return setView({ kind: 'error', text: failureText(t, sightings) });
    const set = recordSetWith(mine.data.records);
    const candidates = candidatesFrom(sightings.data, set, new Set(mine.data.rejected), today());
    setView({ kind: 'ok', candidates, accepted: mine.data.records });
  };
  useEffect(() => {
    void refresh().catch((e: unknown) => setView({ kind: 'error', text: String(e) }));
  }, [deps]);

  const act = async (run: () => Promise<{ ok: true } | Failure>, done: string) => {
    setNote(null);
    const r = await run();
    setNote(
      r.ok
        ? { text: done, error: false }
        : { text: t('readerRecordsFailed', failureText(t, r)), error: true },
    );
    await refresh();
  };

  const exportRecords = async () => {
    setNote(null);
    const r = await deps.readerRecords.exportJson(today());
    if (!r.ok) return setNote({ text: t('readerRecordsFailed', failureText(t, r)), error: true });
    deps.download(`factcheck-accepted-figures-${today()}.json`, r.text, 'application/json');
    setNote({ text: t('readerRecordsExported'), error: false });
  };

  const accepted = view.kind === 'ok' ? view.accepted : [];
  const readerEnd = accepted.reduce<string | null>(
    (end, r) => (end === null || r.date > end ? r.date : end),
    null,
  );
  return (
    <section class="card" aria-labelledby="newer-heading" data-section="newer">
      <h2 id="newer-heading">{t('newerHeading')}</h2>
      <p>{recordAgeLine(t, recordSetWith([]).shippedEnd, readerEnd)}</p>
      <p>{t('newerIntro')}</p>
      {view.kind === 'loading' ? (
        <p class="loading" role="status">
          {t('optionsLoading')}
        </p>
      ) : view.kind === 'error' ? (
        <p class="error" role="alert">
          {view.text}
        </p>
      ) : (
        <>
          {view.candidates.length === 0 ? (
            <p class="empty">{t('newerNone')}</p>
          ) : (
            <ul class="candidates">
              {view.candidates.map((c) => (
                <CandidateItem
                  key={c.key}
                  c={c}
                  onAccept={() =>
                    void act(() => deps.readerRecords.accept(c, today()), t('accepted', countText(t, c)))
                  }
                  onReject={() =>
                    void act(() => deps.readerRecords.reject(c.key), t('rejected', countText(t, c)))
                  }
                />
              ))}
            </ul>
          )}
          <h3>{t('acceptedHeading')}</h3>
          {accepted.length === 0 ? (
            <p class="empty">{t('acceptedNone')}</p>
          ) : (
            <>
              <ul class="accepted">
                {accepted.map((r) => (
                  <li key={r.id} class="accepted-item" data-id={r.id}>
                    <span>
                      <strong>{countText(t, recordRef(r))}</strong> {dateText(t, r.date)} · {r.speaker}
                    </span>
                    <button
                      type="button"
                      class="button small"
                      onClick={() =>
                        void act(
                          () => deps.readerRecords.remove(r.id),
                          t('removed', countText(t, recordRef(r))),
                        )
                      }
                    >
                      {t('remove')}
                    </button>
                  </li>
                ))}
              </ul>
              <div class="actions">
                <button type="button" class="button" onClick={() => void exportRecords()}>
                  {t('exportAccepted')}
                </button>
              </div>
              <p class="help">{t('exportAcceptedHelp')}</p>
            </>
          )}
        </>
      )}
      <p class={note?.error ? 'error' : 'status'} role={note?.error ? 'alert' : 'status'}>
        {note?.text ?? ''}
      </p>
    </section>
  );
}
