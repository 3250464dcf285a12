/**
 * Runs inside the extension (Chromium's service worker, or a Firefox extension page), handed to
 * `evaluate` as it is: the id of the tab showing `url`, and with `needResult`, only once the
 * background holds that tab's result. Tries for 5 s; null when no such tab came.
 */
export async function tabIdInExtension([url, needResult]: readonly [string, boolean]): Promise<
  number | null
> {
  type Api = {
    tabs: { query(q: object): Promise<Array<{ id?: number }>> };
    storage: { session: { get(k: string): Promise<Record<string, unknown>> } };
  };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (g.browser ?? g.chrome) as Api;
  for (let i = 0; i < 50; i++) {
    const [tab] = await api.tabs.query({ url });
    if (tab?.id !== undefined) {
      const key = `tab-result:${tab.id}`;
      if (!needResult || (await api.storage.session.get(key))[key]) return tab.id;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

export function noTab(url: string, withResult: boolean): Error {
  return new Error(`no tab ${withResult ? 'result ' : ''}for ${url} within 5 s`);
}
