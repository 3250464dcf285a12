import { BADGE_COLORS } from '@/utils/badge';
import { isHttpUrl, type PageResultFigure } from '@/utils/messages';
import { STATUS_SYMBOLS } from '@/utils/verdict-text';
import type { RecordRef, VerdictStatus } from '@/utils/verdicts';
import { t } from './i18n';
import { WhyDiffer } from './WhyDiffer';
import { dateText, localizedVerdictLead, statusLabel, subjectNote, valueText } from './wording';

/** A verdict status as a pill in the toolbar badge's colour, with its symbol and label. */
export function StatusPill({ status }: { status: VerdictStatus }) {
  return (
    <span class="pill" data-status={status} style={{ backgroundColor: BADGE_COLORS[status] }}>
      <span class="pill-symbol" aria-hidden="true">
        {STATUS_SYMBOLS[status]}
      </span>{' '}
      {statusLabel(status)}
    </span>
  );
}

/** "Source: Hindustan Times", opening in a new tab. */
export function SourceLink({ record }: { record: RecordRef }) {
  const source = record.source;
  if (!source || !isHttpUrl(source.url)) return null;
  return (
    <p class="source">
      <a href={source.url} target="_blank" rel="noopener noreferrer">
        {t('sourceLink', source.publisher)}
        <span class="sr-only"> {t('opensInNewTab')}</span>
      </a>
    </p>
  );
}

/** How a record relates to the figure: compared with it, the latest before it, or the latest since. */
export type RecordRelation = 'reference' | 'previous' | 'newer';

/**
 * A reported figure: value and date, who said it and where, the source. A figure only the media gave
 * is labelled as such and names its report.
 */
export function RecordBlock({ relation, record }: { relation: RecordRelation; record: RecordRef }) {
  return (
    <div
      class={`ref ref-${relation}`}
      data-relation={relation}
      data-value={record.value}
      data-official={record.official}
    >
      <p class="ref-head">
        <span class="ref-label">{t(`recordLabel_${relation}`)}</span>{' '}
        <span class="ref-value">{valueText(record.value, record.qualifier)}</span>{' '}
        <span class="ref-date">{dateText(record.date)}</span>
        {record.official ? null : (
          <>
            {' '}
            <span class="tag">{t('mediaReport')}</span>
          </>
        )}
      </p>
      {record.official && record.speaker ? <p class="ref-who">{record.speaker}</p> : null}
      {record.venue ? <p class="ref-where">{record.venue}</p> : null}
      <SourceLink record={record} />
    </div>
  );
}

/** Extracted clauses are often cut mid-sentence ("... engagement between the"): say so. */
function quoteOf(text: string): string {
  const s = text.trim();
  return /[.!?…"”')\]]$/.test(s) ? t('quoted', s) : t('quotedCut', s);
}

/**
 * One figure: as written in the article, its value and date, its status, what the record says (with
 * the source) and what was reported since. Page text reaches the DOM only as text.
 */
export function FigureItem({ figure }: { figure: PageResultFigure }) {
  const v = figure.verdict;
  const note = subjectNote(figure.subject);
  // The record the verdict rests on: the one compared with, else the latest one before.
  const cited: { relation: RecordRelation; record: RecordRef } | null = v.reference
    ? { relation: 'reference', record: v.reference }
    : v.previous && v.status === 'unconfirmed'
      ? { relation: 'previous', record: v.previous }
      : null;
  return (
    <li class="figure" data-kind={figure.kind} data-value={figure.value} data-status={v.status}>
      <div class="figure-head">
        <p class="figure-value">
          <span class="value">{valueText(figure.value, figure.qualifier)}</span>{' '}
          <span class="as-of">{t('asOf', dateText(figure.asOf))}</span>
        </p>
        <StatusPill status={v.status} />
      </div>
      <blockquote class="quote">
        <span class="sr-only">{t('asWritten')} </span>
        {quoteOf(figure.text)}
      </blockquote>
      {note ? <p class="note">{note}</p> : null}
      <p class="verdict">{localizedVerdictLead(v, figure.asOf)}</p>
      {cited ? <RecordBlock relation={cited.relation} record={cited.record} /> : null}
      {v.newer ? <RecordBlock relation="newer" record={v.newer} /> : null}
      <WhyDiffer figure={figure} cited={cited} />
    </li>
  );
}
