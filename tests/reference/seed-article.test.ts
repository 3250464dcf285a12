import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runExtract } from '../unit/support/extract-run';

/**
 * The article the project grew from (../shared/seed, beside the repository, not in it): the extractor
 * CLI reads its six figures and their verdicts. Its own command, `npm run test:reference`, which
 * `.ci/run` runs after `npm test`; it fails when the article is missing.
 */

const SEED = join(import.meta.dirname, '..', '..', '..', 'shared', 'seed', 'mea-44-indians-2025-11-08.txt');

describe('the reference article', () => {
  beforeAll(() => {
    if (!existsSync(SEED))
      throw new Error(
        `The reference article is missing: ${SEED} (it lies beside the repository, in ../shared)`,
      );
  });
  it('confirms each of its six figures and names the newer figures', async () => {
    const { lines } = await runExtract([SEED, '--today', '2026-11-24']);
    const figures = lines[0]?.figures as Array<{
      value: number;
      verdict: { status: string; reference: { date: string } | null; newer: { value: number } | null };
    }>;
    expect(
      figures.map((f) => [
        f.value,
        f.verdict.status,
        f.verdict.reference?.date,
        f.verdict.newer?.value ?? null,
      ]),
    ).toEqual([
      [44, 'confirmed', '2025-11-07', null],
      [127, 'confirmed', '2025-07', 202],
      [98, 'confirmed', '2025-07', 119],
      [13, 'confirmed', '2025-07', 44],
      [12, 'confirmed', '2025-07', 7],
      [12, 'confirmed', '2025-01-17', 26],
    ]);
  });

  it('says, read on 6 Dec 2026, that each of its six figures has been superseded, and by what', async () => {
    const { lines } = await runExtract([SEED, '--today', '2026-12-06']);
    const figures = lines[0]?.figures as Array<{
      value: number;
      kind: string;
      verdict: { currency: string; latest: { value: number; kind: string; date: string } };
    }>;
    expect(
      figures.map((f) => [
        f.value,
        f.kind,
        f.verdict.currency,
        f.verdict.latest.value,
        f.verdict.latest.kind,
      ]),
    ).toEqual([
      [44, 'serving', 'superseded', 50, 'awaiting_discharge'],
      [127, 'recruited_total', 'superseded', 202, 'recruited_total'],
      [98, 'discharged', 'superseded', 119, 'discharged'],
      [13, 'serving', 'superseded', 50, 'awaiting_discharge'],
      [12, 'missing', 'superseded', 7, 'missing'],
      [12, 'killed', 'superseded', 26, 'killed'],
    ]);
    expect(new Set(figures.map((f) => f.verdict.latest.date))).toEqual(new Set(['2025-12-18']));
  });

  it('gives exactly its six figures and nothing from the subscription block', async () => {
    const { code, lines } = await runExtract([SEED, '--today', '2026-11-24']);
    expect(code, `the seed article must be at ${SEED}`).toBe(0);
    const figures = lines[0]?.figures as Array<Record<string, unknown>>;
    expect(figures.map((f) => `${f.value} ${f.kind} ${f.qualifier} ${f.subject} ${f.asOf}`)).toEqual([
      '44 serving exact indian 2025-11-08',
      '127 recruited_total exact indian 2025-07',
      '98 discharged exact indian 2025-07',
      '13 serving exact indian 2025-07',
      '12 missing exact indian 2025-07',
      '12 killed exact indian 2025-01',
    ]);
  });
});
