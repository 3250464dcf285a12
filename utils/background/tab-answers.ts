import { type StorageItemKey, storage } from '@wxt-dev/storage';
import type { PageFacts } from '../contracts/analyze-message';
import type { CheckedFigure } from '../contracts/checked-figure';
import type { PartialDate } from '../engine/figure-types';
import type { RecordTable } from '../record/verdicts';

/**
 * Each tab's latest answer to its annotator, in full: every figure with its verdict and the records
 * they name, and the page's own facts from the request. The page gets only what it paints; from this
 * the background makes the tab's result when the page says it painted the answer, and gives a card
 * its figure's details when it opens. Held in memory, and in `storage.session` for a service worker
 * the browser restarted meanwhile.
 */
export interface TabAnswer {
  id: string;
  /** The page's address, as the request gave it (clipped to what a message carries). */
  url: string;
  page: PageFacts;
  relevant: boolean;
  score: number;
  published: PartialDate;
  truncated: boolean;
  figures: CheckedFigure[];
  records: RecordTable;
}

const tabAnswerKey = (tabId: number): StorageItemKey => `session:tab-answer:${tabId}`;

const held = new Map<number, TabAnswer>();
/** What each held answer says, but for its name: to tell a re-read that changed nothing. */
const said = new Map<number, string>();
const sayingOf = (a: TabAnswer): string => JSON.stringify({ ...a, id: '' });

/**
 * Keeps a tab's latest answer, unless the one the tab has says the same (a living page read again,
 * its article unchanged): that one then stays, under its own name, and storage.session is not written
 * again. Gives the name the answer goes by, and the write, made after the answer is on its way (a
 * write of some 100 KB costs the background a few ms to serialise).
 */
export function keepUnlessSame(tabId: number, answer: TabAnswer): { id: string; stored: Promise<void> } {
  const before = held.get(tabId);
  const saying = sayingOf(answer);
  if (before && said.get(tabId) === saying) return { id: before.id, stored: Promise.resolve() };
  held.set(tabId, answer);
  said.set(tabId, saying);
  const stored = new Promise((resolve) => setTimeout(resolve, 0)).then(() =>
    held.get(tabId) === answer ? storage.setItem<TabAnswer>(tabAnswerKey(tabId), answer) : undefined,
  );
  return { id: answer.id, stored };
}

/** The tab's latest answer if it is the one named `id`; null for any other (a stale name). */
export async function answerOf(tabId: number, id: string): Promise<TabAnswer | null> {
  const inMemory = held.get(tabId);
  if (inMemory?.id === id) return inMemory;
  if (inMemory) return null;
  const stored = await storage.getItem<TabAnswer>(tabAnswerKey(tabId)).catch(() => null);
  return stored?.id === id ? stored : null;
}

export async function dropAnswer(tabId: number): Promise<void> {
  held.delete(tabId);
  said.delete(tabId);
  await storage.removeItem(tabAnswerKey(tabId));
}
