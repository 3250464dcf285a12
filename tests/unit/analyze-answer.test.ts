import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { topicParagraphs } from '../../scripts/support/topic-paragraphs';
import { analyzeInFull, answerAnalyzeRequest } from '../../utils/background/analyze-request';
import {
  ANALYZE_TEXT,
  type AnalyzeTextReply,
  type AnalyzeTextRequest,
  analyzeTextReplyProblem,
} from '../../utils/contracts/analyze-message';
import { verdictOf } from '../../utils/contracts/checked-figure';
import { publicationDateFromDocument } from '../../utils/engine/text/publication-date';
import { textModelFromDocument, textModelFromPlainText } from '../../utils/engine/text/text-model';
import { type RecordSet, recordSetWith, SHIPPED } from '../../utils/record/record-set';
import { standingOf } from '../../utils/record/standing';
import { LINK_FIELDS } from '../../utils/record/verdicts';
import { hindiCatalogue } from './support/catalogues';
import { getMessageEn } from './support/i18n-en';

/**
 * The background's answer carries what the page paints; the answer it keeps for the tab names each
 * record once, beside the figures, and each verdict points to its records by id: their shapes, the
 * checks the page makes of the answer on arrival, and its size on a long article.
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
const STORY_LINES = [
  'Indians in the Russian army: 44 still serving, 26 killed',
  'As many as 44 Indian nationals are currently serving in the Russian army, the Ministry of External Affairs said on Friday.',
  'In July, 127 Indian nationals had been recruited by the Russian army, of whom 98 were discharged and 12 were killed.',
  'Twenty-six Indians have been killed and seven are missing, the minister told the Rajya Sabha in December.',
  'Between 35 and 40 Indian nationals were believed to be stuck in the Russian army in July 2024.',
];
const STORY = request(STORY_LINES.join('\n'));

const answer = (r: AnalyzeTextRequest = STORY): AnalyzeTextReply =>
  answerAnalyzeRequest(r, TODAY, SHIPPED, getMessageEn);

/** The same answer in full, as the background keeps it for the tab (its cards' details). */
const kept = (r: AnalyzeTextRequest = STORY) => analyzeInFull(r, TODAY, SHIPPED, getMessageEn).kept;

/** Whether the page is on the topic, and each figure as far as the page compares it between re-reads. */
function compared(r: AnalyzeTextRequest, set: RecordSet = SHIPPED) {
  const { reply, kept } = analyzeInFull(r, TODAY, set);
  return {
    fingerprint: reply.fingerprint,
    relevant: kept.relevant,
    figures: kept.figures.map((f) => ({
      value: f.value,
      high: f.high ?? null,
      kind: f.kind,
      asOf: f.asOf,
      status: f.verdict.status,
      currency: f.verdict.currency,
      latest: f.verdict.latest ?? null,
    })),
  };
}
type Compared = ReturnType<typeof compared>;

/** Where `b`'s figures differ from `a`'s: `index.field`, and how many figures when that differs. */
function differences(a: Compared, b: Compared): string[] {
  const found = a.figures.flatMap((f, i) => {
    const g = b.figures[i];
    if (!g) return [];
    return (Object.keys(f) as Array<keyof typeof f>).filter((k) => f[k] !== g[k]).map((k) => `${i}.${k}`);
  });
  if (a.figures.length !== b.figures.length)
    found.push(`${a.figures.length} figures, now ${b.figures.length}`);
  return found;
}

// biome-ignore lint/suspicious/noExplicitAny: the cases below break the answer's types on purpose.
type Loose = any;

/** A deep copy of the story's answer with one change made by `edit`. */
function broken(edit: (a: Loose) => void): unknown {
  const a = structuredClone(answer()) as Loose;
  edit(a);
  return a;
}

describe("the answer's shape", () => {
  it('keeps each record its verdicts name once, and every verdict names its records by id', () => {
    const a = kept();
    expect(a.figures.length).toBeGreaterThanOrEqual(5);
    const named = new Set(a.figures.flatMap((f) => LINK_FIELDS.flatMap((field) => f.verdict[field] ?? [])));
    expect(Object.keys(a.records).sort()).toEqual([...named].sort());
    for (const [id, record] of Object.entries(a.records)) expect(record.id).toBe(id);
    // Some record is named by more than one figure, and is kept once all the same.
    const times = new Map<string, number>();
    for (const f of a.figures)
      for (const id of new Set(LINK_FIELDS.flatMap((field) => f.verdict[field] ?? [])))
        times.set(id, (times.get(id) ?? 0) + 1);
    expect(Math.max(...times.values())).toBeGreaterThan(1);
  });

  it('keeps what extraction knew of each figure, in the shared shape', () => {
    const range = kept().figures.find((f) => f.value === 35);
    expect(range).toMatchObject({ value: 35, high: 40, kind: 'serving', incremental: false, tag: null });
  });

  it("sends the page only what badges and highlights paint, each figure's standing worked out from its latest record", () => {
    const { reply: a, kept: full } = analyzeInFull(STORY, TODAY, SHIPPED, getMessageEn);
    expect(a.id).toBe(full.id);
    expect(a.figures).toHaveLength(full.figures.length);
    expect(a).not.toHaveProperty('records');
    a.figures.forEach((f, i) => {
      expect(Object.keys(f).sort()).toEqual(['currency', 'kind', 'mentions', 'standing', 'status', 'value']);
      for (const m of f.mentions) expect(Object.keys(m)).toEqual(['start', 'end']);
      const whole = full.figures[i];
      if (!whole) throw new Error(`no figure ${i} kept`);
      expect(f).toMatchObject({
        value: whole.value,
        kind: whole.kind,
        status: whole.verdict.status,
        currency: whole.verdict.currency,
        standing: standingOf(whole, verdictOf(whole, full.records)),
      });
    });
    // Not every figure of the story stands alike: the standing is each figure's own.
    expect(new Set(a.figures.map((f) => f.standing)).size).toBeGreaterThan(1);
  });

  it('gives the verdicts of the old shape back, records in full, from the table kept', () => {
    const a = kept();
    const killed = a.figures.find((f) => f.value === 26 && f.kind === 'killed');
    const v = killed ? verdictOf(killed, a.records) : null;
    expect(v?.latest).toMatchObject({ id: '2025-12-18-killed-26', value: 26, official: true });
    expect(v?.latest?.source?.url).toMatch(/^https:\/\//);
  });

  it('fingerprints what the page compares between re-reads: the same for the same figures, another when a figure changes', () => {
    const story = compared(STORY);
    // Another answer to the same page, by another name and with its badges named: the same.
    expect(answer().fingerprint).toBe(story.fingerprint);
    expect(story.fingerprint).toMatch(/^[0-9a-z]{14}$/);
    // Each change made where the page's text, its date or the record changes it, and nothing else.
    const [serving] = SHIPPED.records.filter((r) => r.id === '2025-12-18-awaiting_discharge-50');
    if (!serving) throw new Error('no such record');
    const later = { ...serving, id: '2026-01-10-awaiting_discharge-60', date: '2026-01-10', value: 60 };
    const lastLine = (edit: (line: string) => string) =>
      request([...STORY_LINES.slice(0, -1), edit(STORY_LINES.at(-1) ?? '')].join('\n'));
    const changed: Array<[Compared, string[]]> = [
      [compared(lastLine((l) => l.replace('and 40', 'and 45'))), ['6.high']],
      [compared(request(STORY.text, '2025-11-15')), ['0.asOf']],
      [compared(STORY, recordSetWith([later])), ['0.latest', '6.latest']],
      [compared(request(STORY_LINES.slice(0, -1).join('\n'))), ['7 figures, now 6']],
    ];
    for (const [c, what] of changed) {
      expect(differences(story, c)).toEqual(what);
      expect(c.fingerprint).not.toBe(story.fingerprint);
    }
    // Whether the page is on the topic: two pages with no figures, one on it and one off it.
    const on = compared(
      request(
        'Indians in the Russian army\nThe families of Indian nationals recruited into the Russian army met the Ministry of External Affairs, asking for their return from Russia.',
      ),
    );
    const off = compared(
      request('Cricket: India beat Australia\nThe Indian team won the match in Mumbai on Sunday.'),
    );
    expect([on.relevant, on.figures, off.relevant, off.figures]).toEqual([true, [], false, []]);
    const all = [story, on, off, ...changed.map(([c]) => c)].map((c) => c.fingerprint);
    expect(new Set(all).size).toBe(all.length);
  });

  it('passes the checks the page makes, also after the structured clone a message goes through', () => {
    expect(analyzeTextReplyProblem(answer(), STORY.text.length)).toBeNull();
    expect(analyzeTextReplyProblem(structuredClone(answer()), STORY.text.length)).toBeNull();
  });
});

/**
 * The page checks, on every answer and cold, what it paints from: each figure's value, kind, status,
 * currency, standing and mentions. A card's details it checks when they come, as much as the card
 * paints from (figureDetailsPaintProblem, tests/unit/background.test.ts).
 */
describe('the checks of an answer on arrival', () => {
  it.each<[string, unknown, RegExp]>([
    ['no fingerprint', broken((a) => delete a.fingerprint), /^fingerprint: must be a short hash/],
    ['no name', broken((a) => (a.id = 'an answer!')), /^id: must name an answer/],
    ['an unknown standing', broken((a) => (a.figures[0].standing = 'stale')), /figures\[0\]\.standing/],
    ['an unknown status', broken((a) => (a.figures[0].status = 'maybe')), /figures\[0\]\.status/],
    [
      'a figure of an unknown kind',
      broken((a) => (a.figures[0].kind = 'wounded')),
      /figures\[0\]: must be a figure/,
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
    ['an unknown currency', broken((a) => (a.figures[0].currency = 'stale')), /figures\[0\]\.currency/],
    ['a label short of a figure', broken((a) => a.labels.pop()), /labels: one short string per figure/],
    [
      'more figures than any page has (2,000)',
      broken((a) => {
        a.figures = Array.from({ length: 2001 }, () => a.figures[0]);
      }),
      /figures: more than 2000/,
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
  const { document } = parseHTML(
    `<!doctype html><html><head><title>Indians in the Russian army, 2024 to 2025</title></head><body><article><h1>Indians in the Russian army, 2024 to 2025</h1>${topicParagraphs()}</article></body></html>`,
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
  it('is under 30 KB, where the answer with every figure and record in full was well over', () => {
    const r = longArticle();
    const a = answer(r);
    const full = kept(r);
    expect(a.figures.length).toBeGreaterThan(80);
    const bytes = new TextEncoder().encode(JSON.stringify(a)).length;
    expect(bytes).toBeLessThan(30 * 1024);
    // The same answer in the shape it had: each figure whole with its mentions, the records beside them.
    const before = new TextEncoder().encode(
      JSON.stringify({
        ...a,
        fingerprint: undefined,
        figures: full.figures.map((f, i) => ({ ...f, mentions: a.figures[i]?.mentions })),
        records: full.records,
      }),
    ).length;
    expect(before).toBeGreaterThan(60 * 1024);
    expect(analyzeTextReplyProblem(a, r.text.length)).toBeNull();
  });
});
