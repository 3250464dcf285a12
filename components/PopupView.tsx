import type { ComponentChildren } from 'preact';
import type { TabResult } from '@/utils/background/tab-results';
import type { CheckedFigure } from '@/utils/contracts/checked-figure';
import type { CheckTabReply } from '@/utils/contracts/messages';
import { localDay } from '@/utils/engine/dates';
import { FIGURE_KINDS, type FigureKind } from '@/utils/engine/figure-types';
import { reviewedPage } from '@/utils/export/claim-review';
import { type RecordSet, recordEnd, SHIPPED } from '@/utils/record/record-set';
import { dateText, newerPageLine, recordAgeLine } from '@/utils/wording/figure-wording';
import { AlsoReported } from './AlsoReported';
import { CheckPageButton } from './CheckPageButton';
import { downloadText } from './download-text';
import { type Download, ExportClaimReview } from './ExportClaimReview';
import { FigureItem } from './FigureItem';
import { formatCount, t } from './i18n';
import { KindTimeline } from './KindTimeline';
import { LatestFigures } from './LatestFigures';
import { PageAnswer } from './PageAnswer';
import { PageControls } from './PageControls';
import { fullViewUrl, type PopupState } from './tab-result-source';

export interface PopupViewProps {
  state: PopupState;
  /** The full view (`popup.html?tabId=N` in a tab): a wider layout, and no link to itself. */
  full?: boolean;
  /** Opens the full view of the tab; without it the link's default action opens it. */
  onOpenFullView?: (tabId: number) => void;
  /** "Check this page" in the "not checked yet" state; without it there is no button. */
  onCheckPage?: (tabId: number) => Promise<CheckTabReply>;
  /** The record the figures were compared with: the shipped one and the reader's accepted figures. */
  records?: RecordSet;
  /** The reader's date: records published later are not yet known. */
  today?: string;
  /** Hands a file to the browser's downloads ("Export ClaimReview"); a link with `download` without it. */
  download?: Download;
  /**
   * "Show in the page" on each figure: the tab, and the figure's index in its result (the order of the
   * page's badges); true once the page shows it. Without it there is no such button.
   */
  onShowInPage?: ShowInPage;
}

export type ShowInPage = (tabId: number, figure: number) => Promise<boolean>;

const kindHeading = (k: FigureKind): string => t(`kindHeading_${k}`);

/** The figures of each kind, in FIGURE_KINDS order (recruited, serving, ... other), page order within. */
function groupByKind(
  figures: readonly CheckedFigure[],
): Array<{ kind: FigureKind; figures: CheckedFigure[] }> {
  return FIGURE_KINDS.map((kind) => ({ kind, figures: figures.filter((f) => f.kind === kind) })).filter(
    (g) => g.figures.length > 0,
  );
}

function PageHeader({ result, heading }: { result: TabResult; heading: string }) {
  const from = result.published
    ? t('pageFrom', [result.publisher, dateText(t, result.published)])
    : result.publisher;
  return (
    <header class="page">
      <h2 id="state-heading">{heading}</h2>
      {result.title ? <p class="page-title">{result.title}</p> : null}
      {from ? <p class="page-meta">{from}</p> : null}
    </header>
  );
}

/** How far the record runs, and whether this page is newer than it. */
function RecordAge({ result, records }: { result: TabResult; records: RecordSet }) {
  const end = recordEnd(records);
  const newer = newerPageLine(t, result.published, end);
  return (
    <p class="record-age">
      {recordAgeLine(t, records.shippedEnd, records.readerEnd)}
      {newer ? ` ${newer}` : ''}
    </p>
  );
}

/** A page past the size limits was read in part: whatever the answer, it is the answer of its start. */
function TruncatedNote({ result }: { result: TabResult }) {
  return result.truncated ? <p class="note truncated">{t('truncatedNote')}</p> : null;
}

function TopicPage({
  tabId,
  result,
  records,
  today,
  full,
  download,
  onShowInPage,
}: {
  tabId: number;
  result: TabResult;
  records: RecordSet;
  today?: string;
  full: boolean;
  download: Download;
  onShowInPage?: ShowInPage;
}) {
  const n = result.figures.length;
  if (n === 0) {
    return (
      <section aria-labelledby="state-heading" data-state="no-figures">
        <PageHeader result={result} heading={t('noFiguresHeading')} />
        <TruncatedNote result={result} />
        <p>{t('noFiguresBody')}</p>
        <RecordAge result={result} records={records} />
        <LatestFigures set={records} today={today} />
      </section>
    );
  }
  const heading = n === 1 ? t('figuresOnPageOne') : t('figuresOnPageMany', formatCount(n));
  const end = recordEnd(records);
  const page = reviewedPage(result);
  return (
    <section aria-labelledby="state-heading" data-state="topic">
      <PageHeader result={result} heading={heading} />
      <TruncatedNote result={result} />
      <RecordAge result={result} records={records} />
      <PageAnswer
        figures={result.figures}
        records={result.records}
        recordEnd={end}
        reported={{ outlet: result.publisher, published: result.published }}
      />
      <LatestFigures set={records} today={today} />
      <PageControls url={result.url} />
      {full ? (
        <ExportClaimReview result={result} recordEnd={end} today={today ?? localDay()} download={download} />
      ) : null}
      <details class="details" open={full}>
        <summary>{t('detailsSummary')}</summary>
        <div class="groups">
          {groupByKind(result.figures).map((g) => (
            <section class="group" key={g.kind} data-kind={g.kind} aria-labelledby={`kind-${g.kind}`}>
              <h3 id={`kind-${g.kind}`}>
                {kindHeading(g.kind)} <span class="group-count">({g.figures.length})</span>
              </h3>
              <ul class="figures">
                {g.figures.map((f, i) => (
                  <FigureItem
                    key={`${f.value}-${i}`}
                    figure={f}
                    records={result.records}
                    recordEnd={end}
                    reported={{ outlet: result.publisher, published: result.published }}
                    page={page}
                    onShowInPage={
                      onShowInPage ? () => onShowInPage(tabId, result.figures.indexOf(f)) : undefined
                    }
                  />
                ))}
              </ul>
              <KindTimeline kind={g.kind} figures={g.figures} />
              <AlsoReported kind={g.kind} figures={g.figures} page={result} />
            </section>
          ))}
        </div>
      </details>
    </section>
  );
}

function Message({
  state,
  heading,
  children,
}: {
  state: string;
  heading: string;
  children: ComponentChildren;
}) {
  return (
    <section aria-labelledby="state-heading" data-state={state}>
      <h2 id="state-heading">{heading}</h2>
      {children}
    </section>
  );
}

function Body({
  state,
  onCheckPage,
  records,
  today,
  full,
  download,
  onShowInPage,
}: {
  state: PopupState;
  onCheckPage?: PopupViewProps['onCheckPage'];
  records: RecordSet;
  today?: string;
  full: boolean;
  download: Download;
  onShowInPage?: ShowInPage;
}) {
  switch (state.kind) {
    case 'loading':
      return (
        <p class="loading" role="status" data-state="loading">
          {t('loading')}
        </p>
      );
    case 'error':
      return (
        <Message state="error" heading={t('errorHeading')}>
          <p class="error" role="alert">
            {state.message}
          </p>
        </Message>
      );
    case 'not_checked':
      return (
        <Message state="not-checked" heading={t('notCheckedHeading')}>
          <p>{t('notCheckedBody')}</p>
          {onCheckPage ? <CheckPageButton tabId={state.tabId} onCheck={onCheckPage} /> : null}
        </Message>
      );
    case 'result':
      if (state.result.relevant)
        return (
          <TopicPage
            tabId={state.tabId}
            result={state.result}
            records={records}
            today={today}
            full={full}
            download={download}
            onShowInPage={onShowInPage}
          />
        );
      return (
        <section aria-labelledby="state-heading" data-state="not-topic">
          <PageHeader result={state.result} heading={t('notTopicHeading')} />
          <TruncatedNote result={state.result} />
          <p>{t('notTopicBody')}</p>
        </section>
      );
  }
}

/** The popup, or the full view, for one state. */
export function PopupView({
  state,
  full = false,
  onOpenFullView,
  onCheckPage,
  records = SHIPPED,
  today,
  download = downloadText,
  onShowInPage,
}: PopupViewProps) {
  const tabId = state.kind === 'not_checked' || state.kind === 'result' ? state.tabId : null;
  return (
    <div class={full ? 'app full' : 'app'}>
      <header class="app-header">
        <h1>{t('appTitle')}</h1>
        {!full && tabId !== null ? (
          <a
            class="full-view-link"
            href={fullViewUrl(tabId)}
            target="_blank"
            rel="noopener"
            onClick={(e) => {
              if (!onOpenFullView) return;
              e.preventDefault();
              onOpenFullView(tabId);
            }}
          >
            {t('openFullView')}
            <span class="sr-only"> {t('opensInNewTab')}</span>
          </a>
        ) : null}
      </header>
      <main aria-busy={state.kind === 'loading'}>
        <Body
          state={state}
          onCheckPage={onCheckPage}
          records={records}
          today={today}
          full={full}
          download={download}
          onShowInPage={onShowInPage}
        />
      </main>
    </div>
  );
}
