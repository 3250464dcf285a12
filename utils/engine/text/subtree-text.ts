import { isSpaceCode } from './char-codes';

/**
 * What the article finder and the link-list test ask of an element's text (its `textContent`, and its
 * links' text), summed bottom-up once per read: a child's sums are kept and added into its parent's,
 * so asking of every element on a path 5,000 deep reads each text node once, where `textContent` and
 * `querySelectorAll('a')` on each would read the subtree below again and again.
 */
export interface SubtreeText {
  /** Characters of text (`textContent.length`). */
  length: number;
  /** Whitespace (`\s`) characters at the start and at the end; `length` for text that is all whitespace. */
  lead: number;
  trail: number;
  /** Length with each run of whitespace counted as one character, before trimming. */
  collapsed: number;
  /** Commas: `,`, the Arabic `،` and the ideographic `、`. */
  commas: number;
  /** Characters of text inside the `<a>` elements below (each link counted, as `querySelectorAll('a')`). */
  linkLength: number;
  /** The same, each link's text collapsed and trimmed first. */
  linkCollapsed: number;
}

/** `textContent.trim().length`. */
export function trimmedLength(s: SubtreeText): number {
  return s.lead === s.length ? 0 : s.length - s.lead - s.trail;
}

/** `textContent.replace(/\s+/g, ' ').trim().length`. */
export function collapsedLength(s: SubtreeText): number {
  if (s.lead === s.length) return 0;
  return s.collapsed - (s.lead > 0 ? 1 : 0) - (s.trail > 0 ? 1 : 0);
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

const empty = (): SubtreeText => ({
  length: 0,
  lead: 0,
  trail: 0,
  collapsed: 0,
  commas: 0,
  linkLength: 0,
  linkCollapsed: 0,
});

/** Runs of two or more whitespace characters: each counts as one once collapsed. */
const SPACE_RUN = /\s{2,}/g;

/** Occurrences of `c` in `s`. */
function count(s: string, c: string): number {
  let n = 0;
  for (let i = s.indexOf(c); i !== -1; i = s.indexOf(c, i + 1)) n++;
  return n;
}

/**
 * A text node's sums. The whole of its text is read by the engine's own string searches, not a loop
 * over its characters: a page is read once, before the engine has compiled such a loop.
 */
function ofData(data: string): SubtreeText {
  const s = empty();
  const n = data.length;
  s.length = n;
  while (s.lead < n && isSpaceCode(data.charCodeAt(s.lead))) s.lead++;
  if (s.lead === n) {
    s.trail = n;
    s.collapsed = n > 0 ? 1 : 0;
    return s;
  }
  while (isSpaceCode(data.charCodeAt(n - 1 - s.trail))) s.trail++;
  s.collapsed = n;
  SPACE_RUN.lastIndex = 0;
  for (let m = SPACE_RUN.exec(data); m; m = SPACE_RUN.exec(data)) s.collapsed -= m[0].length - 1;
  s.commas = count(data, ',') + count(data, '\u060c') + count(data, '\u3001');
  return s;
}

/** Adds `next`, the text that follows, to `into`. */
function append(into: SubtreeText, next: SubtreeText): void {
  into.commas += next.commas;
  into.linkLength += next.linkLength;
  into.linkCollapsed += next.linkCollapsed;
  if (next.length === 0) return;
  if (into.length === 0) {
    into.length = next.length;
    into.lead = next.lead;
    into.trail = next.trail;
    into.collapsed = next.collapsed;
    return;
  }
  // Whitespace that ends one piece and starts the next is one run.
  const joined = into.trail > 0 && next.lead > 0 ? 1 : 0;
  into.lead = into.lead === into.length ? into.length + next.lead : into.lead;
  into.trail = next.trail === next.length ? into.trail + next.length : next.trail;
  into.collapsed += next.collapsed - joined;
  into.length += next.length;
}

const isLink = (el: Element) => el.tagName.toUpperCase() === 'A';

/** An element's own sums, and the link it is, counted into its parent's. */
function appendChild(into: SubtreeText, child: Element, s: SubtreeText): void {
  append(into, s);
  if (isLink(child)) {
    into.linkLength += s.length;
    into.linkCollapsed += collapsedLength(s);
  }
}

interface Frame {
  el: Element;
  next: ChildNode | null;
  sum: SubtreeText;
}

/** The sums of one read: each element's are worked out at most once. The DOM must not change meanwhile. */
export class SubtreeTexts {
  private readonly known = new Map<Node, SubtreeText>();

  of(el: Element): SubtreeText {
    const done = this.known.get(el);
    if (done) return done;
    // Iterative, children by sibling links: a deep page cannot overflow the stack.
    const stack: Frame[] = [{ el, next: el.firstChild, sum: empty() }];
    for (;;) {
      const top = stack[stack.length - 1] as Frame;
      const child = top.next;
      if (child === null) {
        stack.pop();
        this.known.set(top.el, top.sum);
        const parent = stack[stack.length - 1];
        if (!parent) return top.sum;
        appendChild(parent.sum, top.el, top.sum);
        continue;
      }
      top.next = child.nextSibling;
      const type = child.nodeType;
      if (type === TEXT_NODE || type === CDATA_SECTION_NODE) append(top.sum, ofData((child as Text).data));
      else if (type === ELEMENT_NODE) {
        const known = this.known.get(child);
        if (known) appendChild(top.sum, child as Element, known);
        else stack.push({ el: child as Element, next: child.firstChild, sum: empty() });
      }
    }
  }
}
