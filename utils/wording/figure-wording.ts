import type { FigureKind, PartialDate, Qualifier, Subject } from '../engine/figure-types';
import type { Standing } from '../record/standing';
import type { RecordRef, Verdict } from '../record/verdicts';
import { catalogueLang, countIn, dateIn } from './locale-format';

/**
 * Every sentence a reader sees about a figure, in the in-page card and in the popup alike, built from
 * the extension's message catalogue (`public/_locales/<lang>/messages.json`). The catalogue comes in as
 * a function, so this stays pure: the popup passes `browser.i18n.getMessage` or the catalogue the reader
 * chose, the annotator the page's `chrome.i18n.getMessage` or the catalogue the background sent, the
 * tests the English file. Numbers and dates are written by Intl in the catalogue's language
 * (`htmlLang`): locale-format.ts.
 */
export type Messages = (key: string, substitutions?: string[]) => string;

/** "8 Nov 2025", "Jul 2025", or "undated"; in Hindi "8 नवंबर 2025". */
export function dateText(m: Messages, d: PartialDate): string {
  if (!d) return m('dateNotGiven');
  return dateIn(catalogueLang(m), d);
}

/** A count in the catalogue's language: "1,426", "1,00,000". */
export const numberText = (m: Messages, n: number): string => countIn(catalogueLang(m), n);

/** "44", "about 20", "at least 44", "35–40": the qualifier is never dropped. */
export function valueText(m: Messages, value: number, qualifier: Qualifier, high?: number | null): string {
  if (high !== undefined && high !== null) {
    const range = m('valueRange', [numberText(m, value), numberText(m, high)]);
    return qualifier === 'approx' ? m('qualifier_approx', [range]) : range;
  }
  return m(`qualifier_${qualifier}`, [numberText(m, value)]);
}

/** "still serving", "awaiting discharge", "killed" ... as it follows a number. */
const kindText = (m: Messages, kind: FigureKind): string => m(`kind_${kind}`);

interface Counted {
  value: number;
  qualifier: Qualifier;
  kind: FigureKind;
  high?: number | null;
  /** For a related count: what it counts ("remains repatriated"). */
  tag?: string | null;
}

/** "at least 44 still serving", "26 killed", "35–40 still serving", "10 remains repatriated". */
export function countText(m: Messages, f: Counted): string {
  const value = valueText(m, f.value, f.qualifier, f.high);
  if (f.kind === 'other' && f.tag) {
    const what = m(`tag_${f.tag}`);
    if (what && what !== `tag_${f.tag}`) return m('countOfTag', [value, what]);
  }
  return m('countOfKind', [value, kindText(m, f.kind)]);
}

export const standingLabel = (m: Messages, s: Standing): string => m(`standing_${s}`);

/**
 * The figure as written, in quotation marks. Extracted clauses are often cut mid-sentence ("...
 * engagement between the"): those say so. A Hindi or Marathi sentence ends with a danda (।).
 */
export function quoteText(m: Messages, text: string): string {
  const s = text.trim();
  return /[.!?…"”')\]।]$/.test(s) ? m('quoted', [s]) : m('quotedCut', [s]);
}

/** A badge's accessible name: "127 recruited in all, Jul 2025: Out of date". */
export function badgeLabel(m: Messages, f: Counted & { asOf: PartialDate }, standing: Standing): string {
  return m('badgeLabel', [countText(m, f), dateText(m, f.asOf), standingLabel(m, standing)]);
}

/**
 * Where a record was said, else who said it, without the record's asides: "Rajya Sabha written reply",
 * not "... (Q. by Saket Gokhale, TMC ...)".
 */
export const venueOf = (r: Pick<RecordRef, 'venue' | 'speaker'>): string =>
  (r.venue || r.speaker).replace(/\s*\([^)]*\)\s*$/, '');

/**
 * A record as one phrase: "26 killed, 18 Dec 2025, Rajya Sabha written reply"; `short` leaves out where
 * (the popup's one-line answer, whose list of latest figures below says it).
 */
function recordText(m: Messages, r: RecordRef & { tag?: string | null }, short = false): string {
  return short
    ? m('recordPhraseShort', [countText(m, r), dateText(m, r.date)])
    : m('recordPhrase', [countText(m, r), dateText(m, r.date), venueOf(r)]);
}

export interface HeadlineFigure extends Counted {
  subject: Subject;
  asOf: PartialDate;
  scope: 'national' | 'group';
  incremental: boolean;
  attribution?: { speaker: string } | null;
}

/** The page a figure was read on: its outlet and publication date. */
export interface ReportedOn {
  outlet: string;
  published: PartialDate;
}

/** A figure dated after the record that the page attributes to an official: a candidate. */
export function isNewerOfficial(figure: HeadlineFigure, standing: Standing, recordEnd: string): boolean {
  return standing === 'newer' && !!figure.attribution && !!figure.asOf && figure.asOf > recordEnd;
}

/**
 * The card's and the popup's first sentence: is it current, and against what. A figure newer than the
 * record that the page attributes to an official says where it was reported and who gave it.
 */
export function headline(
  m: Messages,
  figure: HeadlineFigure,
  verdict: Pick<Verdict, 'latest'>,
  standing: Standing,
  recordEnd: string,
  short = false,
  reported?: ReportedOn,
): string {
  const latest = verdict.latest;
  if (reported && figure.attribution && isNewerOfficial(figure, standing, recordEnd))
    return candidateLine(m, reported.outlet, reported.published ?? figure.asOf, figure.attribution.speaker);
  // A related count's record counts what the figure counts (they are compared by sub-label).
  const said = (r: RecordRef) => recordText(m, r.kind === 'other' ? { ...r, tag: figure.tag } : r, short);
  switch (standing) {
    case 'current':
      return latest ? m('headlineCurrent', [said(latest)]) : standingLabel(m, standing);
    case 'superseded':
      return latest ? m('headlineSuperseded', [said(latest)]) : standingLabel(m, standing);
    case 'differs':
      return latest ? m('headlineDiffers', [said(latest)]) : standingLabel(m, standing);
    case 'newer':
      if (!latest) return standingLabel(m, standing);
      return figure.asOf && figure.asOf > recordEnd
        ? m('headlineNewerThanRecord', [said(latest)])
        : m('headlineNewer', [said(latest)]);
    case 'unknown':
      if (figure.scope === 'group') return m('headlineGroup');
      if (figure.subject !== 'indian' && figure.kind !== 'other') return m('headlineOtherNationals');
      if (figure.incremental) return m('headlineIncremental');
      if (latest && !figure.asOf) return m('headlineUndated', [said(latest)]);
      return m('headlineNoRecord');
  }
}

/** Under a candidate's headline: the last official figure it is newer than. */
export function lastOfficialLine(
  m: Messages,
  figure: HeadlineFigure,
  verdict: Pick<Verdict, 'latest'>,
): string | null {
  const r = verdict.latest;
  if (!r) return null;
  return m('lastOfficial', [recordText(m, r.kind === 'other' ? { ...r, tag: figure.tag } : r)]);
}

/**
 * The second sentence: how the figure compared with the official figure of its own time. Nothing for a
 * figure dated after the record ends: the record has no figure of its time.
 */
export function ownDateLine(
  m: Messages,
  figure: { asOf: PartialDate },
  verdict: Pick<Verdict, 'status' | 'reference' | 'latest'>,
  recordEnd?: string,
): string | null {
  if (recordEnd && figure.asOf && figure.asOf > recordEnd) return null;
  const r = verdict.reference;
  switch (verdict.status) {
    case 'confirmed':
      if (!r || r.id === verdict.latest?.id) return null;
      return m('ownDateConfirmed', [dateText(m, r.date), valueText(m, r.value, r.qualifier)]);
    case 'conflicts':
      if (!r || r.id === verdict.latest?.id) return null;
      return m('ownDateConflicts', [dateText(m, r.date), valueText(m, r.value, r.qualifier)]);
    case 'unconfirmed':
      return figure.asOf ? m('ownDateNone', [dateText(m, figure.asOf)]) : null;
    case 'no_record':
      return null;
  }
}

/** When the latest figure is of the other still-there kind: say that it counts the same men. */
export function comparedLine(
  m: Messages,
  figure: { kind: FigureKind },
  verdict: Pick<Verdict, 'latest'>,
): string | null {
  const latest = verdict.latest;
  if (!latest || latest.kind === figure.kind) return null;
  return m('comparedWith', [kindText(m, latest.kind), kindText(m, figure.kind)]);
}

/** "A media report said about 24 (9 Jul 2024)": below the official figures, never their equal. */
export function mediaLine(m: Messages, verdict: Pick<Verdict, 'media'>): string | null {
  const r = verdict.media;
  if (!r) return null;
  return m('mediaSaid', [valueText(m, r.value, r.qualifier), dateText(m, r.date), venueOf(r)]);
}

/** "Official figures up to 18 Dec 2025", and the reader's own accepted ones when there are later ones. */
export function recordAgeLine(m: Messages, shippedEnd: string, readerEnd: string | null): string {
  return readerEnd && readerEnd > shippedEnd
    ? m('recordAgeReader', [dateText(m, shippedEnd), dateText(m, readerEnd)])
    : m('recordAge', [dateText(m, shippedEnd)]);
}

/** Said of a page published after the record ends. */
export function newerPageLine(m: Messages, published: PartialDate, recordEnd: string): string | null {
  return published && published > recordEnd ? m('pageNewerThanRecord', [dateText(m, recordEnd)]) : null;
}

/** "Newer than our record: reported by The Hindu on 12 Mar 2026, attributed to MEA spokesperson." */
function candidateLine(m: Messages, outlet: string, date: PartialDate, speaker: string): string {
  return m('candidateLine', [outlet, dateText(m, date), speaker]);
}
