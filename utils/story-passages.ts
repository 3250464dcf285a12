import type { Figure } from './figure-types';
import { RUSSIA_WORD } from './languages/detect';
import { byScript } from './languages/scripts';
import type { TextModel } from './text-model';

/**
 * Figures only from the story's passages. On a page on the topic, a live blog's or a roundup's other
 * entries (a bus accident, a flood, an encounter) hold tolls too; a figure counts only near where the
 * page speaks of the story (Russia, its army, its war, the Indians in it): a paragraph or two away, a
 * table's worth, and never across a live blog's time stamp into another entry.
 */

const STORY = byScript(
  (l) => [l.topic.russianArmy, l.topic.indianPeople, l.topic.storyTerms].filter(Boolean).join('|'),
  'gi',
  (s) => `${RUSSIA_WORD.source}|${s}`,
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
  // Where the page speaks of the story, read block by block in the words of each block's script.
  const at: number[] = [];
  for (const b of blocks) {
    const slice = text.slice(b.start, b.end);
    const story = STORY(slice);
    story.lastIndex = 0;
    for (let m = story.exec(slice); m; m = story.exec(slice)) {
      at.push(b.start + m.index);
      if (m[0] === '') story.lastIndex++;
    }
  }
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
    return at.some((a) => a >= from && a < to);
  };
  const near = (pos: number): boolean => {
    if (pos < titleEnd) return inTitlePart(pos);
    const [from, to] = entryOf(pos);
    // The first story mention at or after the figure's reach back, inside its own entry.
    const back = Math.max(from, pos - REACH_BEFORE);
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((at[mid] as number) < back) lo = mid + 1;
      else hi = mid;
    }
    return lo < at.length && (at[lo] as number) <= Math.min(pos + REACH_AFTER, to);
  };
  // A figure of the body is the story's where the body speaks of the story beside it; the headline
  // decides only for a figure it alone states.
  return figures.filter((f) => {
    const body = f.mentions.filter((m) => m.start >= titleEnd);
    return body.length > 0 ? body.some((m) => near(m.start)) : f.mentions.some((m) => near(m.start));
  });
}
