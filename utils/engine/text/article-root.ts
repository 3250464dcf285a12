import { bodyOf } from './publication-date';
import { SubtreeTexts, trimmedLength } from './subtree-text';

/**
 * Finds the element that holds a news page's article text, in the spirit of Readability but small:
 * paragraphs vote for their parent and grandparent, weighted by length and commas, discounted by
 * link density, and class/id names that say "comments" or "related" count against a container.
 */

const NEGATIVE =
  /comment|disqus|meta-|footer|footnote|related|also-?read|read-?more|more-?from|sidebar|side-bar|nav|menu|share|social|promo|advert|\bad[s-]|-ad\b|\bads?\b|sponsor|subscri|newsletter|cookie|consent|gdpr|trending|popular|widget|banner|breadcrumb|popup|modal|recommend|outbrain|taboola|tags?\b|topics|paywall|plan|pricing|author-bio|byline-bio|login|signup|ticker|masthead|header/i;
const POSITIVE = /article|body|content|entry|main|post|story|text|detail|prose|column/i;
const STRONG_ROOT = '[itemprop="articleBody"], [itemprop=articleBody], [data-article-body]';

function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('role') ?? ''}`;
}

/** Containers inside an article that are not its text (related links, share bars, ads, comments). */
export function isBoilerplate(el: Element, tag = el.tagName.toUpperCase()): boolean {
  if (
    tag === 'P' ||
    tag === 'H1' ||
    tag === 'BLOCKQUOTE' ||
    tag === 'SPAN' ||
    tag === 'A' ||
    tag === 'STRONG'
  )
    return false;
  if (tag === 'FOOTER' || tag === 'HEADER') return true;
  if (!el.hasAttributes()) return false;
  const names = classAndId(el);
  if (names.trim() === '') return false;
  return NEGATIVE.test(names) && !/article-?body|story-?body|articlebody/i.test(names);
}

function linkDensity(el: Element, texts: SubtreeTexts): number {
  const s = texts.of(el);
  if (s.length === 0) return 0;
  return Math.min(1, s.linkLength / s.length);
}

const INLINE_TAGS = new Set('A B I EM STRONG SPAN SUP SUB ABBR Q MARK SMALL U'.split(' '));

/** Paragraph-like elements: <p>, and containers that hold a long run of text directly. */
function paragraphsOf(doc: Document, texts: SubtreeTexts): Element[] {
  const out: Element[] = Array.from(doc.querySelectorAll('p'));
  const containers = doc.querySelectorAll('div, td, section, article, span, font');
  for (let i = 0; i < containers.length; i++) {
    const el = containers[i] as Element;
    let direct = 0;
    // Children by sibling links, and no further than needed to pass 80 characters.
    for (let c = el.firstChild; c && direct <= 80; c = c.nextSibling) {
      if (c.nodeType === 3) direct += (c as Text).data.trim().length;
      else if (c.nodeType === 1 && INLINE_TAGS.has((c as Element).tagName.toUpperCase()))
        direct += texts.of(c as Element).length;
    }
    if (direct > 80) out.push(el);
  }
  return out;
}

/** Whether `el` holds more than `limit` characters of text: read only as far as needed. */
function hasTextLongerThan(el: Element, limit: number): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let n = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    n += (t as Text).data.length;
    if (n > limit) return true;
  }
  return false;
}

/** The most a container's name and tag add to its raw score below. */
const NAME_BONUS = 10;
const TAG_BONUS = 10;
const MAX_BONUS = NAME_BONUS + TAG_BONUS;

/**
 * Every length below comes from `texts` (summed bottom-up once per read), so that weighing every
 * container on a path thousands of elements deep does not read the path below each one again.
 */
export function findArticleRoot(doc: Document, texts = new SubtreeTexts()): Element | null {
  const strong = doc.querySelector(STRONG_ROOT);
  if (strong && trimmedLength(texts.of(strong)) > 200) return strong;
  // One <article> on the page holding a story's worth of text: that is the story (its boilerplate is
  // left out as the text model walks it). No need to weigh every paragraph's parent.
  const articles = doc.getElementsByTagName('article');
  if (articles.length === 1) {
    const only = articles[0] as Element;
    if (hasTextLongerThan(only, 1500)) return only;
  }

  const scores = new Map<Element, number>();
  for (const p of paragraphsOf(doc, texts)) {
    const text = texts.of(p);
    const length = trimmedLength(text);
    if (length < 25) continue;
    const base = 1 + Math.min(text.commas, 5) + Math.min(Math.floor(length / 100), 3);
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + base);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + base / 2);
  }

  let best: Element | null = null;
  let bestScore = 0;
  // Highest raw score first: a container whose raw score plus every bonus cannot beat the best so far
  // needs no text or link count (those read the whole subtree).
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  for (const [el, raw] of ranked) {
    if (raw + MAX_BONUS <= bestScore) break;
    const names = classAndId(el);
    let score = raw;
    if (NEGATIVE.test(names) && !POSITIVE.test(names)) score -= 25;
    if (POSITIVE.test(names)) score += NAME_BONUS;
    const tag = el.tagName.toUpperCase();
    if (tag === 'ARTICLE' || tag === 'MAIN') score += TAG_BONUS;
    score *= 1 - linkDensity(el, texts);
    if (score > bestScore) {
      bestScore = score;
      best = el;
    }
  }
  if (best) {
    // A story split across sibling containers: climb while the parent is not much bigger.
    const parent = best.parentElement;
    if (parent && parent.tagName.toUpperCase() === 'ARTICLE') best = parent;
    // A live blog: its entries are sibling containers of one kind, each of them a story's worth of text.
    // The blog is all of them, not the entry with the most commas.
    else if (parent && entriesBeside(best, scores, texts)) best = parent;
    return best;
  }
  return doc.querySelector('article') ?? doc.querySelector('main') ?? bodyOf(doc);
}

/** The smallest raw score a sibling entry needs, beside the best container's. */
const ENTRY_SHARE = 0.3;

/**
 * Whether `best` is one of several sibling entries of one kind (same tag and class), at least two of
 * the others scoring as text in their own right and not mostly links: the entries of a live blog.
 */
function entriesBeside(best: Element, scores: Map<Element, number>, texts: SubtreeTexts): boolean {
  const raw = scores.get(best) ?? 0;
  const kind = `${best.tagName} ${best.getAttribute('class') ?? ''}`;
  let alike = 0;
  for (let s = best.parentElement?.firstElementChild; s; s = s.nextElementSibling) {
    if (s === best || `${s.tagName} ${s.getAttribute('class') ?? ''}` !== kind) continue;
    const score = scores.get(s) ?? 0;
    if (score < Math.max(3, raw * ENTRY_SHARE)) continue;
    if (linkDensity(s, texts) > 0.5) continue;
    if (++alike >= 2) return true;
  }
  return false;
}
