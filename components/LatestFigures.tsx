import { latestOfficialFigures, latestPartition } from '@/utils/reference/latest';
import type { RecordSet } from '@/utils/reference/record-set';
import { recordRef } from '@/utils/verdicts';
import { countText, dateText, venueOf } from '@/utils/wording/figure-wording';
import { t } from './i18n';

/**
 * The latest official figure of each kind, one line each with its date, where it was given and by
 * whom; the reader's own accepted figures count, marked as theirs. When the latest figures are one
 * statement whose parts add up to its total, it says so.
 */
export function LatestFigures({ set, today }: { set: RecordSet; today?: string }) {
  const latest = latestOfficialFigures(set.records, today);
  if (latest.length === 0) return null;
  const partition = latestPartition(set.records, latest);
  return (
    <section class="latest" aria-labelledby="latest-heading">
      <h3 id="latest-heading">{t('latestHeading')}</h3>
      <ul class="latest-list">
        {latest.map(({ question, record }) => {
          const who = t('latestWho', [dateText(t, record.date), venueOf(record), record.speaker]);
          return (
            <li key={question} class="latest-item" data-kind={record.kind} data-value={record.value}>
              <span class="latest-what">{countText(t, recordRef(record))}</span>{' '}
              <span class="latest-who" title={who}>
                {who}
                {record.local ? ` · ${t('readerRecord')}` : ''}
              </span>
            </li>
          );
        })}
      </ul>
      {partition ? (
        <p class="adds-up">
          {t('addsUp', [
            partition.parts.map((r) => String(r.value)).join(' + '),
            String(partition.total.value),
          ])}
        </p>
      ) : null}
    </section>
  );
}
