import { attributionFrom, type Reading, readSentence, SENTENCES_BACK } from './attribution';
import { classifyMention, isNotACount, kindNamedIn } from './classify-figure';
import { findTimeExpressions, resolveAsOf, type TimeExpression } from './figure-dates';
import { scopeOf } from './figure-scope';
import type { Attribution, Figure, PartialDate, Qualifier, Span } from './figure-types';
import { alternation } from './languages';
import { latinOf } from './languages/scripts';
import { inferOtherTag } from './other-tags';
import { type NumberMention, readNumbers } from './read-numbers';
import { spanIndexAt, splitSentences } from './sentences';
import type { TextBlock, TextModel } from './text/text-model';

const QUALIFIER_RANK: Record<Qualifier, number> = { exact: 3, at_least: 2, at_most: 2, approx: 1 };

/**
 * Every run of whitespace as one space. Only runs of two or more, and whitespace other than a space,
 * need replacing: a single space stays as it is, so the text model's clean text has nothing to replace.
 */
function collapse(s: string): string {
  return s.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

const SNIPPET_MAX = 180;

/**
 * The figure as written, for a reader: from the number (or the sentence start when it is near) to the
 * end of the clause that decided, extended to the next punctuation so it never stops mid-phrase.
 */
function snippet(text: string, sentence: Span, start: number, clauseEnd: number): string {
  const from = start - sentence.start <= 40 ? sentence.start : start;
  const clause = Math.max(clauseEnd, start);
  // The next punctuation within the sentence, looked for in a bounded window: a sentence with no
  // stops at all must not make every figure scan to its end.
  const limit = Math.min(sentence.end, clause + SNIPPET_MAX);
  const stop = /[,;.!?:)—।]/.exec(text.slice(clause, limit));
  const end = stop ? clause + stop.index : limit;
  let out = collapse(text.slice(from, Math.min(end, from + SNIPPET_MAX * 2))).replace(/["'”’]+$/, '');
  if (out.length > SNIPPET_MAX) {
    const cut = out.lastIndexOf(' ', SNIPPET_MAX);
    out = `${out.slice(0, cut > 0 ? cut : SNIPPET_MAX)} …`;
  }
  return out;
}

interface Candidate extends Figure {
  inTitle: boolean;
  denominator: boolean;
  /** True when a time expression placed the figure; false when it took the publication date. */
  dated: boolean;
}

/**
 * Every figure of the article: numbers that count people of the story, classified and dated. A
 * figure stated several times (headline, lead, quote) is returned once, with all its mentions.
 */
export function extractFigures(model: TextModel, published: PartialDate): Figure[] {
  const { text, blocks } = model;
  const latin = latinOf(text);
  // Years, prices, ages and dates go first, so that they neither cost the classifier time nor cut
  // the clauses of the figures around them ("recruited since 2022 at more than 150").
  const mentions: NumberMention[] = [];
  let droppedLow = false;
  for (const m of readNumbers(text)) {
    // "aged between 22 and 35": when the low end is no count, neither is the high one.
    const drop: boolean = (m.range === 'high' && droppedLow) || isNotACount(text, m);
    droppedLow = m.range === 'low' && drop;
    if (!drop) mentions.push(m);
  }
  const candidates: Candidate[] = [];
  // Sentences and time expressions are read only in paragraphs that hold a number, once each.
  let blockIndex = -1;
  let sentences: Span[] = [];
  let times: TimeExpression[] | null = null;
  // Each sentence read once for who gives its figures, and each figure's attribution once per sentence.
  const readings = new Map<number, Reading>();
  const readingOf = (span: Span): Reading => {
    let r = readings.get(span.start);
    if (!r) {
      r = readSentence(text.slice(span.start, span.end));
      readings.set(span.start, r);
    }
    return r;
  };
  const attributions = new Map<number, Attribution | null>();
  const attributionAt = (bi: number, si: number): Attribution | null => {
    const key = (sentences[si] as Span).start;
    let found = attributions.get(key);
    if (found === undefined) {
      const own: Reading[] = [];
      for (let k = si; k >= 0 && k >= si - SENTENCES_BACK; k--) own.push(readingOf(sentences[k] as Span));
      found = attributionFrom(own, () => {
        // "..., he said": the end of the paragraph before.
        const before = blocks[bi - 1];
        if (before?.role !== 'body') return [];
        const previous = splitSentences(text, [before]);
        return previous
          .slice(-1 - SENTENCES_BACK)
          .reverse()
          .map(readingOf);
      });
      attributions.set(key, found);
    }
    return found;
  };

  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as NumberMention;
    const bi = spanIndexAt(blocks, m.start);
    if (bi < 0) continue;
    const block = blocks[bi] as TextBlock;
    if (bi !== blockIndex) {
      blockIndex = bi;
      sentences = splitSentences(text, [block]);
      times = null;
    }
    const si = spanIndexAt(sentences, m.start);
    if (si < 0) continue;
    const sentence = sentences[si] as Span;
    const inSentence = (x: NumberMention | undefined) =>
      x && x.start >= sentence.start && x.end <= sentence.end ? x : undefined;
    // The two ends of a range are read as one phrase: "20-25 individuals who wish to be released".
    const low = m.range === 'low' && mentions[i + 1]?.range === 'high' ? m : undefined;
    const high = low ? (mentions[i + 1] as NumberMention) : m;
    const j = low ? i + 1 : i;
    const phrase = low ? { ...high, start: low.start } : m;
    const c = classifyMention(phrase, {
      text,
      latin,
      sentence,
      prev: inSentence(mentions[i - 1]),
      next: inSentence(mentions[j + 1]),
      afterNext: inSentence(mentions[j + 2]),
    });
    if (low) i++;
    if (!c) continue;
    times ??= findTimeExpressions(text, published, block.start, block.end);
    const clause = {
      start: Math.max(sentence.start, mentions[i - 1 - (low ? 1 : 0)]?.end ?? 0),
      end: Math.min(sentence.end, mentions[j + 1]?.start ?? sentence.end),
    };
    const asOf = resolveAsOf(m.start, sentence, block, times, published, clause);
    let kind = c.kind;
    if (kind === 'inherit') {
      // "..., which had shrunk to 18": the figure before in the same sentence. "The missing count has
      // gone down. It stood at 16 ...": the kind the sentence before names, else the figure before.
      const last = candidates[candidates.length - 1];
      const previous = sentences[si - 1];
      const named =
        previous && !(last && last.start >= sentence.start)
          ? kindNamedIn(text.slice(previous.start, previous.end), latin)
          : null;
      if (named) kind = named;
      else if (last) kind = last.kind;
      else continue;
    }
    const figureText = snippet(text, sentence, low?.start ?? m.start, c.clause.end);
    const attribution = attributionAt(bi, si);
    // Whose count is read in the words after the number: in its deciding clause, or, where the words
    // before it decided ("भर्ती हुए 7 तरुण पुणे जिल्ह्यातील आहेत"), up to the next number.
    const scopeEnd =
      c.clause.end > m.end ? c.clause.end : Math.min(sentence.end, mentions[j + 1]?.start ?? sentence.end);
    for (const part of low ? [low, high] : [m]) {
      const candidate: Candidate = {
        value: part.value,
        kind,
        qualifier: part.qualifier,
        subject: c.subject,
        asOf,
        text: figureText,
        start: part.start,
        end: part.end,
        mentions: [{ start: part.start, end: part.end }],
        inTitle: block.role === 'title',
        denominator: c.denominator,
        dated: asOf !== published,
      };
      if (part.odd) candidate.odd = true;
      if (c.incremental) candidate.incremental = true;
      if (
        scopeOf(text, part.start, part.end, scopeEnd, latin) === 'group' ||
        partOfGroup(text, candidates[candidates.length - 1], sentence, part.start, part.end)
      )
        candidate.scope = 'group';
      if (attribution) candidate.attribution = attribution;
      if (low) candidate.range = { low: low.value, high: high.value };
      if (kind === 'other') {
        const tag = tagOf(text, sentence, part.start, c.clause.end);
        if (tag) candidate.tag = tag;
      }
      candidates.push(candidate);
    }
  }
  return mergeCandidates(candidates, published);
}

/** "12 men had gone from Doaba villages, out of which three have died": a part of a group is the group's. */
const PARTITIVE_BETWEEN = new RegExp(
  `\\b(?:out of (?:which|whom|them|these)|of (?:whom|them|these)|among them)\\b|${alternation((l) => l.scope?.partitive)}`,
  'i',
);

/** "... and three of them have died": a part counted out of what was just counted. */
const PARTITIVE_AFTER = /^\s*(?:of|among) (?:them|whom|these|those)\b/i;

/** "four in the group were released, while three stayed behind": a bare count goes on with the group. */
const BARE_GOING_ON = /^[^.;]{0,80}\b(?:while|and|but|whereas)\s+(?:the (?:other|remaining|rest)\s+)?$/i;
const BARE_VERB_AFTER = /^\s+(?:were|was|are|is|have|has|had|stayed|remain\w*|died|returned|came|went)\b/i;

function partOfGroup(
  text: string,
  last: Candidate | undefined,
  sentence: Span,
  start: number,
  end: number,
): boolean {
  return (
    last?.scope === 'group' &&
    last.start >= sentence.start &&
    start - last.end < 200 &&
    (PARTITIVE_BETWEEN.test(text.slice(last.end, start)) ||
      PARTITIVE_AFTER.test(text.slice(end, end + 20)) ||
      (BARE_GOING_ON.test(text.slice(last.end, start)) && BARE_VERB_AFTER.test(text.slice(end, end + 20))))
  );
}

function tagOf(text: string, sentence: Span, start: number, clauseEnd: number): string | undefined {
  const from = Math.max(sentence.start, start - 60);
  return inferOtherTag(
    text.slice(from, Math.max(clauseEnd, Math.min(sentence.end, start + 40))),
    start - from,
  );
}

const keyOf = (f: Figure) => `${f.kind}|${f.value}|${f.subject}|${f.asOf ?? ''}|${f.incremental ? '+' : ''}`;

function mergeInto(
  target: Figure,
  extra: Span & { qualifier: Qualifier; attribution?: Attribution },
  upgradeQualifier: boolean,
): void {
  target.mentions.push({ start: extra.start, end: extra.end });
  // A figure restated with its source ("the MEA said 44 are serving") takes that source.
  if (!target.attribution && extra.attribution) target.attribution = extra.attribution;
  if (upgradeQualifier && QUALIFIER_RANK[extra.qualifier] > QUALIFIER_RANK[target.qualifier])
    target.qualifier = extra.qualifier;
}

function strip(c: Candidate): Figure {
  const { inTitle: _t, denominator: _d, dated: _x, ...figure } = c;
  return figure;
}

function withinDays(a: string, b: string, days: number): boolean {
  if (a.length !== 10 || b.length !== 10) return a.slice(0, 7) === b.slice(0, 7);
  return Math.abs(Date.parse(a) - Date.parse(b)) <= days * 86_400_000;
}

function mergeCandidates(candidates: Candidate[], published: PartialDate): Figure[] {
  const figures: Figure[] = [];
  const byKey = new Map<string, Figure>();
  const byValue = new Map<number, Figure[]>();
  // Dated figures of the days just before publication, by everything but the date.
  const recent = new Map<string, Figure>();
  const undatedKey = (f: Figure) => `${f.kind}|${f.value}|${f.subject}|${f.qualifier}`;
  const add = (c: Candidate) => {
    const key = keyOf(c);
    const existing = byKey.get(key);
    if (existing) {
      mergeInto(existing, c, true);
      return;
    }
    const figure = strip(c);
    byKey.set(key, figure);
    figures.push(figure);
    const list = byValue.get(figure.value);
    if (list) list.push(figure);
    else byValue.set(figure.value, [figure]);
    if (c.dated && published && figure.asOf && withinDays(figure.asOf, published, 7)) {
      const k = undatedKey(figure);
      if (!recent.has(k)) recent.set(k, figure);
    }
  };
  const body = candidates.filter((c) => !c.inTitle && !c.denominator);
  for (const c of body) if (c.dated) add(c);
  for (const c of body) {
    if (c.dated) continue;
    // A figure restated without a date ("20-odd are stuck", he said) is the one the article dated a
    // few days before publication ("on Thursday ... about 20").
    const same = recent.get(undatedKey(c));
    if (same) mergeInto(same, c, false);
    else add(c);
  }
  // Headline numbers and partitive totals ("eight of the 91") restate a figure of the body when one
  // has the same value; otherwise they stand on their own.
  for (const c of candidates) {
    if (!c.inTitle && !c.denominator) continue;
    const sameValue = byValue.get(c.value) ?? [];
    const match = sameValue.find((f) => f.kind === c.kind) ?? sameValue[0];
    if (match) mergeInto(match, c, false);
    else add(c);
  }
  for (const f of figures) f.mentions.sort((a, b) => a.start - b.start);
  figures.sort((a, b) => a.start - b.start);
  return figures;
}
