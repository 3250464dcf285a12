import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { getTabResult, type TabResult, tabResultKey } from '@/utils/background/tab-results';
import { PAGE_RESULT, pageResultProblem } from '@/utils/contracts/messages';
import { t } from './i18n';

/**
 * Where the popup's tab result comes from: the tab (the active one, or `?tabId=N` in the full view)
 * and its result in `storage.session`, kept there by the background. Behind an interface so that the
 * components can be tested without a browser.
 */

/** What the popup shows. `not_checked`: the background holds no result for the tab. */
export type PopupState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'not_checked'; tabId: number }
  | { kind: 'result'; tabId: number; result: TabResult };

export interface ResultSource {
  /** The tab to show; rejects with a reason a reader can act on. */
  tabId(): Promise<number>;
  read(tabId: number): Promise<TabResult | null>;
  /** Calls `onChange` whenever the tab's stored result changes; returns the unsubscribe function. */
  watch?(tabId: number, onChange: () => void): () => void;
}

/** The `tabId` of the full view's address: null in the popup, a number, or an error. */
function tabIdParam(search: string): { tabId: number | null } | { error: string } {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null) return { tabId: null };
  if (!/^\d{1,10}$/.test(raw) || !Number.isSafeInteger(Number(raw)))
    return { error: t('errorBadTabId', raw.slice(0, 40)) };
  return { tabId: Number(raw) };
}

/**
 * The state for a stored value. The background validates what it stores; this checks again, as the
 * popup renders whatever is there and a stored value may come from an older version.
 */
function stateOf(tabId: number, stored: TabResult | null): PopupState {
  if (stored === null || stored === undefined) return { kind: 'not_checked', tabId };
  const { tabId: _tabId, receivedAt: _receivedAt, ...fields } = stored as Partial<TabResult>;
  const problem = pageResultProblem({ type: PAGE_RESULT, ...fields });
  if (problem) return { kind: 'error', message: t('errorMalformed', problem) };
  return { kind: 'result', tabId, result: stored };
}

export async function loadState(source: ResultSource, tabId: number): Promise<PopupState> {
  try {
    return stateOf(tabId, await source.read(tabId));
  } catch (e) {
    return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}

/** The browser's tabs and storage; `search` is the page's `location.search`. */
export function browserSource(search: string): ResultSource {
  const param = tabIdParam(search);
  return {
    async tabId() {
      if ('error' in param) throw new Error(param.error);
      if (param.tabId !== null) return param.tabId;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) throw new Error(t('errorNoActiveTab'));
      return tab.id;
    },
    read: getTabResult,
    watch: (tabId, onChange) => storage.watch<TabResult>(tabResultKey(tabId), () => onChange()),
  };
}

/** `popup.html?tabId=N`, opened in a new tab. */
export function fullViewUrl(tabId: number): `popup.html?tabId=${number}` {
  return `popup.html?tabId=${tabId}`;
}

export async function openFullView(tabId: number): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/${fullViewUrl(tabId)}`) });
}
