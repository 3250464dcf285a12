/** The part of `window` that the URL is watched through. */
export interface LocationWindow {
  location: { readonly href: string };
  setInterval(handler: () => void, ms: number): number;
  clearInterval(id: number): void;
  /** The Navigation API, where the browser has it. */
  navigation?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
}

/** How often the URL is looked at where the browser has no Navigation API. */
const LOCATION_POLL_MS = 1000;

/**
 * Calls `onChange` when the page's URL changes without a new document (a single-page app's
 * navigation): on the Navigation API's `currententrychange` where the browser has it, else by looking
 * at the URL once a second. Returns the function that stops watching.
 */
export function watchLocation(win: LocationWindow, onChange: () => void): () => void {
  let last = win.location.href;
  const look = () => {
    const href = win.location.href;
    if (href === last) return;
    last = href;
    onChange();
  };
  const navigation = win.navigation;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', look);
    return () => navigation.removeEventListener('currententrychange', look);
  }
  const timer = win.setInterval(look, LOCATION_POLL_MS);
  return () => win.clearInterval(timer);
}
