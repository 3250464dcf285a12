import type { AnswerFigure } from '../contracts/analyze-message';
import { verdictOf } from '../contracts/checked-figure';
import type { FigureDetails } from '../contracts/figure-details';
import type { FigureTarget } from '../contracts/focus-figure';
import type { PartialDate } from '../engine/figure-types';
import type { ReviewedPage } from '../export/claim-review';
import { copyWithSource } from '../export/copy-with-source';
import { STANDING_COLORS, STANDING_SYMBOLS, type Standing } from '../record/standing';
import type { RecordRef } from '../record/verdicts';
import {
  comparedLine,
  countText,
  dateText,
  headline,
  isNewerOfficial,
  lastOfficialLine,
  type Messages,
  mediaLine,
  newerPageLine,
  ownDateLine,
  quoteText,
  recordAgeLine,
  standingLabel,
} from '../wording/figure-wording';
import { catalogueLang } from '../wording/locale-format';
import { placeBadge } from './badge-placement';
import OVERLAY_CSS from './overlay.css?inline';
import { cssRgb, INKS } from './page-colours';
import type { StageTimeline } from './stage-timeline';

/**
 * The badges on each figure: one `<factcheck-overlay>` host whose open shadow root holds a badge per
 * figure (with data-kind, data-value, data-status and data-currency) and one card. A badge is a
 * transparent touch target over its figure that draws one mark: a chip over the figure, in the colour
 * of its standing, with the figure again and the standing's symbol, which hides no other word
 * (utils/page/badge-placement.ts). Its card opens on hover or focus, and a tap or click keeps it open until
 * a second one on the badge, a tap elsewhere or Escape. The chip and the card's first line say whether
 * the figure is still current; whether it matched its own date comes second. Page text only ever
 * reaches `textContent`. The page's own DOM gets nothing but the host element.
 */

export const OVERLAY_TAG = 'factcheck-overlay';

/** How long a card stays after the pointer leaves its badge or itself, to reach the card. */
const HIDE_DELAY_MS = 300;

/** What a badge paints from: the answer's figure, without the places in the text that state it. */
type BadgeFigure = Omit<AnswerFigure, 'mentions'>;

/**
 * What the overlay shows: the answer's figures, each badge's accessible name, worded by the background
 * ("127 recruited in all, Jul 2025: Out of date"), and a card's details, asked for when it first opens
 * (the figure in the shared shape the popup and the sightings read too, with the records its verdict
 * names); null when they could not be had.
 */
export interface BadgeFigures {
  figures: readonly BadgeFigure[];
  labels: readonly string[];
  details: (i: number) => Promise<FigureDetails | null>;
}

/** What every card says of the page and the record beside the figure's own verdict. */
export interface OverlayContext {
  messages: Messages;
  /** The last day of the shipped record of official figures. */
  shippedEnd: string;
  /** The last day of the figures the reader accepted, when later. */
  readerEnd: string | null;
  /** This page: its outlet and publication date. */
  outlet: string;
  published: PartialDate;
  /** The timing build's stage timeline (utils/page/stage-timeline.ts): the first placement is timed there. */
  timeline?: StageTimeline;
  /** The page's background is dark: badges in the inks for dark pages (utils/page/page-colours.ts). */
  onDark?: boolean;
  /**
   * The language the badges' names are worded in, as the background says; without it, the catalogue's,
   * read when a card first opens (reading the catalogue costs the page a few ms).
   */
  lang?: string;
  /**
   * The page "Copy with source" names beside the figure, as the popup's does
   * (utils/export/copy-with-source.ts). No button without it.
   */
  copy?: () => ReviewedPage;
}

const standingRules = (Object.keys(STANDING_COLORS) as Standing[])
  .map(
    (s) =>
      `[data-standing="${s}"] .mark, .pill[data-standing="${s}"] { background: ${STANDING_COLORS[s]}; }\n` +
      `.on-dark [data-standing="${s}"] .mark, .on-dark .pill[data-standing="${s}"] { background: ${cssRgb(INKS[s].dark)}; color: #202124; }`,
  )
  .join('\n');

// The overlay's own stylesheet (utils/page/overlay.css), minified into the bundle, and each standing's colours.
const STYLE = `${OVERLAY_CSS}\n${standingRules}`;

/** The card's first line, which names it. */
const CARD_TITLE_ID = 'factcheck-card-title';

export interface Overlay {
  host: HTMLElement;
  /** Re-reads every figure's position (after scrolling inside containers, resizes, reflows). */
  reposition(): void;
  /** The same, in the next frame: after a change of the page, whose figures may have gone. */
  refresh(): void;
  /**
   * Moves the reader to a figure (`nextShown`): scrolls its badge into view, focuses it and opens its
   * card. False when there is no such figure in the page now (none shown, or that one hidden).
   */
  focusFigure(target: FigureTarget): boolean;
  remove(): void;
}

/**
 * From badge `from` (-1: none yet), the next (`step` 1) or the previous (-1) badge shown, in reading
 * order (the figures' order, which is the page's), round from the last to the first and back; -1 when
 * none is shown.
 */
function nextShown(shown: readonly boolean[], from: number, step: 1 | -1): number {
  const n = shown.length;
  const start = from < 0 ? (step > 0 ? -1 : n) : from;
  for (let k = 1; k <= n; k++) {
    const i = (((start + step * k) % n) + n) % n;
    if (shown[i]) return i;
  }
  return -1;
}

/** Builds the overlay for the figures, each with the DOM ranges of its first mention. */
export function createOverlay(
  doc: Document,
  win: Window,
  { figures, labels, details }: BadgeFigures,
  ranges: Range[][],
  context: OverlayContext,
): Overlay {
  const m = context.messages;
  const recordEnd =
    context.readerEnd && context.readerEnd > context.shippedEnd ? context.readerEnd : context.shippedEnd;
  /** Each card's details once they came, by figure; null: they could not be had. */
  const filled = new Map<number, FigureDetails | null>();
  const host = doc.createElement(OVERLAY_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const layer = doc.createElement('div');
  layer.className = context.onDark ? 'layer on-dark' : 'layer';
  // Badges and card speak the extension's language, not the page's: screen readers and fonts follow it.
  if (context.lang) layer.lang = context.lang;
  root.append(style, layer);

  const card = doc.createElement('div');
  card.className = 'card';
  card.hidden = true;
  // A dialog, not a tooltip: it holds links the reader moves into (WAI-ARIA). Non-modal: the page stays
  // usable beside it. Named by its first line, the figure's standing and count.
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-labelledby', CARD_TITLE_ID);
  card.id = 'factcheck-card';

  // Every badge is a copy of one prototype: what all of them share is set once.
  const prototype = doc.createElement('button');
  prototype.className = 'badge';
  prototype.type = 'button';
  prototype.hidden = true; // until placed
  prototype.setAttribute('aria-haspopup', 'dialog');
  prototype.setAttribute('aria-controls', card.id);
  prototype.setAttribute('aria-expanded', 'false');
  const markPrototype = doc.createElement('span');
  markPrototype.className = 'mark';
  prototype.append(markPrototype);
  /**
   * Each badge's mark, the one thing it draws, and the width of its text in ems, reckoned (0.58 em a
   * character, a little over system-ui's bold digits, and 0.9 for the symbol and its space) rather
   * than measured: a canvas to measure with costs the page some milliseconds to set up.
   */
  const marks: HTMLElement[] = [];
  const widths: number[] = [];
  const badges = figures.map((f, i) => {
    const b = prototype.cloneNode(true) as HTMLButtonElement;
    const mark = b.firstChild as HTMLElement;
    const standing = f.standing;
    // data-kind, data-value, data-status, data-currency (DESIGN.md) and data-standing.
    Object.assign(b.dataset, {
      kind: f.kind,
      value: String(f.value),
      status: f.status,
      currency: f.currency,
      standing,
    });
    // Worded by the background: the page reads the message catalogue only when a card opens.
    if (labels[i]) b.setAttribute('aria-label', labels[i]);
    // The figure as the page writes it, and the standing's symbol after a hair space.
    const figure = ranges[i]?.[0]?.toString().trim() ?? '';
    mark.textContent = `${figure}\u200a${STANDING_SYMBOLS[standing]}`;
    marks.push(mark);
    widths.push(figure.length * 0.58 + 0.9);
    return b;
  });
  layer.append(...badges, card);

  /** A record's parts: the figure and date, who said it and where, its source. */
  const recordBlock = (label: string, r: RecordRef, className: string) => {
    const box = doc.createElement('div');
    box.className = `record ${className}`;
    const head = doc.createElement('p');
    const strong = doc.createElement('strong');
    strong.textContent = `${label} ${countText(m, r)}`;
    head.append(strong, ` · ${dateText(m, r.date)}`);
    const who = doc.createElement('p');
    who.className = 'meta';
    who.textContent = [r.speaker, r.venue, r.local ? m('readerRecord') : ''].filter(Boolean).join(' · ');
    box.append(head, who);
    if (r.source && /^https?:\/\//.test(r.source.url)) {
      const p = doc.createElement('p');
      p.className = 'meta';
      const a = doc.createElement('a');
      a.href = r.source.url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.textContent = m('sourceLink', [r.source.publisher]);
      p.append(a);
      box.append(p);
    }
    return box;
  };

  const line = (text: string | null, className?: string) => {
    if (!text) return null;
    const p = doc.createElement('p');
    if (className) p.className = className;
    p.textContent = text;
    return p;
  };

  /** The open card's "Copy with source" and the live region that says whether it copied. */
  let copyButton: HTMLButtonElement | null = null;
  let copyStatus: HTMLElement | null = null;
  const copyRow = () => {
    copyButton = copyStatus = null;
    if (!context.copy) return null;
    const p = doc.createElement('p');
    p.className = 'copy';
    copyButton = doc.createElement('button');
    copyButton.textContent = m('copyWithSource');
    copyStatus = doc.createElement('span');
    copyStatus.setAttribute('aria-live', 'polite');
    p.append(copyButton, ' ', copyStatus);
    return p;
  };

  /** The card of figure `i`, from its details; when they could not be had, it says so. */
  const fillCard = (i: number, d: FigureDetails | null) => {
    if (!layer.lang) layer.lang = catalogueLang(m);
    card.replaceChildren();
    const status = doc.createElement('p');
    status.className = 'status';
    status.id = CARD_TITLE_ID;
    if (!d) {
      status.textContent = m('cardNotLoaded');
      copyButton = copyStatus = null;
      card.append(status);
      return;
    }
    const f = d.figure;
    const standing = (figures[i] as BadgeFigure).standing;
    const v = verdictOf(f, d.records);
    const pill = doc.createElement('span');
    pill.className = 'pill';
    pill.dataset.standing = standing;
    pill.textContent = `${STANDING_SYMBOLS[standing]} ${standingLabel(m, standing)}`;
    const what = doc.createElement('span');
    what.className = 'what';
    what.textContent = countText(m, f);
    status.append(pill, ' ', what, ` · ${dateText(m, f.asOf)}`);
    const quote = line(quoteText(m, f.text), 'quote');
    const reported = { outlet: context.outlet, published: context.published };
    const candidate = isNewerOfficial(f, standing, recordEnd);
    const parts: Array<HTMLElement | null> = [
      status,
      quote,
      line(headline(m, f, v, standing, recordEnd, false, reported), 'headline'),
      line(candidate ? lastOfficialLine(m, f, v) : null),
      line(comparedLine(m, f, v)),
      line(ownDateLine(m, f, v, recordEnd)),
      v.latest ? recordBlock(m('recordLabel_latest'), v.latest, 'latest') : null,
      v.reference && v.reference.id !== v.latest?.id
        ? recordBlock(m('recordLabel_reference'), v.reference, 'reference')
        : null,
      line(mediaLine(m, v), 'meta'),
      copyRow(),
      line(
        [
          recordAgeLine(m, context.shippedEnd, context.readerEnd),
          standing === 'newer' ? null : newerPageLine(m, context.published, recordEnd),
        ]
          .filter(Boolean)
          .join(' '),
        'age',
      ),
    ];
    card.append(...parts.filter((p) => p !== null));
  };

  const rectOf = (i: number): DOMRect | null => {
    const range = ranges[i]?.[0];
    if (!range) return null;
    // A range whose text the page took away has collapsed where it stood: no figure there.
    if (range.collapsed) return null;
    const rects = range.getClientRects();
    const last = rects[rects.length - 1];
    return last && last.width + last.height > 0 ? last : null;
  };

  let open = -1;
  /** The open card was asked for by a tap, a click or a key, not by hover: it stays until closed. */
  let pinned = false;
  /**
   * Below the open figure's line, so the figure it explains stays visible, or above it when there is
   * more room there; never over the figure (a tap on the badge would land in the card). Inside the
   * viewport however wide the card is (narrower than the screen on a phone), its scroll bar left out;
   * a card taller than its room scrolls within it.
   */
  const placeCard = () => {
    const rect = rectOf(open);
    if (!rect) return;
    const below = win.innerHeight - rect.bottom - 12;
    const above = rect.top - 12;
    card.style.maxHeight = `${Math.max(below, above, 100)}px`;
    const sx = win.scrollX;
    const h = card.offsetHeight;
    const x = Math.min(rect.left + sx, sx + doc.documentElement.clientWidth - card.offsetWidth - 8);
    const y = h <= below || below >= above ? rect.bottom + 6 : rect.top - h - 6;
    card.style.left = `${Math.max(sx + 4, x)}px`;
    card.style.top = `${y + win.scrollY}px`;
  };
  /** A card opened by a click, waiting for its details: its link takes the focus once it is filled. */
  let focusLinkOf = -1;
  /**
   * Opens figure `i`'s card: at once when its details came before, else when they come, if it is
   * still the one open then (the card stays hidden meanwhile).
   */
  const showCard = (i: number) => {
    if (!rectOf(i)) return;
    if (i !== open) {
      badges[open]?.setAttribute('aria-expanded', 'false');
      open = i;
      pinned = false;
      focusLinkOf = -1;
      badges[i]?.setAttribute('aria-expanded', 'true');
      card.hidden = true;
      if (filled.has(i)) fill(i, filled.get(i) ?? null);
      else
        details(i)
          .catch(() => null)
          .then((d) => {
            filled.set(i, d);
            if (open === i && card.hidden) fill(i, d);
          });
      return;
    }
    if (!card.hidden) placeCard();
  };
  const fill = (i: number, d: FigureDetails | null) => {
    fillCard(i, d);
    card.hidden = false;
    placeCard();
    if (focusLinkOf === i) {
      focusLinkOf = -1;
      card.querySelector('a')?.focus();
    }
  };
  const hideCard = () => {
    badges[open]?.setAttribute('aria-expanded', 'false');
    open = -1;
    pinned = false;
    focusLinkOf = -1;
    card.hidden = true;
  };

  /** Puts the open figure's "Copy with source" text on the clipboard, and says whether it could. */
  const copy = async () => {
    // The button is there only on a card filled from its figure's details (copyRow).
    const page = (context.copy as NonNullable<OverlayContext['copy']>)();
    const status = copyStatus as HTMLElement;
    const d = filled.get(open) as FigureDetails;
    const text = copyWithSource(m, d.figure, d.records, page, recordEnd);
    let copied = false;
    try {
      await win.navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      // No clipboard API (a page served over http) or refused by the page's policy: the older way, a
      // selected text area of the card's own, copied while the reader's click still counts.
      const area = doc.createElement('textarea');
      area.value = text;
      area.style.cssText = 'position:fixed;opacity:0';
      card.append(area);
      area.select();
      try {
        copied = doc.execCommand('copy');
      } catch {
        // Not copied: said below.
      }
      area.remove();
      copyButton?.focus();
    }
    status.textContent = m(copied ? 'copied' : 'copyFailed');
  };

  // One set of listeners on the layer for every badge (a page may have hundreds of figures).
  const indexOf = new Map<EventTarget, number>(badges.map((b, i) => [b, i]));
  const badgeIndex = (target: EventTarget | null): number =>
    target === null ? -1 : (indexOf.get(target) ?? -1);
  const inCard = (target: EventTarget | null) => target !== null && card.contains(target as Node);
  /** Focus is on the open card's badge or inside the card. */
  const focusStays = () =>
    doc.activeElement === host &&
    root.activeElement !== null &&
    (root.activeElement === badges[open] || card.contains(root.activeElement));
  // Hiding waits a moment, so that the pointer can cross from the badge to the card and its source link.
  let hideTimer = 0;
  const cancelHide = () => {
    if (hideTimer) win.clearTimeout(hideTimer);
    hideTimer = 0;
  };
  const hideSoon = () => {
    cancelHide();
    hideTimer = win.setTimeout(() => {
      hideTimer = 0;
      if (!pinned && !focusStays()) hideCard();
    }, HIDE_DELAY_MS);
  };
  layer.addEventListener('mouseover', (e) => {
    const i = badgeIndex(e.target);
    if (i >= 0 || inCard(e.target)) cancelHide();
    if (i >= 0 && i !== open) showCard(i);
  });
  layer.addEventListener('mouseout', (e) => {
    if (badgeIndex(e.target) < 0 && !inCard(e.target)) return;
    if (inCard(e.relatedTarget) || (open >= 0 && e.relatedTarget === badges[open])) return;
    if (!focusStays()) hideSoon();
  });
  layer.addEventListener('focusin', (e) => {
    const i = badgeIndex(e.target);
    if (i >= 0 || inCard(e.target)) cancelHide();
    if (i >= 0 && i !== open) showCard(i);
  });
  layer.addEventListener('focusout', (e) => {
    if (badgeIndex(e.target) < 0 && !inCard(e.target)) return;
    if (inCard(e.relatedTarget) || (open >= 0 && e.relatedTarget === badges[open])) return;
    hideCard();
  });
  // A badge's own action (a tap, a click, Enter or Space) keeps its card open and takes the reader
  // into it, to the source link; the same on the badge of the card so kept closes it.
  layer.addEventListener('click', (e) => {
    if (copyButton && e.target === copyButton) {
      void copy();
      return;
    }
    const i = badgeIndex(e.target);
    if (i < 0) return;
    if (i === open && pinned) {
      hideCard();
      return;
    }
    showCard(i);
    pinned = open === i;
    // Into the card, once it is filled.
    if (pinned && card.hidden) focusLinkOf = i;
    else if (pinned) card.querySelector('a')?.focus();
  });
  layer.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || (badgeIndex(e.target) < 0 && !inCard(e.target))) return;
    // From inside the card, back to its badge; from the badge, focus leaves it. The card closes.
    if (inCard(e.target)) badges[open]?.focus();
    else (e.target as HTMLElement).blur();
    hideCard();
  });
  // A tap or click anywhere else on the page closes the card, whether or not it moved the focus (a
  // page may keep the focus where it is).
  const onPagePointer = (e: Event) => {
    if (open >= 0 && e.target !== host) hideCard();
  };
  doc.addEventListener('pointerdown', onPagePointer, { capture: true, passive: true });

  /** What was last written of each badge's place, not to write it again. */
  const written: string[] = [];
  const glyph = doc.createRange();
  /**
   * The box of the nearest glyph (not white space) before or after `range` in its own text node; null
   * when there is none there (then nothing is known of that side).
   */
  const neighbour = (range: Range, after: boolean): DOMRect | null => {
    const node = after ? range.endContainer : range.startContainer;
    const text = node.nodeType === 3 ? (node as Text).data : '';
    let i = after ? range.endOffset : range.startOffset - 1;
    while (/\s/.test(text.charAt(i))) i += after ? 1 : -1;
    if (i < 0 || i >= text.length) return null;
    glyph.setStart(node, i);
    glyph.setEnd(node, i + 1);
    return glyph.getBoundingClientRect();
  };
  /**
   * Where badge `i` goes over its figure `f`: how much blank the page leaves around the figure, read
   * for figures on the screen or near it; one far off keeps to its own box until it comes near.
   */
  const isNear = (f: DOMRect) => f.bottom > -win.innerHeight && f.top < 2 * win.innerHeight;
  const measure = (i: number, f: DOMRect) => {
    const range = ranges[i]?.[0] as Range;
    const room = { left: 0, right: 0, gap: 0 };
    if (isNear(f)) {
      const style = win.getComputedStyle(range.endContainer.parentElement ?? doc.documentElement);
      // Blank up to the nearest glyph on the figure's line, each side, as far as the page's edges; a
      // glyph on another line leaves the figure at the end (or the start) of its own. The leading
      // (below 0 where the lines overlap): a line-height of "normal" leaves next to none.
      const lineHeight = Number.parseFloat(style.lineHeight);
      room.left = f.left + win.scrollX;
      room.right = doc.documentElement.clientWidth - f.right - win.scrollX;
      room.gap = lineHeight ? lineHeight - f.height - 1 : 0;
      for (const after of [false, true]) {
        const g = neighbour(range, after);
        if (!g) room[after !== (style.direction === 'rtl') ? 'right' : 'left'] = 0;
        else if (g.bottom <= f.top + 1 || g.top >= f.bottom - 1) continue;
        else if (g.left >= f.right - 1) room.right = Math.min(room.right, g.left - f.right);
        else if (g.right <= f.left + 1) room.left = Math.min(room.left, f.left - g.right);
        else room.left = room.right = 0;
      }
    }
    const place = placeBadge(f.width, f.height, room);
    // The chip's text as large as fits it, up to 70 % of its height.
    const font = Math.min(place.markHeight * 0.7, (place.markWidth - 1) / (widths[i] as number));
    return { ...place, font: Math.floor(font * 10) / 10 };
  };

  /**
   * Each badge's last place, by where its figure stood in the page then: a scroll moves no figure in
   * the page, so the blank around it is read again only when the figure moved or changed size (a
   * column that narrowed, a font that arrived) or, far off when it was read, has come near.
   */
  const placedAt: Array<{ key: string; near: boolean; place: ReturnType<typeof measure> } | undefined> = [];
  const placeOf = (i: number, f: DOMRect, sx: number, sy: number, pageRight: number) => {
    const key = `${f.left + sx},${f.top + sy},${f.width},${f.height},${pageRight}`;
    const near = isNear(f);
    const known = placedAt[i];
    if (known && known.key === key && (known.near || !near)) return known.place;
    const place = measure(i, f);
    placedAt[i] = { key, near, place };
    return place;
  };

  const reposition = () => {
    // Every read first, then every write: one layout for all the badges, not one per badge (a write
    // between two reads makes the next read lay the page out again).
    const rects = badges.map((_, i) => rectOf(i));
    const sx = win.scrollX;
    const sy = win.scrollY;
    const pageRight = doc.documentElement.clientWidth;
    const places = rects.map((f, i) => f && placeOf(i, f, sx, sy, pageRight));
    badges.forEach((b, i) => {
      const f = rects[i];
      const p = places[i];
      if (!f || !p) {
        if (!b.hidden) b.hidden = true;
        return;
      }
      if (b.hidden) b.hidden = false;
      // The touch target kept inside the page's width (past it, it would scroll the page sideways),
      // its chip where it was.
      const x = f.left + sx + p.x;
      const left = Math.max(0, Math.min(x, Math.max(pageRight, f.right + sx) - p.width));
      const box = `left:${left}px;top:${f.top + sy + p.y}px;width:${p.width}px;height:${p.height}px`;
      const chip = `left:${p.markX + x - left}px;top:${p.markY}px;width:${p.markWidth}px;height:${p.markHeight}px;line-height:${p.markHeight}px;font-size:${p.font}px`;
      if (written[i] !== box + chip) {
        written[i] = box + chip;
        b.style.cssText = box;
        (marks[i] as HTMLElement).style.cssText = chip;
      }
    });
    if (open >= 0) placeCard();
  };

  let frame = 0;
  let placed = false;
  const schedule = () => {
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      if (placed) {
        reposition();
        return;
      }
      // The first placement reads every figure's position before the host joins the page, so the
      // browser styles and lays out the badges once, already placed (attached hidden and then placed,
      // they were styled twice). It is timed in the timing build; later ones, on scroll and resize,
      // are not, so the timeline does not grow.
      placed = true;
      const timeline = context.timeline;
      timeline?.clearMeasures('factcheck-place-badges');
      timeline?.mark('factcheck-place-start');
      reposition();
      doc.documentElement.append(host);
      timeline?.measure('factcheck-place-badges', 'factcheck-place-start');
      timeline?.clearMarks('factcheck-place-start');
    });
  };
  win.addEventListener('resize', schedule, { passive: true });
  doc.addEventListener('scroll', schedule, { passive: true, capture: true });
  const RO = (win as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
  const resizeObserver = typeof RO === 'function' ? new RO(schedule) : null;
  resizeObserver?.observe(doc.documentElement);

  // Placed, and only then attached, in the next frame, after the browser's own layout, instead of
  // forcing one now.
  schedule();

  /** The badge the reader was last moved to, and where the page's caret stood then. */
  let last = -1;
  let mark: [Node | null, number] = [null, 0];
  const caret = (): [Node | null, number] => {
    const s = win.getSelection?.();
    return [s?.focusNode ?? null, s?.focusOffset ?? 0];
  };
  /**
   * How many figures lie wholly before the reader's place in the page: an element of the page that has
   * focus, else the caret if it moved since the reader was last moved to a badge. Null: no such place.
   */
  const figuresBefore = (): number | null => {
    const active = doc.activeElement;
    let point: [Node | null, number] = [active, 0];
    if (!active || active === doc.body || active === doc.documentElement || active === host) {
      point = caret();
      if (point[0] === mark[0] && point[1] === mark[1]) return null;
    }
    const [node, offset] = point;
    if (!node) return null;
    let before = 0;
    for (const r of ranges) {
      try {
        if (r[0] && r[0].comparePoint(node, offset) > 0) before++;
      } catch {
        // A place in another document (a frame): no figure of this one is before it.
      }
    }
    return before;
  };

  const focusFigure = (target: FigureTarget): boolean => {
    if (!host.isConnected) return false;
    reposition();
    const shown = badges.map((b) => !b.hidden);
    let i = -1;
    if (typeof target === 'number') {
      if (shown[target]) i = target;
    } else {
      const step = target === 'next' ? 1 : -1;
      // From the badge, or the card, that has focus; else from the reader's place; else from the last.
      const inside = doc.activeElement === host ? root.activeElement : null;
      let from = inside ? (indexOf.get(inside) ?? (card.contains(inside) ? open : -1)) : -1;
      if (from < 0) {
        const before = figuresBefore();
        from = before === null ? last : step > 0 ? before - 1 : before;
      }
      i = nextShown(shown, from, step);
    }
    const badge = badges[i];
    if (!badge) return false;
    last = i;
    mark = caret();
    // focusVisible: the focus ring, as after a Tab, since the reader came by keyboard or from the popup.
    badge.focus({ preventScroll: true, focusVisible: true } as FocusOptions);
    // The card opens as focus opens it; also when this page's window is not the focused one (the popup).
    cancelHide();
    if (open !== i) showCard(i);
    const still = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    badge.scrollIntoView({ block: 'center', behavior: still ? 'instant' : 'smooth' });
    return true;
  };

  return {
    host,
    reposition,
    refresh: schedule,
    focusFigure,
    remove: () => {
      win.removeEventListener('resize', schedule);
      doc.removeEventListener('scroll', schedule, { capture: true });
      doc.removeEventListener('pointerdown', onPagePointer, { capture: true });
      resizeObserver?.disconnect();
      if (frame) win.cancelAnimationFrame(frame);
      cancelHide();
      host.remove();
    },
  };
}
