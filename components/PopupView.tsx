import type { ComponentChildren } from 'preact';
import { STATUS_SEVERITY } from '@/utils/badge';
import { FIGURE_KINDS, type FigureKind } from '@/utils/figure-types';
import type { CheckTabReply, PageResultFigure } from '@/utils/messages';
import type { TabResult } from '@/utils/tab-results';
import type { VerdictStatus } from '@/utils/verdicts';
import { AlsoReported } from './AlsoReported';
import { CheckPageButton } from './CheckPageButton';
import { FigureItem, StatusPill } from './FigureItem';
import { t } from './i18n';
import { KindTimeline } from './KindTimeline';
import { PageControls } from './PageControls';
import { fullViewUrl, type PopupState } from './tab-result-source';
import { dateText, kindHeading } from './wording';

export interface PopupViewProps {
  state: PopupState;
  /** The full view (`popup.html?tabId=N` in a tab): a wider layout, and no link to itself. */
  full?: boolean;
  /** Opens the full view of the tab; without it the link's default action opens it. */
  onOpenFullView?: (tabId: number) => void;
  /** "Check this page" in the "not checked yet" state; without it there is no button. */
  onCheckPage?: (tabId: number) => Promise<CheckTabReply>;
}

/** The figures of each kind, in FIGURE_KINDS order (recruited, serving, ... other), page order within. */
export function groupByKind(
  figures: readonly PageResultFigure[],
): Array<{ kind: FigureKind; figures: PageResultFigure[] }> {
  return FIGURE_KINDS.map((kind) => ({ kind, figures: figures.filter((f) => f.kind === kind) })).filter(
    (g) => g.figures.length > 0,
  );
}

function PageHeader({ result, heading }: { result: TabResult; heading: string }) {
  const from = result.published
    ? t('pageFrom', [result.publisher, dateText(result.published)])
    : result.publisher;
  return (
    <header class="page">
      <h2 id="state-heading">{heading}</h2>
      {result.title ? <p class="page-title">{result.title}</p> : null}
      {from ? <p class="page-meta">{from}</p> : null}
    </header>
  );
}

function StatusSummary({ figures }: { figures: readonly PageResultFigure[] }) {
  const counts = new Map<VerdictStatus, number>();
  for (const f of figures) counts.set(f.verdict.status, (counts.get(f.verdict.status) ?? 0) + 1);
  return (
    <ul class="summary" aria-label={t('statusSummary')}>
      {STATUS_SEVERITY.filter((s) => counts.has(s)).map((s) => (
        <li key={s}>
          <StatusPill status={s} /> <span class="summary-count">{counts.get(s)}</span>
        </li>
      ))}
    </ul>
  );
}

function TopicPage({ result }: { result: TabResult }) {
  const n = result.figures.length;
  if (n === 0) {
    return (
      <section aria-labelledby="state-heading" data-state="no-figures">
        <PageHeader result={result} heading={t('noFiguresHeading')} />
        <p>{t('noFiguresBody')}</p>
      </section>
    );
  }
  const heading = n === 1 ? t('figuresOnPageOne') : t('figuresOnPageMany', String(n));
  return (
    <section aria-labelledby="state-heading" data-state="topic">
      <PageHeader result={result} heading={heading} />
      {result.truncated ? <p class="note">{t('truncatedNote')}</p> : null}
      <StatusSummary figures={result.figures} />
      <PageControls url={result.url} />
      <div class="groups">
        {groupByKind(result.figures).map((g) => (
          <section class="group" key={g.kind} data-kind={g.kind} aria-labelledby={`kind-${g.kind}`}>
            <h3 id={`kind-${g.kind}`}>
              {kindHeading(g.kind)} <span class="group-count">({g.figures.length})</span>
            </h3>
            <ul class="figures">
              {g.figures.map((f, i) => (
                <FigureItem key={`${f.value}-${i}`} figure={f} />
              ))}
            </ul>
            <KindTimeline kind={g.kind} figures={g.figures} />
            <AlsoReported kind={g.kind} figures={g.figures} page={result} />
          </section>
        ))}
      </div>
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

function Body({ state, onCheckPage }: { state: PopupState; onCheckPage?: PopupViewProps['onCheckPage'] }) {
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
      if (state.result.relevant) return <TopicPage result={state.result} />;
      return (
        <section aria-labelledby="state-heading" data-state="not-topic">
          <PageHeader result={state.result} heading={t('notTopicHeading')} />
          <p>{t('notTopicBody')}</p>
        </section>
      );
  }
}

/** The popup, or the full view, for one state. */
export function PopupView({ state, full = false, onOpenFullView, onCheckPage }: PopupViewProps) {
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
        <Body state={state} onCheckPage={onCheckPage} />
      </main>
    </div>
  );
}
