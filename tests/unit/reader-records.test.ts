import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { analyzeInFull } from '../../utils/background/analyze-request';
import { textModelFromPlainText } from '../../utils/engine/text/text-model';
import { recordSetWith, SHIPPED } from '../../utils/record/record-set';
import { validateReferenceFile } from '../../utils/record/reference-record';
import {
  type Candidate,
  candidatesFrom,
  outletsOf,
  readerRecordsFile,
  recordsFromCandidate,
} from '../../utils/storage/reader-records/candidates';
import { createReaderRecordsStore, defineReaderRecordsItem } from '../../utils/storage/reader-records/store';
import type { SightingFigure, SightingsData } from '../../utils/storage/sightings/types';
import { sightingFigure } from './support/page-results';

/** Candidates newer than the record, from the reader's sightings, and the reader's own record. */

const TODAY = '2026-12-06';
const MEA = { speaker: 'Randhir Jaiswal, MEA spokesperson', venue: 'weekly briefing' };

function figure(more: Parameters<typeof sightingFigure>[0] = {}): SightingFigure {
  return sightingFigure({
    value: 31,
    kind: 'killed',
    asOf: '2026-03-12',
    verdict: { status: 'unconfirmed', reference: null },
    attribution: MEA,
    ...more,
  });
}

function data(...pages: Array<[string, string, SightingFigure[]]>): SightingsData {
  return {
    dropped: 0,
    pages: pages.map(([url, publisher, figures]) => ({
      url,
      publisher,
      title: 't',
      published: '2026-03-13',
      firstSeen: '2026-03-13T00:00:00.000Z',
      lastSeen: '2026-03-13T00:00:00.000Z',
      figures,
    })),
  };
}

const summary = (cs: Candidate[]) =>
  cs.map((c) => `${c.kind} ${c.value}${c.high ? `-${c.high}` : ''} ×${c.outlets}`);

describe('candidatesFrom', () => {
  it('takes the figures a page attributed to an official after the record, one per figure, counting outlets', () => {
    const sightings = data(
      ['https://www.thehindu.com/a', 'The Hindu', [figure()]],
      ['https://www.ndtv.com/b', 'NDTV', [figure({ asOf: '2026-03-13' })]],
      ['https://www.thehindu.com/c', 'The Hindu', [figure()]],
    );
    const found = candidatesFrom(sightings, SHIPPED, new Set(), TODAY);
    expect(summary(found)).toEqual(['killed 31 ×2']);
    expect(found[0]?.reports.map((r) => r.url)).toEqual([
      'https://www.thehindu.com/a',
      'https://www.ndtv.com/b',
      'https://www.thehindu.com/c',
    ]);
    expect(found[0]?.date).toBe('2026-03-12');
  });

  it('counts outlets by the address of their pages, never by the names the pages give themselves', () => {
    const sightings = data(
      // One site under three names: one outlet.
      ['https://www.paper.example/a', 'Paper Daily', [figure()]],
      ['https://amp.paper.example/b', 'Paper Evening', [figure()]],
      ['https://www.paper.example/c', 'Paper Weekend', [figure()]],
      // Another site under one of those names: another outlet.
      ['https://www.other.example/d', 'Paper Daily', [figure()]],
    );
    expect(summary(candidatesFrom(sightings, SHIPPED, new Set(), TODAY))).toEqual(['killed 31 ×2']);
    const [c] = candidatesFrom(sightings, SHIPPED, new Set(), TODAY) as [Candidate];
    expect(outletsOf(sightings, c.key)).toBe(2);
  });

  it('names each report by its own site, whatever name the page was stored with', () => {
    const sightings = data(
      ['https://www.hindustantimes.com/a', 'Business Standard', [figure()]],
      ['https://www.copycat.example/b', 'NDTV', [figure()]],
    );
    const [c] = candidatesFrom(sightings, SHIPPED, new Set(), TODAY) as [Candidate];
    expect(c.reports.map((r) => r.publisher)).toEqual(['Hindustan Times', 'copycat.example']);
  });

  it.each<[string, Partial<SightingFigure>]>([
    ['no official named', { attribution: null }],
    ['dated within the record', { asOf: '2025-11-20' }],
    ['a count of one group', { scope: 'group' }],
    ['about another nationality', { subject: 'other_nationality' }],
    ['the same as the latest official figure', { value: 26 }],
    ['a related count without its sub-label', { kind: 'other' }],
  ])('leaves out a figure %s', (_name, more) => {
    expect(candidatesFrom(data(['https://a.in/x', 'A', [figure(more)]]), SHIPPED, new Set(), TODAY)).toEqual(
      [],
    );
  });

  it('leaves out what the reader rejected, and what their accepted figures already say', () => {
    const sightings = data(['https://a.in/x', 'A', [figure()]]);
    const [c] = candidatesFrom(sightings, SHIPPED, new Set(), TODAY) as [Candidate];
    expect(candidatesFrom(sightings, SHIPPED, new Set([c.key]), TODAY)).toEqual([]);
    const accepted = recordSetWith(recordsFromCandidate(c, TODAY));
    expect(candidatesFrom(sightings, accepted, new Set(), TODAY)).toEqual([]);
  });
});

describe('recordsFromCandidate and the export', () => {
  it('makes a range two records, its ends, and a related count carries its sub-label', () => {
    const sightings = data(
      ['https://a.in/x', 'A', [figure({ kind: 'serving', value: 40, high: 45, qualifier: 'exact' })]],
      ['https://b.in/y', 'B', [figure({ kind: 'other', tag: 'remains_repatriated', value: 14 })]],
    );
    const found = candidatesFrom(sightings, SHIPPED, new Set(), TODAY);
    const range = found.find((c) => c.kind === 'serving') as Candidate;
    const remains = found.find((c) => c.kind === 'other') as Candidate;
    const ends = recordsFromCandidate(range, TODAY);
    expect(ends.map((r) => [r.id, r.value, r.qualifier, r.notes.slice(0, 14)])).toEqual([
      ['2026-03-12-serving-40', 40, 'at_least', '[range 40-45] '],
      ['2026-03-12-serving-45', 45, 'at_most', '[range 40-45] '],
    ]);
    const [r] = recordsFromCandidate(remains, TODAY, new Set(['2026-03-12-remains_repatriated-14']));
    expect(r).toMatchObject({
      id: '2026-03-12-remains_repatriated-14-2',
      kind: 'other',
      tag: 'remains_repatriated',
    });
    const file = readerRecordsFile([...ends, r as never], TODAY);
    expect(validateReferenceFile(file)).toEqual([]);
    expect(file.coverage).toEqual({ from: '2026-03-12', to: '2026-03-12' });
  });
});

describe("the reader's record in storage, and the verdicts", () => {
  beforeEach(() => fakeBrowser.reset());

  it("counts an accepted figure in the background's verdicts, as the reader's", async () => {
    const store = createReaderRecordsStore(defineReaderRecordsItem());
    const [c] = candidatesFrom(data(['https://a.in/x', 'A', [figure()]]), SHIPPED, new Set(), TODAY) as [
      Candidate,
    ];
    expect(await store.accept(c, TODAY)).toEqual({ ok: true });
    const set = await store.recordSet();
    expect(set.readerEnd).toBe('2026-03-12');
    const model = textModelFromPlainText(
      [
        '26 Indians killed in the Russian army, Centre tells Rajya Sabha',
        'The government told the Rajya Sabha on Thursday that 26 Indian nationals recruited into the Russian army had been killed in the war with Ukraine.',
        'The Ministry of External Affairs said it was pressing Moscow for the early discharge of the Indians still serving in the Russian armed forces.',
      ].join('\n'),
    );
    const request = {
      type: 'factcheck:analyze-text' as const,
      url: 'https://www.thehindu.com/x',
      text: model.text,
      blocks: model.blocks,
      published: '2025-12-19',
      truncated: false,
      page: { canonicalUrl: null, title: '', publisher: '' },
      wordingHeld: null,
    };
    const { reply, kept } = analyzeInFull(request, TODAY, set);
    expect(reply.record).toEqual({ shippedEnd: '2025-12-18', readerEnd: '2026-03-12' });
    expect(
      kept.figures.map((f) => {
        const latest = kept.records[f.verdict.latest ?? ''];
        return [f.verdict.currency, latest?.value, latest?.local];
      }),
    ).toEqual([['superseded', 31, true]]);
    // Taken back out, the shipped record alone again.
    expect(await store.remove(set.records.find((r) => r.local)?.id ?? '')).toEqual({ ok: true });
    expect((await store.recordSet()).readerEnd).toBeNull();
  });

  it('refuses a stored value it cannot read, and leaves it alone', async () => {
    await fakeBrowser.storage.local.set({ 'reader-records': { records: [{ id: 'x' }], rejected: [] } });
    const store = createReaderRecordsStore(defineReaderRecordsItem());
    const r = await store.read();
    expect(r.ok).toBe(false);
    expect((await store.recordSet()).records).toBe(SHIPPED.records);
    expect(await store.reject('k')).toMatchObject({ ok: false });
    expect(await fakeBrowser.storage.local.get('reader-records')).toEqual({
      'reader-records': { records: [{ id: 'x' }], rejected: [] },
    });
  });
});
