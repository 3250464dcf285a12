import type { ExtensionBrowser } from '../../tests/browser/support/chromium';
import type { TabResult } from '../../utils/background/tab-results';

export interface ToolbarBadge {
  text: string;
  title: string;
  color: string;
}

type Chrome = {
  tabs: { query(q: object): Promise<Array<{ id?: number }>> };
  action: {
    getBadgeText(d: object): Promise<string>;
    getTitle(d: object): Promise<string>;
    getBadgeBackgroundColor(d: object): Promise<number[]>;
  };
  storage: { session: { get(k: string): Promise<Record<string, unknown>> } };
};

/**
 * The tab showing `url`, its result as the background keeps it (or null), and its toolbar badge; with
 * `withResult`, tries for 5 s until both the result and the badge are there.
 */
export async function tabState(
  browser: ExtensionBrowser,
  url: string,
  withResult: boolean,
): Promise<{ tabId: number; result: TabResult | null; toolbar: ToolbarBadge } | null> {
  return browser.worker.evaluate(
    async ([u, needResult]) => {
      const c = (globalThis as unknown as { chrome: Chrome }).chrome;
      for (let i = 0; i < 50; i++) {
        const [tab] = await c.tabs.query({ url: u });
        if (tab?.id !== undefined) {
          const key = `tab-result:${tab.id}`;
          const result = ((await c.storage.session.get(key))[key] ?? null) as TabResult | null;
          const text = await c.action.getBadgeText({ tabId: tab.id });
          if (!needResult || (result && text !== '')) {
            const rgba = await c.action.getBadgeBackgroundColor({ tabId: tab.id });
            const color = `#${rgba
              .slice(0, 3)
              .map((n) => n.toString(16).padStart(2, '0'))
              .join('')}`;
            const title = await c.action.getTitle({ tabId: tab.id });
            return { tabId: tab.id, result, toolbar: { text, title, color } };
          }
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      return null;
    },
    [url, withResult] as const,
  );
}
