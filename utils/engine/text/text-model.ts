import { findArticleRoot, isBoilerplate } from './article-root';
import { hasInvisible, type TextSkip, visibleRuns, withoutInvisibleMapped } from './invisible-chars';
import { collapsedLength, SubtreeTexts } from './subtree-text';

/**
 * One flat string for the whole article, with a map back to the DOM text nodes it came from.
 * Whitespace characters are replaced one for one by spaces; invisible format characters (soft
 * hyphens, zero-width spaces, bidirectional marks: utils/engine/text/invisible-chars.ts) are left out, so that
 * "4\u00ad4" reads as 44. Block boundaries are the only '\n' characters.
 */
export interface TextModel {
  text: string;
  blocks: TextBlock[];
  /**
   * Runs of text nodes in document order with their offsets in `text` (empty for plain-text input):
   * one per node, or one per run between the invisible characters a node holds.
   */
  nodes: NodeSpan[];
  truncated: boolean;
  /**
   * Plain-text input only, when it held invisible characters: where they were left out, so that offsets
   * into `text` can be told as offsets into the input (`inputOffset` in utils/engine/text/invisible-chars.ts).
   */
  skips?: TextSkip[];
}

type BlockRole = 'title' | 'body';

export interface TextBlock {
  start: number;
  end: number;
  role: BlockRole;
}

/** `text.slice(start, end)` is `node.data.slice(offset, offset + end - start)`, whitespace made spaces. */
export interface NodeSpan {
  node: Text;
  start: number;
  end: number;
  offset: number;
}

/** Past this many characters of article text only the head is read, and the result says so. */
export const MAX_TEXT_CHARS = 1_000_000;
/** Past this many blocks (more than any article has) only the head is read too, and the result says so. */
export const MAX_BLOCKS = 50_000;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'FIGURE',
  'FIGCAPTION',
  'ASIDE',
  'NAV',
  'FORM',
  'HEAD',
  'TITLE',
]);

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TR',
  'UL',
  'BODY',
  'HTML',
]);

/** Whitespace other than the plain space (which needs no replacing: a page has thousands). */
const WHITESPACE = /[^\S ]/g;
const NON_SPACE = /\S/;

/** Elements whose text is never the article's: hidden, editable, or not text at all. */
function isSkippedElement(el: Element, tag = el.tagName.toUpperCase()): boolean {
  if (SKIPPED_TAGS.has(tag)) return true;
  // Most elements of an article carry no attribute at all: nothing more to look at (and
  // hasAttributes() builds no attribute map, where `attributes` would, for every element).
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return false;
}

const LINK_LIST_TAGS = new Set([
  'DIV',
  'LI',
  'UL',
  'OL',
  'P',
  'SECTION',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TABLE',
]);

/**
 * "Also read" boxes and lists of related headlines: short blocks that are mostly link text. The
 * lengths come from `texts`, summed once per read: asking `textContent` of every element on a deep
 * path would read the path below it again for each.
 */
function isLinkList(el: Element, tag: string, texts: SubtreeTexts): boolean {
  if (!LINK_LIST_TAGS.has(tag)) return false;
  const s = texts.of(el);
  const total = collapsedLength(s);
  if (total === 0 || total > 600) return false;
  return s.linkCollapsed / total >= 0.6;
}

class Builder {
  /** The text so far, in pieces: joined once at the end, so no step re-reads what came before. */
  private parts: string[] = [];
  private length = 0;
  /** End of the last character that is not a space: where a block's text ends. */
  private contentEnd = 0;
  /** The last piece written, for "does the text end in a cell break" without building the text. */
  private lastPiece = '';
  /** Offsets of the block breaks: the only '\n' of the finished text. */
  private breaks: number[] = [];
  blocks: TextBlock[] = [];
  nodes: NodeSpan[] = [];
  truncated = false;
  private blockStart = 0;
  private role: BlockRole = 'body';

  constructor(
    private readonly maxChars: number,
    private readonly maxBlocks: number,
  ) {}

  get full(): boolean {
    return this.truncated;
  }

  private push(piece: string): void {
    this.parts.push(piece);
    this.length += piece.length;
    this.lastPiece = piece;
    const trimmed = piece.trimEnd().length;
    if (trimmed > 0) this.contentEnd = this.length - piece.length + trimmed;
  }

  breakBlock(): void {
    if (this.length > this.blockStart) {
      if (this.contentEnd > this.blockStart)
        this.blocks.push({ start: this.blockStart, end: this.contentEnd, role: this.role });
      // The text since the block began can end in a text node that is itself "\n" (it becomes a
      // space): the break still comes.
      this.breaks.push(this.length);
      this.push('\n');
    }
    this.blockStart = this.length;
    this.role = 'body';
  }

  cellBreak(): void {
    if (this.length > this.blockStart && this.lastPiece !== ' | ') this.push(' | ');
  }

  /** Characters of body text in the blocks so far. */
  bodyLength(): number {
    let n = 0;
    for (const block of this.blocks) if (block.role === 'body') n += block.end - block.start;
    return n;
  }

  setRole(role: BlockRole): void {
    this.role = role;
  }

  addText(data: string, node: Text | null): void {
    if (this.truncated) return;
    if (!hasInvisible(data)) {
      this.addRun(data, node, 0);
      return;
    }
    // Read through invisible characters: each run between them maps to its own offset in the node.
    for (const [start, end] of visibleRuns(data)) this.addRun(data.slice(start, end), node, start);
  }

  /** `data`, found at `offset` in `node`'s data. */
  private addRun(data: string, node: Text | null, offset: number): void {
    if (this.truncated) return;
    const atBlockStart = this.length === this.blockStart;
    if (atBlockStart && !NON_SPACE.test(data)) return;
    // Text past the last block the model may hold: the read stops here.
    if (this.blocks.length >= this.maxBlocks) {
      this.truncated = true;
      return;
    }
    // Whitespace becomes spaces once, over the whole text, in finish().
    let chunk = data;
    if (this.length + chunk.length > this.maxChars) {
      chunk = chunk.slice(0, Math.max(0, this.maxChars - this.length));
      this.truncated = true;
    }
    if (chunk.length === 0) return;
    const start = this.length;
    this.push(chunk);
    if (node) this.nodes.push({ node, start, end: this.length, offset });
  }

  finish(): TextModel {
    this.breakBlock();
    // Every whitespace character becomes a space, one for one, in a single pass; then the block
    // breaks are put back.
    const spaced = this.parts.join('').replace(WHITESPACE, ' ');
    let text = '';
    let from = 0;
    for (const at of this.breaks) {
      text += `${spaced.slice(from, at)}\n`;
      from = at + 1;
    }
    text += spaced.slice(from);
    return { text, blocks: this.blocks, nodes: this.nodes, truncated: this.truncated };
  }
}

/** The elements under `root` (and `root`) that hold a link: only they can be link lists. */
function linkHolders(root: Node): Set<Node> {
  const holders = new Set<Node>();
  const links = (root as Element).querySelectorAll?.('a') ?? [];
  for (let i = 0; i < links.length; i++) {
    for (let n: Node | null = links[i] as Node; n && !holders.has(n); n = n.parentNode) {
      holders.add(n);
      if (n === root) break;
    }
  }
  return holders;
}

const CAPTION_TAGS = new Set(['FIGURE', 'FIGCAPTION']);

/**
 * Reads `root` into `b`. With `captions`, figures and their captions are read too, and each caption
 * read is added to the set.
 */
function walk(root: Node, b: Builder, texts: SubtreeTexts | null, captions: Set<Node> | null = null): void {
  // With `texts`, page furniture is left out: boilerplate containers, and link lists (only elements
  // that hold a link can be one).
  const furniture = texts ? { holders: linkHolders(root), texts } : null;
  // Iterative, so that pathologically deep pages cannot overflow the stack.
  const stack: Array<Node | { close: Element }> = [root];
  while (stack.length > 0 && !b.full) {
    const item = stack.pop() as Node | { close: Element };
    if ('close' in item) {
      b.breakBlock();
      continue;
    }
    const node = item;
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      b.addText((node as Text).data, node as Text);
      continue;
    }
    if (type !== ELEMENT_NODE) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (captions && CAPTION_TAGS.has(tag)) {
      if (tag === 'FIGCAPTION') captions.add(el);
    } else if (isSkippedElement(el, tag)) continue;
    if (
      furniture &&
      el !== root &&
      (isBoilerplate(el, tag) ||
        tag === 'H1' ||
        (furniture.holders.has(el) && isLinkList(el, tag, furniture.texts)))
    )
      continue;
    // A table row reads as one line ("29 Feb 2024 | About 20 stuck | MEA"), so a date in one cell
    // dates the figure in the next.
    if (tag === 'TD' || tag === 'TH') b.cellBreak();
    if (BLOCK_TAGS.has(tag)) {
      b.breakBlock();
      if (tag === 'H1') b.setRole('title');
      stack.push({ close: el });
    }
    // Children last to first, by sibling links: no NodeList is built for each element.
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  }
}

/**
 * Builds the text model of a page: its headline, then the text of its article body. Navigation,
 * related-story lists, comments, subscription boxes and the like are left out.
 */
export function textModelFromDocument(
  doc: Document,
  maxChars = MAX_TEXT_CHARS,
  maxBlocks = MAX_BLOCKS,
): TextModel {
  const b = new Builder(maxChars, maxBlocks);
  const texts = new SubtreeTexts();
  const root = findArticleRoot(doc, texts);
  const headline = doc.querySelector('h1');
  if (headline) {
    b.setRole('title');
    walk(headline, b, null);
    b.breakBlock();
  } else if (doc.title.trim()) {
    b.setRole('title');
    b.addText(doc.title, null);
    b.breakBlock();
  }
  if (root) {
    walk(root, b, texts);
    // A photo story tells itself in its captions: when the article's own text is only a few lines,
    // its captions follow it, one block each.
    b.breakBlock();
    if (b.bodyLength() < SHORT_BODY) {
      const captions = root.querySelectorAll('figcaption');
      // A caption inside one already read (nested captions) was read with it.
      const read = new Set<Node>();
      for (let i = 0; i < captions.length; i++) {
        const caption = captions[i] as Element;
        if (read.has(caption)) continue;
        walk(caption, b, texts, read);
        b.breakBlock();
      }
    }
  }
  return b.finish();
}

const SHORT_BODY = 800;

/**
 * Plain text (a saved `.txt`): paragraphs are split at newlines; the first line is the title.
 * Offsets index the input as given, unless it holds invisible characters: they are left out of the
 * text, and `skips` says where.
 */
export function textModelFromPlainText(
  input: string,
  maxChars = MAX_TEXT_CHARS,
  maxBlocks = MAX_BLOCKS,
): TextModel {
  let truncated = input.length > maxChars;
  const head = truncated ? input.slice(0, maxChars) : input;
  const visible = hasInvisible(head) ? withoutInvisibleMapped(head) : null;
  let text = (visible ? visible.text : head).replace(/[^\S\n]/g, ' ');
  const blocks: TextBlock[] = [];
  let pos = 0;
  let sawTitle = false;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && text.charCodeAt(s) === 32) s++;
    while (e > s && text.charCodeAt(e - 1) === 32) e--;
    if (e > s) {
      // A paragraph past the last block the model may hold: the text ends before it.
      if (blocks.length >= maxBlocks) {
        truncated = true;
        text = text.slice(0, pos);
        break;
      }
      blocks.push({ start: s, end: e, role: sawTitle ? 'body' : 'title' });
      sawTitle = true;
    }
    pos = nl + 1;
  }
  // A page saved as one line (no breaks at all) is still an article: its first sentence is the title,
  // the rest its body. A dateline ("New Delhi (agency)।") is too short to be a headline: the title runs
  // on to the end of the sentence after it.
  const only = blocks.length === 1 ? blocks[0] : undefined;
  if (only && only.end - only.start > ONE_LINE_TITLE_MAX) {
    const head = text.slice(only.start, only.start + ONE_LINE_TITLE_MAX);
    const stops = /[.!?।|](?=\s)/g;
    let cut = only.start;
    for (let m = stops.exec(head); m; m = stops.exec(head)) {
      cut = only.start + m.index + 1;
      if (m.index + 1 >= DATELINE_MAX) break;
    }
    if (cut - only.start < DATELINE_MAX) cut = only.start;
    blocks.length = 0;
    if (cut > only.start) blocks.push({ start: only.start, end: cut, role: 'title' });
    let b = cut;
    while (b < only.end && text.charCodeAt(b) === 32) b++;
    blocks.push({ start: b, end: only.end, role: 'body' });
  }
  return { text, blocks, nodes: [], truncated, ...(visible ? { skips: visible.skips } : {}) };
}

/** A one-line page longer than this is a headline and a body run together. */
const ONE_LINE_TITLE_MAX = 300;
/** A first sentence shorter than this is a dateline, not a headline. */
const DATELINE_MAX = 40;
