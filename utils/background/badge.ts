import { STANDING_COLORS, STANDINGS, type Standing } from '../record/standing';
import { type Messages, numberText } from '../wording/figure-wording';

/**
 * The toolbar badge of a tab: the number of figures on the page, coloured by the most serious
 * standing among them (a page whose figures were all replaced since is never green), with a tooltip
 * that counts each standing. The pure part (`badgeView`) is separate from the browser call
 * (`applyBadge`) so that it can be tested without an `action` API.
 */

export interface BadgeView {
  text: string;
  color: string;
  title: string;
}

export interface BadgeInput {
  relevant: boolean;
  truncated: boolean;
  standings: readonly Standing[];
}

/**
 * What the badge shows for a page. `defaultTitle` (the extension's name) is the tooltip of a page off
 * the topic, whose badge is empty.
 */
export function badgeView(input: BadgeInput | null, defaultTitle: string, m: Messages): BadgeView {
  if (!input?.relevant) return { text: '', color: STANDING_COLORS.unknown, title: defaultTitle };
  const counts = new Map<Standing, number>();
  for (const s of input.standings) counts.set(s, (counts.get(s) ?? 0) + 1);
  const present = STANDINGS.filter((s) => counts.has(s));
  const n = input.standings.length;
  const color = STANDING_COLORS[present[0] ?? 'unknown'];
  const parts = present.map((s) => m(`badgePart_${s}`, [numberText(m, counts.get(s) ?? 0)])).join(', ');
  const title =
    n === 0
      ? m('badgeTitleNone')
      : n === 1
        ? m('badgeTitleOne', [parts])
        : m('badgeTitleMany', [numberText(m, n), parts]);
  return {
    text: n > 999 ? '999+' : String(n),
    color,
    title: input.truncated ? m('badgeTruncated', [title]) : title,
  };
}

/** The slice of `browser.action` (or MV2 `browserAction`) the badge needs. */
export interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void> | void;
  setTitle(details: { tabId: number; title: string }): Promise<void> | void;
}

/**
 * The browser's badge API, or undefined when there is none: Chromium exposes `action` only to
 * extensions whose manifest declares an `action` key.
 */
export function badgeApiOf(api: { action?: unknown; browserAction?: unknown }): BadgeApi | undefined {
  const a = (api.action ?? api.browserAction) as Partial<BadgeApi> | undefined;
  if (
    typeof a?.setBadgeText !== 'function' ||
    typeof a.setBadgeBackgroundColor !== 'function' ||
    typeof a.setTitle !== 'function'
  )
    return undefined;
  return a as BadgeApi;
}

/** Sets the tab's badge text, colour and tooltip; a tab that has gone away is not an error. */
export async function applyBadge(api: BadgeApi | undefined, tabId: number, view: BadgeView): Promise<void> {
  if (!api) return;
  try {
    await Promise.all([
      api.setBadgeText({ tabId, text: view.text }),
      api.setBadgeBackgroundColor({ tabId, color: view.color }),
      api.setTitle({ tabId, title: view.title }),
    ]);
  } catch (e) {
    console.debug('[factcheck] could not set the badge of tab', tabId, e);
  }
}
