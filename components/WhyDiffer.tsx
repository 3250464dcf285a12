import type { CheckedFigure } from '@/utils/contracts/checked-figure';
import { REFERENCE_RECORDS } from '@/utils/record/records';
import type { ReferenceRecord } from '@/utils/record/reference-record';
import type { Standing } from '@/utils/record/standing';
import type { Verdict } from '@/utils/record/verdicts';
import { dateText, valueText } from '@/utils/wording/figure-wording';
import { t } from './i18n';

/**
 * "Why the figures differ", one click away in a figure's details: first, in plain words, why a figure
 * on this story goes out of date or differs; then the notes the record keeps on the figures compared
 * (a new recruitment wave, missing persons reclassified ...). Only when the figures differ.
 */

/**
 * A record's notes as a reader reads them: without the data's own markers ("[range 30-40]",
 * "[incremental]", "[tag]") and without the quotes of its wording kept for the extraction engine
 * ("Wording: 'Twelve Indian nationals have died', 'died in combat'.").
 */
function noteText(notes: string): string {
  return notes
    .replace(/^(?:\s*\[[^\]]*\]\s*)+/, '')
    .replace(/\bWording(?: \([^)]*\))?:.*?'[^'.]*\.(?=\s|$)\s*/g, '')
    .trim();
}

export function WhyDiffer({
  figure,
  verdict: v,
  standing,
  records = REFERENCE_RECORDS,
}: {
  figure: CheckedFigure;
  /** The figure's verdict, its records in full. */
  verdict: Pick<Verdict, 'reference' | 'latest'>;
  standing: Standing;
  /** Where the compared records' notes are read from. */
  records?: readonly ReferenceRecord[];
}) {
  if (standing !== 'superseded' && standing !== 'differs') return null;
  const lead =
    standing === 'superseded'
      ? t('whyLeadSuperseded', [
          dateText(t, figure.asOf),
          v.latest
            ? `${valueText(t, v.latest.value, v.latest.qualifier)} (${dateText(t, v.latest.date)})`
            : '',
        ])
      : t('whyLeadDiffers');
  const cited = [v.reference, v.latest].filter(
    (r, i, all): r is NonNullable<typeof r> => r !== null && all.findIndex((x) => x?.id === r.id) === i,
  );
  const notes = cited.flatMap((record) => {
    const text = noteText(records.find((r) => r.id === record.id)?.notes ?? '');
    return text ? [{ record, text }] : [];
  });
  return (
    <details class="why">
      <summary>{t('whyDiffer')}</summary>
      <p class="why-lead">{lead}</p>
      {notes.length > 0 ? <p class="why-label">{t('whyNotes')}</p> : null}
      {notes.map(({ record, text }) => (
        <div class="why-note" key={record.id} data-record={record.id}>
          <p class="why-label">
            {valueText(t, record.value, record.qualifier)}, {dateText(t, record.date)}
          </p>
          <p class="why-text">{text}</p>
        </div>
      ))}
    </details>
  );
}
