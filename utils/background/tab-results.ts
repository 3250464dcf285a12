import { type StorageItemKey, storage } from '@wxt-dev/storage';
import { type AnalyzeTextReply, isAnalyzeTextRequest } from '../contracts/analyze-message';
import { verdictOf } from '../contracts/checked-figure';
import { clip, LIMITS } from '../contracts/checks';
import { type FigureDetailsReply, isFigureDetailsRequest } from '../contracts/figure-details';
import {
  buildPageResultMessage,
  type CheckTabReply,
  clipUrl,
  isCheckTabMessage,
  isPagePaintedMessage,
  isTopicHitMessage,
  namedBy,
  type StoredPageResult,
} from '../contracts/messages';
import { localDay } from '../engine/dates';
import { type RecordSet, SHIPPED } from '../record/record-set';
import { standingOf } from '../record/standing';
import { ownCanonical, ownPublisher } from '../sites/own-site';
import { sameDocument, sameOrigin } from '../sites/same-document';
import { isSiteDisabled, type Settings } from '../storage/settings-shape';
import type { SightingsStore } from '../storage/sightings/store';
import type { Result } from '../storage/sightings/types';
import type { Catalogue } from '../wording/catalogue';
import type { Messages } from '../wording/figure-wording';
import { analyzeInFull } from './analyze-request';
import { applyBadge, type BadgeApi, badgeView } from './badge';
import { answerOf, dropAnswer, keepUnlessSame } from './tab-answers';

/**
 * Each tab's latest page result, in `storage.session` so that a service worker restarted by the
 * browser loses nothing, and the background's handlers that keep it, the badge and the sightings in
 * step. The entrypoint only wires these to browser events.
 */

export interface TabResult extends Omit<StoredPageResult, 'type'> {
  tabId: number;
  /** ISO timestamp of the message. */
  receivedAt: string;
}

export const tabResultKey = (tabId: number): StorageItemKey => `session:tab-result:${tabId}`;
const LAST_ERROR_KEY: StorageItemKey = 'session:last-error';

interface LastError {
  at: string;
  where: string;
  message: string;
}

export async function getTabResult(tabId: number): Promise<TabResult | null> {
  return storage.getItem<TabResult>(tabResultKey(tabId));
}

async function setTabResult(result: TabResult): Promise<Result> {
  try {
    await storage.setItem<TabResult>(tabResultKey(result.tabId), result);
    return { ok: true };
  } catch (e) {
    return {
      ok: false,
      error: `Could not keep the tab's results: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}

async function clearTabResult(tabId: number): Promise<void> {
  await storage.removeItem(tabResultKey(tabId));
}

/**
 * Logged, and kept in storage.session under `last-error`, where a look at the extension's storage
 * finds it: a failed write is never lost silently.
 */
async function reportError(where: string, message: string, now = new Date()): Promise<void> {
  console.warn(`[factcheck] ${where}: ${message}`);
  try {
    await storage.setItem<LastError>(LAST_ERROR_KEY, { at: now.toISOString(), where, message });
  } catch (e) {
    console.error('[factcheck] could not store the last error', e);
  }
}

/**
 * The page's claims about itself (its canonical URL, its site name) as far as they hold for the
 * address the browser reports for the frame that sent them (own-site.ts), whatever the content script
 * made of them: a page on one site is never recorded or shown as another site's. Without that address
 * no claim is taken: the page goes by its own URL and by its listed name or host.
 */
function withOwnSiteClaims(message: StoredPageResult, senderUrl: string | undefined): StoredPageResult {
  const canonicalUrl = senderUrl === undefined ? null : ownCanonical(senderUrl, message.canonicalUrl);
  const publisher = clip(
    ownPublisher(senderUrl ?? message.url, senderUrl === undefined ? '' : message.publisher),
    LIMITS.publisher,
  );
  return { ...message, canonicalUrl, publisher };
}

/** The parts of `runtime.MessageSender` the checks use. */
interface SenderLike {
  id?: string;
  url?: string;
  frameId?: number;
  /** The tab's URL is its current address, which follows in-app navigation. */
  tab?: { id?: number; url?: string };
}

/** The background's words, in the language the reader chose. */
interface BackgroundWording {
  messages: Messages;
  /** Sent to the annotator for its cards; null: the browser's language, which the page reads itself. */
  catalogue: Catalogue | null;
}

export interface BackgroundDeps {
  /** This extension's id: messages from anyone else are ignored. */
  extensionId: string;
  /** Undefined when the browser offers no toolbar-button API (no `action` in the manifest). */
  badge: BadgeApi | undefined;
  /** The tooltip of a tab with nothing to show, in the browser's language (the extension's name). */
  defaultTitle: string;
  /** The extension's message catalogue in the browser's language, for the toolbar tooltip. */
  messages: Messages;
  /**
   * The words in the language the reader chose, read again for each page (the choice can change at
   * any time); `messages` with no catalogue when not given.
   */
  wording?: () => Promise<BackgroundWording>;
  /** The record the verdicts compare with: the shipped one and the reader's accepted figures. */
  records?: () => Promise<RecordSet>;
  sightings: SightingsStore;
  injectAnnotator(tabId: number, frameIds: number[] | undefined): Promise<unknown>;
  /** The reader's settings: no annotator on a site they turned off. Defaults when not given. */
  settings?: () => Promise<Settings>;
  /** `chrome-extension://ID/` or `moz-extension://UUID/`: where the popup's messages come from. */
  extensionOrigin?: string;
  /** The address of a tab, for the site check of "Check this page" (activeTab grants it). */
  tabUrl?: (tabId: number) => Promise<string | undefined>;
  now?: () => Date;
  /** The reader's date, YYYY-MM-DD (the verdicts' "now"). */
  today?: () => string;
  /**
   * Runs the extractor once on a built-in sample. Called, deferred, on the first topic page of the
   * background's life, while the annotator goes in and reads the page, so that the page's own
   * analysis does not pay for compiling the extractor. Not at start-up: the background also wakes for
   * every tab update, on any site.
   */
  warmUp?: () => void;
}

export interface BackgroundHandlers {
  message(message: unknown, sender: SenderLike): Promise<void>;
  tabUpdated(
    tabId: number,
    changeInfo: { url?: string; status?: string },
    tab?: { url?: string },
  ): Promise<void>;
  tabRemoved(tabId: number, removeInfo?: { isWindowClosing?: boolean }): Promise<void>;
  /**
   * "Check this page" from the popup: undefined (no reply) for anything that is not a well-formed
   * check-tab message from this extension's own page; otherwise whether the annotator went in.
   */
  checkTab(message: unknown, sender: SenderLike): Promise<CheckTabReply | undefined>;
  /**
   * The annotator's analyze-text request: undefined (no reply) for anything that is not a well-formed
   * request from this extension's own script in the top frame of a tab; otherwise the figures.
   */
  analyze(message: unknown, sender: SenderLike): Promise<AnalyzeTextReply> | undefined;
  /**
   * A card's details: undefined (no reply) for anything that is not a well-formed request from this
   * extension's own script in the top frame of a tab; otherwise the figure of the tab's latest answer
   * with the records it names, or a refusal when the request names another answer or no such figure.
   */
  details(message: unknown, sender: SenderLike): Promise<FigureDetailsReply> | undefined;
}

/** A message from one of this extension's pages (the popup), not from a content script in a tab. */
function isFromExtensionPage(sender: SenderLike, extensionId: string, origin: string | undefined): boolean {
  if (sender.id !== extensionId || sender.tab !== undefined) return false;
  if (!origin || typeof sender.url !== 'string') return false;
  return sender.url.startsWith(origin);
}

export function createBackgroundHandlers(deps: BackgroundDeps): BackgroundHandlers {
  const now = deps.now ?? (() => new Date());
  const today = deps.today ?? (() => localDay(now()));
  const wording = async (): Promise<BackgroundWording> => {
    try {
      if (deps.wording) return await deps.wording();
    } catch (e) {
      console.warn('[factcheck] the chosen language could not be read', e);
    }
    return { messages: deps.messages, catalogue: null };
  };
  /** The tooltip of a page with nothing to show: the extension's name, in the chosen language. */
  const titleOf = (w: BackgroundWording) => (w.catalogue ? w.messages('extName') : deps.defaultTitle);
  let warmed = false;
  const warmUpOnce = () => {
    if (warmed || !deps.warmUp) return;
    warmed = true;
    const warm = deps.warmUp;
    setTimeout(() => {
      try {
        warm();
      } catch (e) {
        console.error('[factcheck] warm-up failed', e);
      }
    }, 0);
  };

  async function pageResult(message: StoredPageResult, tabId: number): Promise<void> {
    const { type: _type, ...rest } = message;
    const result: TabResult = { ...rest, tabId, receivedAt: now().toISOString() };
    const kept = await setTabResult(result);
    if (!kept.ok) await reportError('tab results', kept.error);
    const w = await wording();
    await applyBadge(
      deps.badge,
      tabId,
      badgeView(
        {
          relevant: message.relevant,
          truncated: message.truncated,
          standings: message.figures.map((f) => standingOf(f, verdictOf(f, message.records))),
        },
        titleOf(w),
        w.messages,
      ),
    );
    if (message.relevant) {
      const recorded = await deps.sightings.record(message);
      if (!recorded.ok) await reportError('sightings', recorded.error);
    }
  }

  /** `closing`: the tab's window is closing, perhaps with the browser: its session goes with it. */
  async function forget(tabId: number, closing = false): Promise<void> {
    try {
      await dropAnswer(tabId);
      await clearTabResult(tabId);
    } catch (e) {
      // A browser shutting down closes every window and refuses storage writes meanwhile: that is no
      // failure, and storage.session is emptied with it.
      if (closing) return;
      await reportError('tab results', `could not clear tab ${tabId}: ${String(e)}`);
    }
  }

  /**
   * Is the frame at the address its page result names? The frame's own URL says so until the page
   * moves in-app (`history.pushState`): both browsers keep a sender's URL at the document's first
   * address. Then the tab's URL, which follows the page, must name it, and it must stay on the
   * document's own origin, as pushState does.
   */
  async function atPageUrl(url: string, sender: SenderLike, tabId: number): Promise<boolean> {
    // The message carries the address clipped (clipUrl): the browser's are compared clipped alike.
    if (sender.url === undefined || sameDocument(clipUrl(sender.url), url)) return true;
    if (!sameOrigin(sender.url, url)) return false;
    const tabUrl = sender.tab?.url ?? (await deps.tabUrl?.(tabId).catch(() => undefined));
    return tabUrl !== undefined && sameDocument(clipUrl(tabUrl), url);
  }

  const siteOff = async (url: string | undefined): Promise<boolean> => {
    if (!deps.settings || !url) return false;
    try {
      return isSiteDisabled(await deps.settings(), url);
    } catch {
      return false;
    }
  };

  return {
    analyze(message, sender) {
      if (sender.id !== deps.extensionId || sender.tab?.id === undefined) return undefined;
      if (sender.frameId !== undefined && sender.frameId !== 0) return undefined;
      if (!isAnalyzeTextRequest(message)) return undefined;
      const tabId = sender.tab.id;
      const records = deps.records ? deps.records().catch(() => SHIPPED) : Promise.resolve(SHIPPED);
      return Promise.all([records, wording()]).then(([set, w]): AnalyzeTextReply => {
        const full = analyzeInFull(message, today(), set, w.messages);
        // Kept in full, for the tab's result once the page paints it, and for its cards; an answer the
        // same as the tab's kept one goes by that one's name, and is not written again.
        const { id, stored } = keepUnlessSame(tabId, full.kept);
        stored.catch((e: unknown) => reportError('tab answers', String(e)));
        const reply = { ...full.reply, id };
        if (!w.catalogue) return reply;
        // The cards' words, in the chosen language: its catalogue goes along only when the annotator
        // does not hold it already (it is some 16 KB; a living page is read again and again).
        const held = w.catalogue.lang === message.wordingHeld;
        return { ...reply, wordingLang: w.catalogue.lang, ...(held ? {} : { wording: w.catalogue }) };
      });
    },

    details(message, sender) {
      if (sender.id !== deps.extensionId || sender.tab?.id === undefined) return undefined;
      if (sender.frameId !== undefined && sender.frameId !== 0) return undefined;
      if (!isFigureDetailsRequest(message)) return undefined;
      return answerOf(sender.tab.id, message.answer).then((answer): FigureDetailsReply => {
        const figure = answer?.figures[message.figure];
        if (!answer || !figure) return { ok: false };
        return { ok: true, figure, records: namedBy([figure], answer.records) };
      });
    },

    async checkTab(message, sender) {
      if (!isCheckTabMessage(message)) return undefined;
      if (!isFromExtensionPage(sender, deps.extensionId, deps.extensionOrigin)) return undefined;
      const url = await deps.tabUrl?.(message.tabId).catch(() => undefined);
      if (await siteOff(url)) return { ok: false, reason: 'site_off' };
      warmUpOnce();
      try {
        await deps.injectAnnotator(message.tabId, undefined);
        return { ok: true };
      } catch (e) {
        return { ok: false, reason: 'failed', error: e instanceof Error ? e.message : String(e) };
      }
    },

    async message(message, sender) {
      // Only this extension's own scripts, in a tab.
      if (sender.id !== deps.extensionId) return;
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      if (isTopicHitMessage(message)) {
        // The detector runs everywhere it matches; on a site the reader turned off, its hit is dropped.
        if (await siteOff(sender.url ?? message.url)) return;
        warmUpOnce();
        const frameIds = sender.frameId !== undefined ? [sender.frameId] : undefined;
        await deps
          .injectAnnotator(tabId, frameIds)
          .catch((e: unknown) => console.warn('[factcheck] could not inject the annotator', e));
        return;
      }
      if (!isPagePaintedMessage(message)) return;
      // The annotator runs in the top frame only; it names the tab's latest answer, or an earlier one
      // that is stale; and a result for a document the frame has left, or on a site the reader turned
      // off meanwhile, is not kept.
      if (sender.frameId !== undefined && sender.frameId !== 0) return;
      const answer = await answerOf(tabId, message.answer);
      if (!answer) return;
      if (!(await atPageUrl(answer.url, sender, tabId))) return;
      if (await siteOff(sender.url ?? answer.url)) return;
      const result = buildPageResultMessage({ url: answer.url, ...answer.page }, answer);
      await pageResult(withOwnSiteClaims(result, sender.url), tabId);
    },

    async tabUpdated(tabId, changeInfo, tab) {
      // `changeInfo.url` comes only for pages we have host permissions for; a navigation elsewhere shows
      // as a "loading" update whose tab has no readable URL.
      const next = changeInfo.url ?? (changeInfo.status === 'loading' ? (tab?.url ?? null) : undefined);
      if (next === undefined) return;
      const current = await getTabResult(tabId).catch(() => null);
      if (!current || (next !== null && sameDocument(next, current.url))) return;
      await forget(tabId);
      const w = await wording();
      await applyBadge(deps.badge, tabId, badgeView(null, titleOf(w), w.messages));
    },

    async tabRemoved(tabId, removeInfo) {
      await forget(tabId, removeInfo?.isWindowClosing === true);
    },
  };
}
