import { latestOfficialFigures, latestPartition } from '@/utils/record/latest';
import type { RecordSet } from '@/utils/record/record-set';
import type { ReferenceRecord } from '@/utils/record/reference-record';
import { recordRef } from '@/utils/record/verdicts';
import { countText, dateText, venueOf } from '@/utils/wording/figure-wording';
import { formatCount, t } from './i18n';

/**
 * The latest official figure of each kind, each under the statement that gave it (its date, who gave
 * it and where): one statement, such as a reply in Parliament, often gives all of them. The reader's
 * own accepted figures count, marked as theirs. When the latest figures are one statement whose parts
 * add up to its total, it says so.
 */
export function LatestFigures({ set, today }: { set: RecordSet; today?: string }) {
  const latest = latestOfficialFigures(set.records, today);
  if (latest.length === 0) return null;
  const partition = latestPartition(set.records, latest);
  // The figures of one statement together, in the order of the first of each.
  const statements: Array<{ key: string; first: ReferenceRecord; records: ReferenceRecord[] }> = [];
  for (const { record } of latest) {
    const key = `${record.date}|${record.speaker}|${venueOf(record)}|${record.local === true}`;
    const same = statements.find((s) => s.key === key);
    if (same) same.records.push(record);
    else statements.push({ key, first: record, records: [record] });
  }
  return (
    <section class="latest" aria-labelledby="latest-heading">
      <h3 id="latest-heading">{t('latestHeading')}</h3>
      <ul class="latest-list">
        {statements.map(({ key, first, records }) => (
          <li key={key} class="latest-statement">
            <p class="latest-who">
              {t('latestWho', [dateText(t, first.date), first.speaker, venueOf(first)])}
              {first.local ? ` · ${t('readerRecord')}` : ''}
            </p>
            <ul class="latest-figures">
              {records.map((r) => (
                <li key={r.id} class="latest-item" data-kind={r.kind} data-value={r.value}>
                  {countText(t, recordRef(r))}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {partition ? (
        <p class="adds-up">
          {t('addsUp', [
            partition.parts.map((r) => formatCount(r.value)).join(' + '),
            formatCount(partition.total.value),
          ])}
        </p>
      ) : null}
    </section>
  );
}
