import type { VerdictStatus } from './verdicts';

/**
 * The toolbar badge of a tab: the number of figures on the page, coloured by the most serious verdict
 * among them, with a tooltip that counts each status. The pure part (`badgeView`) is separate from the
 * browser call (`applyBadge`) so that it can be tested without an `action` API.
 */

export const BADGE_COLORS: Record<VerdictStatus, string> = {
  conflicts: '#b3261e',
  unconfirmed: '#8a5a00',
  confirmed: '#1e6b35',
  no_record: '#5f6368',
};

/** Most serious first: the badge takes the colour of the first status present. */
export const STATUS_SEVERITY: readonly VerdictStatus[] = [
  'conflicts',
  'unconfirmed',
  'confirmed',
  'no_record',
];

export interface BadgeView {
  text: string;
  color: string;
  title: string;
}

export interface BadgeInput {
  relevant: boolean;
  truncated: boolean;
  statuses: readonly VerdictStatus[];
}

function statusPhrase(status: VerdictStatus, n: number): string {
  switch (status) {
    case 'conflicts':
      return `${n} ${n === 1 ? 'conflicts' : 'conflict'} with the record`;
    case 'unconfirmed':
      return `${n} unconfirmed`;
    case 'confirmed':
      return `${n} confirmed`;
    case 'no_record':
      return `${n} with no record`;
  }
}

/**
 * What the badge shows for a page. `defaultTitle` (the extension's name) is the tooltip of a page off
 * the topic, whose badge is empty.
 */
export function badgeView(input: BadgeInput | null, defaultTitle: string): BadgeView {
  if (!input?.relevant) return { text: '', color: BADGE_COLORS.no_record, title: defaultTitle };
  const counts = new Map<VerdictStatus, number>();
  for (const s of input.statuses) counts.set(s, (counts.get(s) ?? 0) + 1);
  const present = STATUS_SEVERITY.filter((s) => counts.has(s));
  const n = input.statuses.length;
  const color = BADGE_COLORS[present[0] ?? 'no_record'];
  const title =
    n === 0
      ? 'On the topic; no figures found on this page'
      : `${n} ${n === 1 ? 'figure' : 'figures'} on this page: ${present
          .map((s) => statusPhrase(s, counts.get(s) ?? 0))
          .join(', ')}`;
  return {
    text: n > 999 ? '999+' : String(n),
    color,
    title: input.truncated ? `${title} (a long page: only its start was read)` : title,
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
