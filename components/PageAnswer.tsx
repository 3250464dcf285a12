import { type CheckedFigure, verdictOf } from '@/utils/contracts/checked-figure';
import { standingOf } from '@/utils/record/standing';
import type { RecordTable } from '@/utils/record/verdicts';
import { candidateKey, outletsOf } from '@/utils/storage/reader-records/candidates';
import {
  countText,
  dateText,
  headline,
  isNewerOfficial,
  type ReportedOn,
} from '@/utils/wording/figure-wording';
import { useSightings } from './AlsoReported';
import { StandingPill } from './FigureItem';
import { formatCount, t } from './i18n';

/**
 * The popup's first answer: this page's figures, one line each, with whether each is still current
 * and, if not, what replaced it; a figure newer than the record that two or more outlets the reader
 * read gave to an official says so. The details of each fold below (FigureItem).
 */
export function PageAnswer({
  figures,
  records,
  recordEnd,
  reported,
}: {
  figures: readonly CheckedFigure[];
  /** The records the figures' verdicts name. */
  records: RecordTable;
  recordEnd: string;
  /** This page: its outlet and date, for a figure newer than the record. */
  reported: ReportedOn;
}) {
  const sightings = useSightings();
  const outlets = (f: CheckedFigure, standing: ReturnType<typeof standingOf>): number =>
    sightings && f.asOf && isNewerOfficial(f, standing, recordEnd)
      ? outletsOf(sightings, candidateKey(f, f.asOf))
      : 0;
  return (
    <section class="answer" aria-labelledby="answer-heading">
      <h3 id="answer-heading">{t('pageFiguresHeading')}</h3>
      <ul class="answer-list">
        {figures.map((f, i) => {
          const v = verdictOf(f, records);
          const standing = standingOf(f, v);
          const seenOn = outlets(f, standing);
          return (
            <li
              key={`${f.kind}-${f.value}-${i}`}
              class="answer-item"
              data-kind={f.kind}
              data-value={f.value}
              data-standing={standing}
              data-currency={f.verdict.currency}
            >
              <p class="answer-head">
                <StandingPill standing={standing} /> <span class="answer-what">{countText(t, f)}</span>
                {f.asOf ? <span class="answer-when"> · {dateText(t, f.asOf)}</span> : null}
              </p>
              <p class="answer-why">
                {headline(t, f, v, standing, recordEnd, true, reported)}
                {seenOn >= 2 ? ` (${t('candidateOutlets', formatCount(seenOn))})` : ''}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
