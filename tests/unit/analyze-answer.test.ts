import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../scripts/corpus';
import { answerAnalyzeRequest } from '../../utils/background/analyze-request';
import {
  ANALYZE_TEXT,
  type AnalyzeTextReply,
  type AnalyzeTextRequest,
  analyzeTextReplyProblem,
  MAX_ANSWER_FIGURES,
} from '../../utils/contracts/analyze-message';
import { verdictOf } from '../../utils/contracts/checked-figure';
import { publicationDateFromDocument } from '../../utils/engine/text/publication-date';
import { textModelFromDocument, textModelFromPlainText } from '../../utils/engine/text/text-model';
import { SHIPPED } from '../../utils/record/record-set';
import { LINK_FIELDS } from '../../utils/record/verdicts';
import { hindiCatalogue } from './support/catalogues';
import { getMessageEn } from './support/i18n-en';

/**
 * The background's answer names each record once, beside the figures, and each verdict points to its
 * records by id: its shape, the checks the page makes of it on arrival, and its size on a long article.
 */

const TODAY = '2026-01-20';

function request(text: string, published: string | null = '2025-11-08'): AnalyzeTextRequest {
  const model = textModelFromPlainText(text);
  return {
    type: ANALYZE_TEXT,
    url: 'https://www.thehindu.com/news/national/indians-in-russian-army.ece',
    text: model.text,
    blocks: model.blocks,
    published,
    truncated: false,
    page: { canonicalUrl: null, title: '', publisher: '' },
    wordingHeld: null,
  };
}

/** Figures of several kinds and dates: their verdicts name some records more than once. */
const STORY = request(
  [
    'Indians in the Russian army: 44 still serving, 26 killed',
    'As many as 44 Indian nationals are currently serving in the Russian army, the Ministry of External Affairs said on Friday.',
    'In July, 127 Indian nationals had been recruited by the Russian army, of whom 98 were discharged and 12 were killed.',
    'Twenty-six Indians have been killed and seven are missing, the minister told the Rajya Sabha in December.',
    'Between 35 and 40 Indian nationals were believed to be stuck in the Russian army in July 2024.',
  ].join('\n'),
);

const answer = (r: AnalyzeTextRequest = STORY): AnalyzeTextReply =>
  answerAnalyzeRequest(r, TODAY, SHIPPED, getMessageEn);

// biome-ignore lint/suspicious/noExplicitAny: the cases below break the answer's types on purpose.
type Loose = any;

/** A deep copy of the story's answer with one change made by `edit`. */
function broken(edit: (a: Loose) => void): unknown {
  const a = structuredClone(answer()) as Loose;
  edit(a);
  return a;
}

describe("the answer's shape", () => {
  it('names each record its verdicts name once, and every verdict names its records by id', () => {
    const a = answer();
    expect(a.figures.length).toBeGreaterThanOrEqual(5);
    const named = new Set(a.figures.flatMap((f) => LINK_FIELDS.flatMap((field) => f.verdict[field] ?? [])));
    expect(Object.keys(a.records).sort()).toEqual([...named].sort());
    for (const [id, record] of Object.entries(a.records)) expect(record.id).toBe(id);
    // Some record is named by more than one figure, and is sent once all the same.
    const times = new Map<string, number>();
    for (const f of a.figures)
      for (const id of new Set(LINK_FIELDS.flatMap((field) => f.verdict[field] ?? [])))
        times.set(id, (times.get(id) ?? 0) + 1);
    expect(Math.max(...times.values())).toBeGreaterThan(1);
    expect(JSON.stringify(a).split('"speaker":"Kirti Vardhan Singh').length - 1).toBeLessThanOrEqual(
      Object.values(a.records).filter((r) => r.speaker.startsWith('Kirti Vardhan Singh')).length,
    );
  });

  it('carries what extraction knew of each figure, and none of what the page never reads', () => {
    const range = answer().figures.find((f) => f.value === 35);
    expect(range).toMatchObject({ value: 35, high: 40, kind: 'serving', incremental: false, tag: null });
    for (const f of answer().figures) {
      expect(Object.keys(f).sort()).toEqual(
        [
          'asOf',
          'attribution',
          'high',
          'incremental',
          'kind',
          'mentions',
          'qualifier',
          'scope',
          'subject',
          'tag',
          'text',
          'value',
          'verdict',
        ].sort(),
      );
      for (const m of f.mentions) expect(Object.keys(m)).toEqual(['start', 'end']);
    }
  });

  it('gives the verdicts of the old shape back, records in full, from the table', () => {
    const a = answer();
    const killed = a.figures.find((f) => f.value === 26 && f.kind === 'killed');
    const v = killed ? verdictOf(killed, a.records) : null;
    expect(v?.latest).toMatchObject({ id: '2025-12-18-killed-26', value: 26, official: true });
    expect(v?.latest?.source?.url).toMatch(/^https:\/\//);
  });

  it('passes the checks the page makes, also after the structured clone a message goes through', () => {
    expect(analyzeTextReplyProblem(answer(), STORY.text.length)).toBeNull();
    expect(analyzeTextReplyProblem(structuredClone(answer()), STORY.text.length)).toBeNull();
  });
});

/**
 * The page checks, on every answer and cold, what it paints from: each figure's value, kind, verdict and
 * mentions, and that every record a verdict names is there. The background checks every field of every
 * figure and record it is told of in the page's result (tests/unit/messages.test.ts).
 */
describe('the checks of an answer on arrival', () => {
  const first = (a: Loose) => a.figures.find((f: Loose) => f.verdict.latest !== null);
  it.each<[string, unknown, RegExp]>([
    [
      'a verdict naming a record the answer lacks',
      broken((a) => {
        delete a.records[first(a).verdict.latest];
      }),
      /figures\[\d+\]\.verdict\.(reference|latest): names record "[^"]+", which records lacks/,
    ],
    ['no records', broken((a) => delete a.records), /^records: must be an object/],
    [
      'a record named by no figure',
      broken((a) => {
        a.records.extra = { ...a.records[first(a).verdict.latest], id: 'extra' };
      }),
      /records: "extra" is named by no figure/,
    ],
    [
      'a record under the id of another',
      broken((a) => {
        const id = first(a).verdict.latest;
        a.records[id] = { ...a.records[id], id: 'elsewhere' };
      }),
      /\.id: must be the key it is kept under/,
    ],
    [
      'a record that is not one',
      broken((a) => {
        a.records[first(a).verdict.latest] = 'a record';
      }),
      /records\["[^"]+"\]: must be an object/,
    ],
    [
      'a verdict with a record in full where its id goes',
      broken((a) => {
        const f = first(a);
        f.verdict.latest = a.records[f.verdict.latest];
      }),
      /verdict\.latest: must be a string/,
    ],
    [
      'a figure of an unknown kind',
      broken((a) => (a.figures[0].kind = 'wounded')),
      /figures\[0\]: must be a figure/,
    ],
    [
      'a verdict that is not one',
      broken((a) => (a.figures[0].verdict = 'confirmed')),
      /verdict: must be an object/,
    ],
    [
      'a mention outside the text',
      broken((a) => {
        a.figures[0].mentions = [{ start: 0, end: 10_000 }];
      }),
      /figures\[0\]\.mentions: must lie inside the text/,
    ],
    [
      'a mention with more than its span',
      broken((a) => {
        a.figures[0].mentions = [{ ...a.figures[0].mentions[0], html: '<b>' }];
      }),
      /figures\[0\]\.mentions/,
    ],
    ['an unknown currency', broken((a) => (a.figures[0].verdict.currency = 'stale')), /verdict\.currency/],
    ['a label short of a figure', broken((a) => a.labels.pop()), /labels: one short string per figure/],
    [
      'more figures than any page has',
      broken((a) => {
        a.figures = Array.from({ length: MAX_ANSWER_FIGURES + 1 }, () => a.figures[0]);
      }),
      new RegExp(`figures: more than ${MAX_ANSWER_FIGURES}`),
    ],
  ])('refuses %s', (_name, reply, problem) => {
    expect(analyzeTextReplyProblem(reply, STORY.text.length)).toMatch(problem);
  });

  it('takes the chosen language from the catalogue the annotator holds, and refuses an answer with neither', () => {
    const hindi = hindiCatalogue();
    const worded = { ...answer(), wordingLang: 'hi' };
    expect(analyzeTextReplyProblem({ ...worded, wording: hindi }, STORY.text.length)).toBeNull();
    expect(analyzeTextReplyProblem(worded, STORY.text.length, 'hi')).toBeNull();
    expect(analyzeTextReplyProblem(worded, STORY.text.length)).toMatch(/catalogue of "hi" is missing/);
    expect(analyzeTextReplyProblem(worded, STORY.text.length, 'ta')).toMatch(/catalogue of "hi" is missing/);
    expect(
      analyzeTextReplyProblem({ ...worded, wording: { ...hindi, lang: 'ta' } }, STORY.text.length),
    ).toMatch(/wording: must be the catalogue of wordingLang/);
  });
});

/** About 10,000 words of topic reporting, as `npm run bench:browser` builds its article: the corpus's paragraphs. */
function longArticle(): AnalyzeTextRequest {
  const pool: Array<[string, number]> = [];
  for (const page of loadCorpus().filter((p) => p.gold.relevant && p.file.endsWith('.html'))) {
    const { document } = parseHTML(page.content);
    for (const p of Array.from(document.querySelectorAll('p'))) {
      const text = (p.textContent ?? '').trim();
      if (text.length < 120 || !/Indian|Russia/.test(text)) continue;
      pool.push([`<p>${p.innerHTML}</p>`, text.split(/\s+/).length]);
    }
  }
  const paragraphs: string[] = [];
  let words = 0;
  for (let i = 0; words < 10_000 && pool.length > 0; i++) {
    const [html, n] = pool[i % pool.length] as [string, number];
    paragraphs.push(html);
    words += n;
  }
  const { document } = parseHTML(
    `<!doctype html><html><head><title>Indians in the Russian army, 2024 to 2025</title></head><body><article><h1>Indians in the Russian army, 2024 to 2025</h1>${paragraphs.join('\n')}</article></body></html>`,
  );
  const doc = document as unknown as Document;
  const model = textModelFromDocument(doc);
  return {
    type: ANALYZE_TEXT,
    url: 'https://www.thehindu.com/news/national/indians-in-the-russian-army.ece',
    text: model.text,
    blocks: model.blocks,
    published: publicationDateFromDocument(doc),
    truncated: model.truncated,
    page: { canonicalUrl: null, title: '', publisher: '' },
    wordingHeld: null,
  };
}

describe("the answer's size on a long article", () => {
  it('is well under the shape that gave each verdict its records in full', () => {
    const a = answer(longArticle());
    expect(a.figures.length).toBeGreaterThan(80);
    const bytes = JSON.stringify(a).length;
    // The same answer as it was sent before: each figure with the fields the page never read (its
    // first span, and a range's ends) and each verdict with its five records in full, beside the figures.
    const { records: _records, ...rest } = a;
    const before = JSON.stringify({
      ...rest,
      figures: a.figures.map(({ verdict: _v, ...f }) => ({ ...f, start: 0, end: 0 })),
      verdicts: a.figures.map((f) => verdictOf(f, a.records)),
    }).length;
    expect(bytes).toBeLessThan(0.6 * before);
    // Under 1 KB a figure, records included: with its records in full, each verdict took about 1.6 KB.
    expect(bytes / a.figures.length).toBeLessThan(1000);
    expect(before / a.figures.length).toBeGreaterThan(1400);
    expect(analyzeTextReplyProblem(a, longArticle().text.length)).toBeNull();
  });
});
