/**
 * The toolbar popup's window as another page of the extension finds it (`extension.getViews`), in
 * Chromium (`chrome`) and Firefox (`browser`) alike: `page.evaluate(popupSize)`, Playwright or
 * Puppeteer. Each function is serialised into that page: nothing from outside.
 */

/** The popup window's width, its body's width and its scroll width, in CSS px. */
export interface PopupSize {
  width: number;
  body: number;
  scrollWidth: number;
}

/** The open popup's size once it shows its answer (li.answer-item); null before then. */
export function popupSize(): PopupSize | null {
  type Extension = { extension: { getViews(f: { type: string }): Window[] } };
  const api = globalThis as unknown as { browser?: Extension; chrome?: Extension };
  const view = (api.browser ?? api.chrome)?.extension.getViews({ type: 'popup' })[0];
  if (!view?.document.querySelector('li.answer-item')) return null;
  return {
    width: view.innerWidth,
    body: view.document.body.getBoundingClientRect().width,
    scrollWidth: view.document.scrollingElement?.scrollWidth ?? 0,
  };
}

/** Closes every open toolbar popup. */
export function closePopups(): void {
  type Extension = { extension: { getViews(f: { type: string }): Window[] } };
  const api = globalThis as unknown as { browser?: Extension; chrome?: Extension };
  for (const view of (api.browser ?? api.chrome)?.extension.getViews({ type: 'popup' }) ?? []) view.close();
}
