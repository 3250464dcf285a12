import type { Figure } from './figure-types';
import { byScript, latinOf } from './languages/scripts';
import type { TextModel } from './text/text-model';

/**
 * Figures only from the story's passages. On a page on the topic, a live blog's or a roundup's other
 * entries (a bus accident, a flood, an encounter) hold tolls too; a figure counts only near where the
 * page speaks of the story (Russia, its army, its war, the Indians in it): a paragraph or two away, a
 * table's worth, and never across a live blog's time stamp into another entry.
 */

const STORY = byScript(
  (l) =>
    [l.detect.russia, l.topic.russianArmy, l.topic.indianPeople, l.topic.storyTerms]
      .filter(Boolean)
      .join('|'),
  'gi',
);

/** A live blog's entry begins at a time stamp of its own: "11:42 AM IST", "14:05 hrs", "Updated 9.30 am". */
const TIME_STAMP =
  /^(?:(?:updated|posted)(?: at)?:?\s*)?\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|hrs|ist)?(?:\s*ist)?(?:\s|$)/i;

/** What separates the stories of a roundup's headline: "...; Chamoli landslide kills 9 | ...". */
const TITLE_SEPARATOR = /[;|\n]/;

/** How far before and after a figure the story's name may stand, in characters. */
const REACH_BEFORE = 900;
const REACH_AFTER = 400;

export function inStoryPassages(model: TextModel, figures: readonly Figure[]): Figure[] {
  if (figures.length === 0) return [];
  const { text, blocks } = model;
  const latin = latinOf(text);
  // Whether the page speaks of the story between two places: each block read in the words of its own
  // script, from the place asked only as far as its first mention (most of a story's text is near one).
  const slices = new Map<number, string>();
  const sliceOf = (i: number): string => {
    let s = slices.get(i);
    if (s === undefined) {
      const b = blocks[i] as (typeof blocks)[number];
      s = text.slice(b.start, b.end);
      slices.set(i, s);
    }
    return s;
  };
  const firstBlockEndingAfter = (pos: number): number => {
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((blocks[mid] as (typeof blocks)[number]).end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const speaksBetween = (from: number, to: number): boolean => {
    for (let i = firstBlockEndingAfter(from); i < blocks.length; i++) {
      const b = blocks[i] as (typeof blocks)[number];
      if (b.start > to) return false;
      const slice = sliceOf(i);
      const story = STORY(slice, latin);
      story.lastIndex = Math.max(0, from - b.start);
      const m = story.exec(slice);
      if (m && b.start + m.index <= to) return true;
    }
    return false;
  };
  const titleEnd = blocks.filter((b) => b.role === 'title').reduce((end, b) => Math.max(end, b.end), 0);
  // Where each live-blog entry begins; an article without time stamps is one passage.
  const entryStarts = blocks
    .filter(
      (b) => b.role === 'body' && b.end - b.start <= 60 && TIME_STAMP.test(text.slice(b.start, b.end).trim()),
    )
    .map((b) => b.start);
  const entryOf = (pos: number): [number, number] => {
    let from = 0;
    let to = text.length;
    for (const s of entryStarts) {
      if (s <= pos) from = s;
      else {
        to = s;
        break;
      }
    }
    return [from, to];
  };
  /** A headline's part about the story: a roundup's headline joins several with ';' or '|'. */
  const inTitlePart = (pos: number): boolean => {
    let from = pos;
    while (from > 0 && !TITLE_SEPARATOR.test(text[from - 1] as string)) from--;
    let to = pos;
    while (to < titleEnd && !TITLE_SEPARATOR.test(text[to] as string)) to++;
    return speaksBetween(from, to - 1);
  };
  const near = (pos: number): boolean => {
    if (pos < titleEnd) return inTitlePart(pos);
    const [from, to] = entryOf(pos);
    // A story mention from the figure's reach back to its reach forward, inside its own entry.
    return speaksBetween(Math.max(from, pos - REACH_BEFORE), Math.min(pos + REACH_AFTER, to));
  };
  // A figure of the body is the story's where the body speaks of the story beside it; the headline
  // decides only for a figure it alone states.
  return figures.filter((f) => {
    const body = f.mentions.filter((m) => m.start >= titleEnd);
    return body.length > 0 ? body.some((m) => near(m.start)) : f.mentions.some((m) => near(m.start));
  });
}
