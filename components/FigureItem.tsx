import { type CheckedFigure, verdictOf } from '@/utils/contracts/checked-figure';
import { isHttpUrl } from '@/utils/contracts/checks';
import type { ReviewedPage } from '@/utils/export/claim-review';
import { STANDING_COLORS, STANDING_SYMBOLS, type Standing, standingOf } from '@/utils/record/standing';
import type { RecordRef, RecordTable } from '@/utils/record/verdicts';
import {
  comparedLine,
  countText,
  dateText,
  headline,
  isNewerOfficial,
  lastOfficialLine,
  mediaLine,
  ownDateLine,
  quoteText,
  type ReportedOn,
  standingLabel,
} from '@/utils/wording/figure-wording';
import { CopyWithSourceButton } from './CopyWithSourceButton';
import { t } from './i18n';
import { ShowInPageButton } from './ShowInPageButton';
import { WhyDiffer } from './WhyDiffer';

/** A figure's standing as a pill in the toolbar badge's colour, with its symbol and label. */
export function StandingPill({ standing }: { standing: Standing }) {
  return (
    <span class="pill" data-standing={standing} style={{ backgroundColor: STANDING_COLORS[standing] }}>
      <span class="pill-symbol" aria-hidden="true">
        {STANDING_SYMBOLS[standing]}
      </span>{' '}
      {standingLabel(t, standing)}
    </span>
  );
}

/** "Source: Hindustan Times", opening in a new tab. */
function SourceLink({ record }: { record: RecordRef }) {
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

/** How a record relates to the figure: the latest official one, the one of its own time, or a media report. */
type RecordRelation = 'latest' | 'reference' | 'previous' | 'newer' | 'media';

/**
 * A reported figure: what it counts and when, who said it and where, the source. A figure the reader
 * accepted is marked as theirs; one only the media gave is labelled as such.
 */
function RecordBlock({ relation, record }: { relation: RecordRelation; record: RecordRef }) {
  return (
    <div
      class={`ref ref-${relation}`}
      data-relation={relation}
      data-value={record.value}
      data-official={record.official}
      data-local={record.local}
    >
      <p class="ref-head">
        <span class="ref-label">{t(`recordLabel_${relation}`)}</span>{' '}
        <span class="ref-value">{countText(t, record)}</span>{' '}
        <span class="ref-date">{dateText(t, record.date)}</span>
        {record.official ? null : (
          <>
            {' '}
            <span class="tag">{t('mediaReport')}</span>
          </>
        )}
      </p>
      {record.official && record.speaker ? <p class="ref-who">{record.speaker}</p> : null}
      {record.venue ? <p class="ref-where">{record.venue}</p> : null}
      {record.local ? <p class="ref-local">{t('readerRecord')}</p> : null}
      <SourceLink record={record} />
    </div>
  );
}

/**
 * One figure in full: its standing and what it says, as written in the article, then whether it is
 * still current (against the latest official figure, with its source), how it compared with its own
 * time, and a media report of that time below. Page text reaches the DOM only as text.
 */
export function FigureItem({
  figure,
  records,
  recordEnd,
  reported,
  page,
  onShowInPage,
}: {
  figure: CheckedFigure;
  /** The records the figure's verdict names. */
  records: RecordTable;
  recordEnd: string;
  /** The page it was read on, for a figure newer than the record. */
  reported?: ReportedOn;
  /** The page it was read on, for "Copy with source"; without it there is no button. */
  page?: ReviewedPage;
  /** "Show in the page": true once the page shows the figure; without it there is no button. */
  onShowInPage?: () => Promise<boolean>;
}) {
  const v = verdictOf(figure, records);
  const standing = standingOf(figure, v);
  const media = mediaLine(t, v);
  const own = ownDateLine(t, figure, v, recordEnd);
  const last =
    reported && isNewerOfficial(figure, standing, recordEnd) ? lastOfficialLine(t, figure, v) : null;
  const compared = comparedLine(t, figure, v);
  return (
    <li
      class="figure"
      data-kind={figure.kind}
      data-value={figure.value}
      data-status={v.status}
      data-currency={v.currency}
      data-standing={standing}
    >
      <div class="figure-head">
        <p class="figure-value">
          <span class="value">{countText(t, figure)}</span>
          {figure.asOf ? (
            <>
              {' '}
              <span class="as-of">{t('asOf', dateText(t, figure.asOf))}</span>
            </>
          ) : null}
        </p>
        <StandingPill standing={standing} />
      </div>
      <blockquote class="quote">
        <span class="sr-only">{t('asWritten')} </span>
        {quoteText(t, figure.text)}
      </blockquote>
      <p class="verdict">{headline(t, figure, v, standing, recordEnd, false, reported)}</p>
      {last ? <p class="own-date">{last}</p> : null}
      {compared ? <p class="note">{compared}</p> : null}
      {own ? <p class="own-date">{own}</p> : null}
      {v.latest ? <RecordBlock relation="latest" record={v.latest} /> : null}
      {v.reference && v.reference.id !== v.latest?.id ? (
        <RecordBlock relation="reference" record={v.reference} />
      ) : null}
      {media ? <p class="media-note">{media}</p> : null}
      <WhyDiffer figure={figure} verdict={v} standing={standing} />
      {onShowInPage ? <ShowInPageButton figure={figure} onShow={onShowInPage} /> : null}
      {page ? (
        <CopyWithSourceButton figure={figure} records={records} page={page} recordEnd={recordEnd} />
      ) : null}
    </li>
  );
}
