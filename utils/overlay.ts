import type { Attribution, FigureKind, PartialDate, Qualifier, Scope, Subject } from './figure-types';
import type { FigureTarget } from './focus-figure';
import { cssRgb, INKS } from './page-colours';
import type { StageTimeline } from './stage-timeline';
import { STANDING_COLORS, STANDING_SYMBOLS, type Standing, standingOf } from './standing';
import type { RecordRef, Verdict } from './verdicts';
import {
  badgeLabel,
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
} from './wording/figure-wording';
import { catalogueLang } from './wording/locale-format';

/**
 * The badges beside each figure: one `<factcheck-overlay>` host whose open shadow root holds a badge
 * per figure (with data-kind, data-value, data-status and data-currency) and one card that opens on
 * hover or focus. The badge's look and the card's first line say whether the figure is still current;
 * whether it matched its own date comes second. Page text only ever reaches `textContent`. The page's
 * own DOM gets nothing but the host element.
 */

export const OVERLAY_TAG = 'factcheck-overlay';

/** How long a card stays after the pointer leaves its badge or itself, to reach the card. */
const HIDE_DELAY_MS = 300;

export interface BadgeFigure {
  value: number;
  kind: FigureKind;
  qualifier: Qualifier;
  /** A range's top ("35-40"). */
  high?: number | null;
  subject: Subject;
  scope?: Scope;
  incremental?: boolean;
  asOf: PartialDate;
  attribution?: Attribution | null;
  /** The figure as written in the article. */
  text: string;
  verdict: Verdict;
  /** The badge's accessible name, worded by the background ("127 recruited in all, Jul 2025: Out of date"). */
  label: string;
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
  /** The timing build's stage timeline (utils/stage-timeline.ts): the first placement is timed there. */
  timeline?: StageTimeline;
  /** The page's background is dark: badges in the inks for dark pages (utils/page-colours.ts). */
  onDark?: boolean;
}

const standingRules = (Object.keys(STANDING_COLORS) as Standing[])
  .map(
    (s) =>
      `[data-standing="${s}"] { background: ${STANDING_COLORS[s]}; }\n` +
      `.on-dark [data-standing="${s}"] { background: ${cssRgb(INKS[s].dark)}; color: #202124; }`,
  )
  .join('\n');

const STYLE = `
:host { all: initial; }
.layer { position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483646; }
.badge {
  position: absolute; box-sizing: border-box; min-width: 12px; height: 12px; padding: 0 2px;
  border: 0; border-radius: 6px; font: 700 9px/12px system-ui, sans-serif; color: #fff; cursor: pointer;
  box-shadow: 0 0 0 1px rgb(255 255 255 / 0.8); transition: transform 120ms ease-out;
}
.badge:hover, .badge:focus-visible { transform: scale(1.15); outline: 2px solid #1a73e8; outline-offset: 1px; }
${standingRules}
.on-dark .badge { box-shadow: 0 0 0 1px rgb(0 0 0 / 0.7); }
.badge[hidden] { display: none; }
.card {
  position: absolute; box-sizing: border-box; width: 320px; max-width: calc(100vw - 16px); padding: 10px 12px;
  border-radius: 8px; background: #fff; color: #202124; font: 13px/1.45 system-ui, sans-serif;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.25); border: 1px solid #dadce0;
}
.card[hidden] { display: none; }
.card .status { margin: 0 0 6px; }
.card .pill { display: inline-block; padding: 0 8px; border-radius: 10px; color: #fff; font-size: 12px; font-weight: 700; line-height: 20px; }
.card .what { font-weight: 700; }
.card .headline { font-weight: 600; }
.card .record { margin: 6px 0 0; padding: 6px 8px; border-left: 3px solid #dadce0; background: rgb(0 0 0 / 0.03); }
.card .record.latest { border-left-color: #1a56c4; background: rgb(26 86 196 / 0.08); }
.card .record p { margin: 0; }
.card .quote { margin: 0 0 6px; font-style: italic; }
.card p { margin: 0 0 6px; }
.card a { color: #1a73e8; }
.card .meta { color: #5f6368; font-size: 12px; }
.card .age { margin: 8px 0 0; padding-top: 6px; border-top: 1px solid #dadce0; color: #5f6368; font-size: 12px; }
@media (prefers-color-scheme: dark) {
  .card { background: #202124; color: #e8eaed; border-color: #5f6368; }
  .card a { color: #8ab4f8; }
  .card .meta, .card .age { color: #bdc1c6; }
  .card .age { border-top-color: #5f6368; }
  .card .record { border-left-color: #5f6368; background: rgb(255 255 255 / 0.05); }
  .card .record.latest { border-left-color: #8ab4f8; background: rgb(138 180 248 / 0.12); }
}
@media (prefers-reduced-motion: reduce) { .badge { transition: none; } }
`;

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
export function nextShown(shown: readonly boolean[], from: number, step: 1 | -1): number {
  const n = shown.length;
  const start = from < 0 ? (step > 0 ? -1 : n) : from;
  for (let k = 1; k <= n; k++) {
    const i = (((start + step * k) % n) + n) % n;
    if (shown[i]) return i;
  }
  return -1;
}

/** Builds the overlay for `figures`, each with the DOM ranges of its first mention. */
export function createOverlay(
  doc: Document,
  win: Window,
  figures: readonly BadgeFigure[],
  ranges: Range[][],
  context: OverlayContext,
): Overlay {
  const m = context.messages;
  const recordEnd =
    context.readerEnd && context.readerEnd > context.shippedEnd ? context.readerEnd : context.shippedEnd;
  const standings = figures.map((f) => standingOf(f, f.verdict));
  const host = doc.createElement(OVERLAY_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const layer = doc.createElement('div');
  layer.className = context.onDark ? 'layer on-dark' : 'layer';
  // Badges and card speak the extension's language, not the page's: screen readers and fonts follow it.
  layer.lang = catalogueLang(m);
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
  const badges = figures.map((f, i) => {
    const b = prototype.cloneNode(false) as HTMLButtonElement;
    const standing = standings[i] as Standing;
    b.setAttribute('data-kind', f.kind);
    b.setAttribute('data-value', String(f.value));
    b.setAttribute('data-status', f.verdict.status);
    b.setAttribute('data-currency', f.verdict.currency);
    b.setAttribute('data-standing', standing);
    // Worded by the background: the page reads the message catalogue only when a card opens.
    b.setAttribute('aria-label', f.label || badgeLabel(m, f, standing));
    b.textContent = STANDING_SYMBOLS[standing];
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

  const fillCard = (i: number) => {
    const f = figures[i] as BadgeFigure;
    const standing = standings[i] as Standing;
    const v = f.verdict;
    card.replaceChildren();
    const status = doc.createElement('p');
    status.className = 'status';
    status.id = CARD_TITLE_ID;
    const pill = doc.createElement('span');
    pill.className = 'pill';
    pill.dataset.standing = standing;
    pill.textContent = `${STANDING_SYMBOLS[standing]} ${standingLabel(m, standing)}`;
    const what = doc.createElement('span');
    what.className = 'what';
    what.textContent = countText(m, f);
    status.append(pill, ' ', what, ` · ${dateText(m, f.asOf)}`);
    const quote = line(quoteText(m, f.text), 'quote');
    const fig = { ...f, scope: f.scope ?? 'national', incremental: f.incremental === true };
    const reported = { outlet: context.outlet, published: context.published };
    const candidate = isNewerOfficial(fig, standing, recordEnd);
    const parts: Array<HTMLElement | null> = [
      status,
      quote,
      line(headline(m, fig, v, standing, recordEnd, false, reported), 'headline'),
      line(candidate ? lastOfficialLine(m, fig, v) : null),
      line(comparedLine(m, f, v)),
      line(ownDateLine(m, f, v, recordEnd)),
      v.latest ? recordBlock(m('recordLabel_latest'), v.latest, 'latest') : null,
      v.reference && v.reference.id !== v.latest?.id
        ? recordBlock(m('recordLabel_reference'), v.reference, 'reference')
        : null,
      line(mediaLine(m, v), 'meta'),
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
  const showCard = (i: number) => {
    const f = figures[i];
    const rect = rectOf(i);
    if (!f || !rect) return;
    badges[open]?.setAttribute('aria-expanded', 'false');
    open = i;
    badges[i]?.setAttribute('aria-expanded', 'true');
    fillCard(i);
    card.hidden = false;
    // Below the line of text, so the figure it explains stays visible; above it near the bottom edge.
    // Inside the viewport however wide the card is (narrower than the screen on a phone).
    const x = Math.min(rect.left + win.scrollX, win.scrollX + win.innerWidth - card.offsetWidth - 8);
    const below = rect.bottom + 6 + card.offsetHeight < win.innerHeight;
    const y = below ? rect.bottom + win.scrollY + 6 : rect.top + win.scrollY - card.offsetHeight - 6;
    card.style.left = `${Math.max(win.scrollX + 4, x)}px`;
    card.style.top = `${y}px`;
  };
  const hideCard = () => {
    badges[open]?.setAttribute('aria-expanded', 'false');
    open = -1;
    card.hidden = true;
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
      if (!focusStays()) hideCard();
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
  // A badge's own action (a click, Enter or Space) takes the reader into its card, to the source link.
  layer.addEventListener('click', (e) => {
    const i = badgeIndex(e.target);
    if (i < 0) return;
    if (i !== open) showCard(i);
    card.querySelector('a')?.focus();
  });
  layer.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || (badgeIndex(e.target) < 0 && !inCard(e.target))) return;
    // From inside the card, back to its badge; from the badge, focus leaves it. The card closes.
    if (inCard(e.target)) badges[open]?.focus();
    else (e.target as HTMLElement).blur();
    hideCard();
  });

  const reposition = () => {
    // Every read first, then every write: one layout for all the badges, not one per badge (a write
    // between two reads makes the next read lay the page out again).
    const rects = badges.map((_, i) => rectOf(i));
    const sx = win.scrollX;
    const sy = win.scrollY;
    badges.forEach((b, i) => {
      const rect = rects[i];
      if (!rect) {
        if (!b.hidden) b.hidden = true;
        return;
      }
      if (b.hidden) b.hidden = false;
      // Raised like a footnote mark at the figure's top-right corner, in the gap above the line, so it
      // covers neither the figure nor the word after it.
      const left = `${rect.right + sx - 1}px`;
      const top = `${rect.top + sy - 7}px`;
      if (b.style.left !== left) b.style.left = left;
      if (b.style.top !== top) b.style.top = top;
    });
    if (open >= 0) showCard(open);
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
      resizeObserver?.disconnect();
      if (frame) win.cancelAnimationFrame(frame);
      cancelHide();
      host.remove();
    },
  };
}
