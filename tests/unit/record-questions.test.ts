import { describe, expect, it } from 'vitest';
import { analyzeInFull } from '../../utils/background/analyze-request';
import type { FigureKind } from '../../utils/engine/figure-types';
import { textModelFromPlainText } from '../../utils/engine/text/text-model';
import { latestOfficialFigures, latestPartition } from '../../utils/record/latest';
import { type Partition, partitionsOf, sameQuestion } from '../../utils/record/questions';
import { REFERENCE_RECORDS } from '../../utils/record/records';

/** How the kinds fit together, read from the record, and the latest figure of each question. */

/**
 * Pairs of kinds that take each other's place in the record's own sums: two statements whose parts
 * differ by one kind each count the same thing under two names (9 Aug 2024: 91 = 69 awaiting discharge
 * + 14 + 8; 17 Jan 2025: 126 = 18 still serving + 96 + 12).
 */
function kindsInEachOthersPlace(partitions: readonly Partition[]): Array<[FigureKind, FigureKind]> {
  const pairs = new Map<string, [FigureKind, FigureKind]>();
  for (const p of partitions)
    for (const q of partitions) {
      const pk = new Set(p.parts.map((r) => r.kind));
      const qk = new Set(q.parts.map((r) => r.kind));
      const onlyP = [...pk].filter((k) => !qk.has(k));
      const onlyQ = [...qk].filter((k) => !pk.has(k));
      if (onlyP.length !== 1 || onlyQ.length !== 1) continue;
      const pair = [onlyP[0], onlyQ[0]].sort() as [FigureKind, FigureKind];
      pairs.set(pair.join('|'), pair);
    }
  return [...pairs.values()];
}

describe('partitionsOf: statements whose parts add up to their total', () => {
  it('finds the statements whose figures add up, some counting the missing among those still there', () => {
    const found = partitionsOf(REFERENCE_RECORDS);
    expect(
      found.map(
        (p) => `${p.date} ${p.total.value} = ${p.parts.map((r) => `${r.value} ${r.kind}`).join(' + ')}`,
      ),
    ).toEqual([
      '2024-08-09 91 = 69 awaiting_discharge + 14 discharged + 8 killed',
      // The 18 still there include the 16 missing (the record's notes say so): 16 is left out.
      '2025-01-17 126 = 96 discharged + 12 killed + 18 serving',
      '2025-02-07 127 = 97 discharged + 12 killed + 18 serving',
      '2025-12-18 202 = 50 awaiting_discharge + 119 discharged + 26 killed + 7 missing',
    ]);
    // The July 2025 figures quoted later (127 / 98 / 13 / 12 missing) add up to nothing.
    expect(found.some((p) => p.date === '2025-07')).toBe(false);
  });

  it('finds in the record itself that "awaiting discharge" and "still serving" count the same men', () => {
    // The two kinds sameQuestion joins (utils/record/questions.ts).
    expect(kindsInEachOthersPlace(partitionsOf(REFERENCE_RECORDS))).toEqual([
      ['awaiting_discharge', 'serving'],
    ]);
  });

  it('counts the men still in the army once, whichever of the two kinds a statement uses', () => {
    expect(sameQuestion('serving')).toEqual(['serving', 'awaiting_discharge']);
    expect(sameQuestion('awaiting_discharge')).toEqual(['awaiting_discharge', 'serving']);
    expect(sameQuestion('killed')).toEqual(['killed']);
    // The remainder of the partition is filled by a still-there kind.
    for (const p of partitionsOf(REFERENCE_RECORDS))
      expect(p.parts.filter((r) => sameQuestion('serving').includes(r.kind))).toHaveLength(1);
  });
});

describe('latestOfficialFigures', () => {
  it('gives one figure per question, official ones only, as known by a date', () => {
    const latest = (today?: string) =>
      latestOfficialFigures(REFERENCE_RECORDS, today).map(
        (l) => `${l.question} ${l.record.value} ${l.record.date}`,
      );
    expect(latest()).toEqual([
      'recruited_total 202 2025-12-18',
      'serving 50 2025-12-18',
      'discharged 119 2025-12-18',
      'killed 26 2025-12-18',
      'missing 7 2025-12-18',
    ]);
    // On 30 Nov 2025: the MEA's 44 of 7 Nov, not the media's 127 of 7 Nov.
    expect(latest('2025-11-30')).toEqual([
      'recruited_total 127 2025-07',
      'serving 44 2025-11-07',
      'discharged 98 2025-07',
      'killed 12 2025-02-07',
      'missing 12 2025-07',
    ]);
    expect(latestPartition(REFERENCE_RECORDS, latestOfficialFigures(REFERENCE_RECORDS))?.total.value).toBe(
      202,
    );
    expect(
      latestPartition(REFERENCE_RECORDS, latestOfficialFigures(REFERENCE_RECORDS, '2025-11-30')),
    ).toBeNull();
  });
});

describe('the background answers a range as one claim', () => {
  it('one figure from 35 to 40, one mention over the whole range, one verdict', () => {
    const model = textModelFromPlainText(
      [
        'Indians stuck in the Russian army',
        'Between 35 and 40 Indian nationals are still stuck in the Russian army, officials told reporters on Tuesday, as the government pressed Moscow for their early discharge.',
        'Families of the recruits have urged the Ministry of External Affairs to bring them home from the war with Ukraine.',
      ].join('\n'),
    );
    const { reply, kept } = analyzeInFull(
      {
        type: 'factcheck:analyze-text',
        url: 'https://www.thehindu.com/news/stuck.ece',
        text: model.text,
        blocks: model.blocks,
        published: '2024-07-09',
        truncated: false,
        page: { canonicalUrl: null, title: '', publisher: '' },
        wordingHeld: null,
      },
      '2026-12-06',
    );
    expect(reply.relevant).toBe(true);
    expect(kept.figures.map((f) => [f.value, f.high, f.kind])).toEqual([[35, 40, 'serving']]);
    const m = reply.figures[0]?.mentions[0] as { start: number; end: number };
    expect(model.text.slice(m.start, m.end)).toBe('35 and 40');
  });
});
