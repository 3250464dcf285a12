/**
 * What a news page's own scripts can do to the extension and learn of it. Each function runs in the
 * page's main world (serialised by Playwright or Puppeteer): no imports, nothing from outside but its
 * argument, the extension's id, which a page would have to guess or learn.
 */

/** What the page recorded, read back by `whatThePageSees`. */
export interface PageSighting {
  /** Every `message` event on window, its data as JSON. */
  messages: string[];
  /** Events named as WXT names its content scripts' events, with the extension's id. */
  events: string[];
  /** Console lines that went through the page's own `console` (wrapped by the page). */
  consoleLines: string[];
  /** Entries of the page's performance timeline named `factcheck…` or naming the extension. */
  timeline: string[];
  /** Globals of the page's window that name the extension or its scripts. */
  globals: string[];
  /** Whether the page's markup, the overlay's shadow root included, holds the extension's id or address. */
  markupNamesExtension: boolean;
}

/**
 * An init script (Playwright's addInitScript, Puppeteer's evaluateOnNewDocument), before any script
 * of the extension: listens as a curious page would, and keeps what it hears on the window.
 */
export function listenAsThePage(extensionId: string): void {
  const seen = { messages: [] as string[], events: [] as string[], consoleLines: [] as string[] };
  Object.defineProperty(window, '__pageSaw', { value: seen });
  addEventListener(
    'message',
    (e) => {
      let data: string;
      try {
        data = JSON.stringify(e.data) ?? String(e.data);
      } catch {
        data = String(e.data);
      }
      seen.messages.push(data);
    },
    true,
  );
  for (const name of ['content-script-started', 'locationchange']) {
    const type = `${extensionId}:detector:wxt:${name}`;
    addEventListener(type, () => seen.events.push(`window ${type}`), true);
    document.addEventListener(type, () => seen.events.push(`document ${type}`), true);
  }
  const page = console as unknown as Record<string, (...args: unknown[]) => void>;
  for (const method of ['log', 'info', 'warn', 'error', 'debug']) {
    const own = page[method]?.bind(console);
    page[method] = (...args: unknown[]) => {
      seen.consoleLines.push(args.map(String).join(' '));
      own?.(...args);
    };
  }
}

/** Read in the page, after the extension has annotated it. */
export function whatThePageSees(extensionId: string): PageSighting {
  const seen = (
    window as unknown as { __pageSaw?: Pick<PageSighting, 'messages' | 'events' | 'consoleLines'> }
  ).__pageSaw ?? { messages: ['(the init script did not run)'], events: [], consoleLines: [] };
  const namesExtension = (s: string) =>
    s.includes(extensionId) || /(?:chrome|moz)-extension:/.test(s) || /\bwxt\b/i.test(s);
  const overlay = document.querySelector('factcheck-overlay')?.shadowRoot?.innerHTML ?? '';
  return {
    messages: seen.messages,
    events: seen.events,
    consoleLines: seen.consoleLines.filter((line) => line.includes('factcheck')),
    timeline: performance
      .getEntries()
      .map((e) => `${e.entryType} ${e.name}`)
      .filter((e) => /^\S+ factcheck/i.test(e) || namesExtension(e)),
    globals: [
      ...Object.getOwnPropertyNames(window).filter((n) => /factcheck|wxt|^detector$|^annotator$/i.test(n)),
      ...Object.getOwnPropertySymbols(window)
        .map(String)
        .filter((s) => /factcheck/i.test(s)),
    ],
    markupNamesExtension: namesExtension(document.documentElement.outerHTML + overlay),
  };
}

/**
 * A page forges the message by which WXT 0.21's content-script context (ContentScriptContext) stops an
 * older copy of the same content script, in every form it is sent or heard: the CustomEvent on the
 * document that the context listens for (named `<extension id>:<entrypoint>:wxt:content-script-started`,
 * its detail naming the script and another copy's id), and the same on window and as a window message.
 */
export function forgeScriptStarted(extensionId: string): void {
  const type = `${extensionId}:detector:wxt:content-script-started`;
  const detail = { contentScriptName: 'detector', messageId: 'from-the-page' };
  document.dispatchEvent(new CustomEvent(type, { detail }));
  window.dispatchEvent(new CustomEvent(type, { detail }));
  window.postMessage({ type, ...detail }, '*');
  window.postMessage({ event: 'wxt:content-script-started', ...detail }, '*');
}
