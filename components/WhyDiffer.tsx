import type { PageResultFigure } from '@/utils/messages';
import { REFERENCE_RECORDS } from '@/utils/reference/records';
import type { ReferenceRecord } from '@/utils/reference/reference-record';
import type { RecordRef } from '@/utils/verdicts';
import type { RecordRelation } from './FigureItem';
import { t } from './i18n';
import { dateText, valueText } from './wording';

/**
 * "Why the figures differ", one click away in a figure's card: the notes of the record the figure was
 * compared with and of the newer record, from the sourced record (a new recruitment wave, missing
 * persons reclassified ...). Only when the figures differ and a note says something.
 */

/** A record's notes without the data's own markers ("[range 30-40]", "[incremental]", "[tag]"). */
export function noteText(notes: string): string {
  return notes.replace(/^(?:\s*\[[^\]]*\]\s*)+/, '').trim();
}

export function WhyDiffer({
  figure,
  cited,
  records = REFERENCE_RECORDS,
}: {
  figure: PageResultFigure;
  /** The record the verdict rests on (the one compared with, else the latest one before). */
  cited: { relation: RecordRelation; record: RecordRef } | null;
  records?: readonly ReferenceRecord[];
}) {
  const v = figure.verdict;
  const differs =
    v.newer !== null || v.status === 'conflicts' || (cited && cited.record.value !== figure.value);
  if (!differs) return null;
  const notes = [
    ...(cited ? [cited] : []),
    ...(v.newer ? [{ relation: 'newer' as const, record: v.newer }] : []),
  ].flatMap(({ relation, record }) => {
    const text = noteText(records.find((r) => r.id === record.id)?.notes ?? '');
    return text ? [{ relation, record, text }] : [];
  });
  if (notes.length === 0) return null;
  return (
    <details class="why">
      <summary>{t('whyDiffer')}</summary>
      {notes.map(({ relation, record, text }) => (
        <div class="why-note" key={`${relation}-${record.id}`} data-relation={relation}>
          <p class="why-label">
            {t('whyNoteLabel', [
              t(`recordLabel_${relation}`),
              valueText(record.value, record.qualifier),
              dateText(record.date),
            ])}
          </p>
          <p class="why-text">{text}</p>
        </div>
      ))}
    </details>
  );
}
