import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { checkedFigure, recordTableOf } from '../../utils/contracts/checked-figure';
import { clip, LIMITS } from '../../utils/contracts/checks';
import {
  buildPageResultMessage,
  isTopicHitMessage,
  PAGE_RESULT,
  pageMetaFromDocument,
  pageResultProblem,
  TOPIC_HIT,
} from '../../utils/contracts/messages';
import { analyzeDocument } from '../../utils/engine/analyze-page';
import { REFERENCE_RECORDS } from '../../utils/record/records';
import { compareWithRecord, LINK_FIELDS, type RecordRef } from '../../utils/record/verdicts';
import { figure, pageResult, REF_44 as REF, verdict } from './support/page-results';

// biome-ignore lint/suspicious/noExplicitAny: the cases below break the message's types on purpose.
type Loose = any;

/** A deep copy with one change made by `edit`. */
function mutate(edit: (m: Record<string, Loose>) => void): unknown {
  const m = structuredClone(pageResult()) as Record<string, Loose>;
  edit(m);
  return m;
}

describe('isTopicHitMessage', () => {
  it('accepts the detector message and nothing else', () => {
    expect(isTopicHitMessage({ type: TOPIC_HIT, url: 'https://x.in/a' })).toBe(true);
    expect(isTopicHitMessage({ type: TOPIC_HIT })).toBe(false);
    expect(isTopicHitMessage({ type: PAGE_RESULT, url: 'https://x.in/a' })).toBe(false);
    expect(isTopicHitMessage(null)).toBe(false);
    expect(isTopicHitMessage({ type: TOPIC_HIT, url: 'x'.repeat(5000) })).toBe(false);
  });
});

describe('page-result validation', () => {
  it('accepts well-formed messages', () => {
    expect(pageResultProblem(pageResult())).toBeNull();
    expect(
      pageResultProblem(pageResult({ canonicalUrl: 'https://example.in/a', published: '2025-11' })),
    ).toBeNull();
    expect(pageResultProblem(pageResult({ relevant: false, figures: [], score: 0.1 }))).toBeNull();
    expect(pageResultProblem(pageResult({ published: null }))).toBeNull();
    const unconfirmed = figure({
      asOf: null,
      verdict: verdict({ status: 'unconfirmed', reference: null, previous: REF, newer: REF }),
    });
    const none = figure({
      subject: 'other_nationality',
      verdict: verdict({ status: 'no_record', reference: null, previous: null, newer: null, latest: null }),
    });
    expect(pageResultProblem(pageResult({ figures: [unconfirmed, none] }))).toBeNull();
    expect(
      pageResultProblem(pageResult({ figures: Array.from({ length: LIMITS.figures }, () => figure()) })),
    ).toBeNull();
  });

  it('accepts the verdict of every record compared with itself (the record fits the limits)', () => {
    const figures = REFERENCE_RECORDS.map((r) =>
      figure({
        value: r.value,
        kind: r.kind,
        qualifier: r.qualifier,
        asOf: r.date,
        verdict: compareWithRecord({ ...r, subject: 'indian', asOf: r.date }, REFERENCE_RECORDS),
      }),
    );
    for (let i = 0; i < figures.length; i += LIMITS.figures)
      expect(pageResultProblem(pageResult({ figures: figures.slice(i, i + LIMITS.figures) }))).toBeNull();
  });

  it.each<[string, unknown, RegExp]>([
    ['not an object', 'factcheck:page-result', /must be an object/],
    ['an array', [pageResult()], /must be an object/],
    ['null', null, /must be an object/],
    ['a class instance', Object.assign(new (class X {})(), pageResult()), /must be an object/],
    ['the wrong type', mutate((m) => (m.type = TOPIC_HIT)), /^type/],
    ['a missing field', mutate((m) => delete m.publisher), /missing field "publisher"/],
    ['an extra field', mutate((m) => (m.html = '<b>x</b>')), /unexpected field "html"/],
    ['a javascript: URL', mutate((m) => (m.url = 'javascript:alert(1)')), /^url/],
    ['a relative URL', mutate((m) => (m.url = '/news/a.html')), /^url/],
    ['a huge URL', mutate((m) => (m.url = `https://x.in/${'a'.repeat(5000)}`)), /^url/],
    ['a non-URL canonical', mutate((m) => (m.canonicalUrl = 'not a url')), /^canonicalUrl/],
    ['a numeric title', mutate((m) => (m.title = 42)), /^title: must be a string/],
    ['a huge title', mutate((m) => (m.title = 'x'.repeat(LIMITS.title + 1))), /^title: longer/],
    ['a huge publisher', mutate((m) => (m.publisher = 'x'.repeat(LIMITS.publisher + 1))), /^publisher/],
    ['an impossible date', mutate((m) => (m.published = '2025-02-30')), /^published/],
    ['a date in words', mutate((m) => (m.published = '8 Nov 2025')), /^published/],
    ['a string boolean', mutate((m) => (m.relevant = 'true')), /^relevant/],
    ['a score over 1', mutate((m) => (m.score = 1.5)), /^score/],
    ['a NaN score', mutate((m) => (m.score = Number.NaN)), /^score/],
    ['truncated missing', mutate((m) => delete m.truncated), /missing field "truncated"/],
    ['figures not an array', mutate((m) => (m.figures = { 0: figure() })), /^figures: must be an array/],
    [
      'too many figures',
      mutate((m) => (m.figures = Array.from({ length: 201 }, () => figure()))),
      /more than 200/,
    ],
    ['figures on an off-topic page', mutate((m) => (m.relevant = false)), /off the topic/],
    ['a negative value', mutate((m) => (m.figures[0].value = -3)), /figures\[0\]\.value/],
    ['a string value', mutate((m) => (m.figures[0].value = '44')), /figures\[0\]\.value/],
    [
      'an infinite value',
      mutate((m) => (m.figures[0].value = Number.POSITIVE_INFINITY)),
      /figures\[0\]\.value/,
    ],
    ['an unknown kind', mutate((m) => (m.figures[0].kind = 'wounded')), /figures\[0\]\.kind/],
    ['an unknown qualifier', mutate((m) => (m.figures[0].qualifier = 'roughly')), /figures\[0\]\.qualifier/],
    ['an unknown subject', mutate((m) => (m.figures[0].subject = 'nepali')), /figures\[0\]\.subject/],
    ['a bad asOf', mutate((m) => (m.figures[0].asOf = '2025-13')), /figures\[0\]\.asOf/],
    ['a huge figure text', mutate((m) => (m.figures[0].text = 'x'.repeat(LIMITS.figureText + 1))), /\.text/],
    ['an extra figure field', mutate((m) => (m.figures[0].start = 10)), /unexpected field "start"/],
    ['a figure that is null', mutate((m) => (m.figures[0] = null)), /figures\[0\]: must be an object/],
    ['no verdict', mutate((m) => delete m.figures[0].verdict), /missing field "verdict"/],
    ['an unknown status', mutate((m) => (m.figures[0].verdict.status = 'debunked')), /verdict\.status/],
    [
      'confirmed without a reference',
      mutate((m) => (m.figures[0].verdict.reference = null)),
      /reference: required/,
    ],
    [
      'unconfirmed with a reference',
      mutate((m) => (m.figures[0].verdict.status = 'unconfirmed')),
      /reference: must be null/,
    ],
    [
      'no_record naming a newer record',
      mutate((m) => {
        Object.assign(m.figures[0].verdict, { status: 'no_record', reference: null, newer: REF.id });
      }),
      /no_record/,
    ],
    [
      'a record id that is not a string',
      mutate((m) => (m.figures[0].verdict.latest = 44)),
      /latest: must be a string/,
    ],
    [
      'an unknown currency',
      mutate((m) => (m.figures[0].verdict.currency = 'stale')),
      /currency: must be one of/,
    ],
    [
      'a current figure with no latest record',
      mutate((m) => (m.figures[0].verdict.latest = null)),
      /latest: required when current or superseded/,
    ],
    [
      'an official record as the media report',
      mutate((m) => (m.figures[0].verdict.media = REF.id)),
      /media: must be a media report/,
    ],
    ['a range whose top is below its bottom', mutate((m) => (m.figures[0].high = 40)), /high: must be above/],
    ['an unknown scope', mutate((m) => (m.figures[0].scope = 'district')), /scope: must be one of/],
    [
      'an attribution without a speaker',
      mutate((m) => (m.figures[0].attribution = { speaker: '', venue: null })),
      /attribution.speaker: must not be empty/,
    ],
    [
      'an attribution with markup-sized extra fields',
      mutate((m) => (m.figures[0].attribution = { speaker: 'MEA', venue: null, html: '<b>' })),
      /unexpected field "html"/,
    ],
    ['no records', mutate((m) => delete m.records), /missing field "records"/],
    ['records in an array', mutate((m) => (m.records = [REF])), /^records: must be an object/],
    [
      'a verdict naming a record the message lacks',
      mutate((m) => delete m.records[REF.id]),
      /figures\[0\]\.verdict\.reference: names record "2025-11-07-serving-44", which records lacks/,
    ],
    [
      'a record named by no figure',
      mutate((m) => (m.records.other = { ...REF, id: 'other' })),
      /records: "other" is named by no figure/,
    ],
    [
      'a record kept under another id',
      mutate((m) => (m.records[REF.id].id = '2025-12-18-killed-26')),
      /\.id: must be the key it is kept under/,
    ],
    [
      'more records than five a figure',
      mutate((m) => {
        for (let i = 0; i <= LIMITS.figures * 5; i++) m.records[`r${i}`] = { ...REF, id: `r${i}` };
      }),
      /^records: more than 1000/,
    ],
    ['a record without an id', mutate((m) => delete m.records[REF.id].id), /missing field "id"/],
    ['a record with an empty id', mutate((m) => (m.records[REF.id].id = ' ')), /\.id: must not/],
    ['a record with a bad date', mutate((m) => (m.records[REF.id].date = null)), /\]\.date/],
    [
      'a record source with a data: URL',
      mutate((m) => (m.records[REF.id].source.url = 'data:text/html,<script>')),
      /source\.url/,
    ],
    ['a record with a string official flag', mutate((m) => (m.records[REF.id].official = 'yes')), /official/],
  ])('refuses %s', (_name, message, problem) => {
    expect(pageResultProblem(message)).toMatch(problem);
  });
});

describe('building the message in the annotator', () => {
  it('clips strings to the limits without splitting a character', () => {
    expect(clip('  a \n\t b  ', 10)).toBe('a b');
    expect(clip('ab😀', 3)).toBe('ab');
    expect(clip('x'.repeat(20), 5)).toBe('xxxxx');
  });

  it('reads canonical URL, title and publisher from the page head', () => {
    const { document } = parseHTML(
      `<!doctype html><html><head><title> A  title </title><link rel="Canonical" href="/news/a.html#top">
       <meta property="og:site_name" content="The Paper"></head><body></body></html>`,
    );
    expect(pageMetaFromDocument(document, 'https://www.paper.in/news/a.html?utm=1')).toEqual({
      url: 'https://www.paper.in/news/a.html?utm=1',
      canonicalUrl: 'https://www.paper.in/news/a.html#top',
      title: 'A title',
      publisher: 'The Paper',
    });
    const bare = parseHTML(
      '<!doctype html><html><head><link rel="canonical" href="javascript:x"></head></html>',
    );
    expect(pageMetaFromDocument(bare.document, 'https://www.paper.in/b')).toEqual({
      url: 'https://www.paper.in/b',
      canonicalUrl: null,
      title: '',
      publisher: 'paper.in',
    });
    // A listed news site that does not name itself goes by the name its readers know.
    expect(pageMetaFromDocument(bare.document, 'https://www.business-standard.com/b').publisher).toBe(
      'Business Standard',
    );
    expect(
      pageMetaFromDocument(bare.document, 'https://timesofindia.indiatimes.com/india/x.cms').publisher,
    ).toBe('The Times of India');
  });

  it.each<[string, string, string | null, string]>([
    ['https://www.evil.example/a.html', 'The Hindu', null, 'evil.example'],
    ['https://www.hindustantimes.com/a.html', 'The Hindu', null, 'Hindustan Times'],
    ['https://m.thehindu.com/a.html', 'The Hindu', 'https://www.thehindu.com/news/a.ece', 'The Hindu'],
  ])(
    "on %s, keeps another site's canonical URL and name out of the message",
    (url, name, canonical, publisher) => {
      const { document } = parseHTML(
        `<!doctype html><html><head><title>t</title>
       <link rel="canonical" href="https://www.thehindu.com/news/a.ece">
       <meta property="og:site_name" content="${name}"></head><body></body></html>`,
      );
      expect(pageMetaFromDocument(document, url)).toMatchObject({ url, canonicalUrl: canonical, publisher });
    },
  );

  it('builds a valid message from a fixture page, with a verdict per figure', () => {
    const html = readFileSync('tests/fixtures/pages/topic-seed-like-mea-44-2025-11.html', 'utf8');
    const { document } = parseHTML(html);
    const url = 'https://www.business-standard.com/topic-seed-like-mea-44-2025-11.html';
    const analysis = analyzeDocument(document, { url });
    const verdicts = analysis.figures.map((f) => compareWithRecord(f, REFERENCE_RECORDS, '2026-11-24'));
    const message = buildPageResultMessage(pageMetaFromDocument(document, url), {
      ...analysis,
      figures: analysis.figures.map((f, i) => checkedFigure(f, verdicts[i] as (typeof verdicts)[number])),
      records: recordTableOf(verdicts),
    });
    expect(pageResultProblem(message)).toBeNull();
    expect(message.canonicalUrl).toMatch(/^https:\/\/www\.business-standard\.com\/external-affairs/);
    expect(message.relevant).toBe(true);
    expect(message.figures.length).toBe(analysis.figures.length);
    const serving = message.figures.find((f) => f.value === 44 && f.kind === 'serving');
    expect(serving?.verdict.status).toBe('confirmed');
    // Each record once, and only those the verdicts name.
    const named = new Set(
      message.figures.flatMap((f) => LINK_FIELDS.flatMap((field) => f.verdict[field] ?? [])),
    );
    expect(Object.keys(message.records).sort()).toEqual([...named].sort());
    expect(message.records[serving?.verdict.reference ?? '']?.value).toBe(44);
    // Survives the structured clone a message goes through.
    expect(pageResultProblem(structuredClone(message))).toBeNull();
    expect(pageResultProblem(JSON.parse(JSON.stringify(message)))).toBeNull();
  });

  it('caps the figures at the limit and says the page was cut', () => {
    // The last fifty each name a record of their own: the message keeps only the records it names.
    const own = (i: number): RecordRef => ({ ...REF, id: `own-${i}` });
    const figures = Array.from({ length: 250 }, (_, i) =>
      figure({
        text: `x${i}`,
        verdict: verdict({
          status: 'confirmed',
          reference: i < 200 ? REF : own(i),
          previous: null,
          newer: null,
        }),
      }),
    );
    const records = Object.fromEntries(
      [REF, ...figures.slice(200).map((_, i) => own(200 + i))].map((r) => [r.id, r]),
    );
    const message = buildPageResultMessage(
      { url: 'https://example.in/a', canonicalUrl: null, title: 't', publisher: 'p' },
      { relevant: true, score: 0.9, published: null, truncated: false, figures, records },
    );
    expect(message.figures).toHaveLength(LIMITS.figures);
    expect(message.truncated).toBe(true);
    expect(Object.keys(message.records)).toEqual([REF.id]);
    expect(pageResultProblem(message)).toBeNull();
  });
});
