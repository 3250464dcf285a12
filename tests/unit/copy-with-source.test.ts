import { describe, expect, it } from 'vitest';
import { copyWithSource } from '../../utils/export/copy-with-source';
import type { VerdictLinks } from '../../utils/record/verdicts';
import { getMessageEn } from './support/i18n-en';
import { EXAMPLE_PAGE, figure, figureWith, RS_202, recordsFor, verdict } from './support/page-results';

const t = (key: string, subs?: string[]) => getMessageEn(key, subs);
const END = '2025-12-18';

describe('copy with source', () => {
  it('gives the figure, the page, the attribution, the verdict and the record, one line each', () => {
    const f = figure({
      value: 127,
      kind: 'recruited_total',
      asOf: '2025-07',
      text: '127 Indian nationals had been recruited by the Russian army.',
      attribution: { speaker: 'Ministry of External Affairs', venue: 'weekly briefing' },
      verdict: verdict({
        status: 'confirmed',
        reference: { ...RS_202, id: 'jul', date: '2025-07-24', value: 127 },
        previous: null,
        newer: RS_202,
      }),
    });
    expect(copyWithSource(t, f, recordsFor([f]), EXAMPLE_PAGE, END)).toBe(
      [
        '“127 Indian nationals had been recruited by the Russian army.”',
        'Page: Centre says 44 Indians still serve in the Russian army, Example News, 8 Nov 2025',
        'https://www.example-news.in/india-russia-44-serving.html',
        'Attributed to: Ministry of External Affairs, weekly briefing',
        'Verdict: Out of date. Now 202 recruited in all, 18 Dec 2025, Rajya Sabha written reply.',
        'Against the official figure of its own date: it matched.',
        'Still current: no, a later official figure differs.',
        'Compared with: 202 recruited in all, 18 Dec 2025, Kirti Vardhan Singh, Minister of State for External Affairs, Rajya Sabha written reply',
        'Source: https://sansad.example/rs-reply-202 (Rajya Sabha)',
        'Checked with Figures fact-check: Indians in the Russian army.',
      ].join('\n'),
    );
  });

  it('quotes a Hindi sentence that ends with its danda whole, as the card does', () => {
    const f = figure({ value: 44, kind: 'serving', text: '44 भारतीय अब भी रूसी सेना में हैं।' });
    expect(copyWithSource(t, f, recordsFor([f]), EXAMPLE_PAGE, END).split('\n')[0]).toBe(
      '“44 भारतीय अब भी रूसी सेना में हैं।”',
    );
  });

  it("names the outlet once when the page's title already ends with it", () => {
    const page = {
      ...EXAMPLE_PAGE,
      title: 'Centre says 44 Indians still serve in the Russian army | Example News',
    };
    const lines = copyWithSource(
      t,
      figure({ value: 44, kind: 'serving' }),
      recordsFor([figure()]),
      page,
      END,
    ).split('\n');
    expect(lines[1]).toBe(
      'Page: Centre says 44 Indians still serve in the Russian army | Example News, 8 Nov 2025',
    );
  });

  it.each([
    ['confirmed', 'it matched'],
    ['conflicts', 'it differed'],
    ['unconfirmed', 'none of that date on record'],
    ['no_record', 'none of this kind on record'],
  ] as const)('says how a %s figure compared with its own date', (status, words) => {
    const f = figureWith(status);
    const text = copyWithSource(t, f, recordsFor([f]), EXAMPLE_PAGE, END);
    expect(text).toContain(`\nAgainst the official figure of its own date: ${words}.\n`);
  });

  it.each([
    ['current', 'yes, no later official figure differs'],
    ['superseded', 'no, a later official figure differs'],
    ['unknown', 'cannot tell, nothing to compare it with'],
  ] as const)('says whether a %s figure is still current', (currency, words) => {
    const f = figure();
    const v: VerdictLinks = { ...f.verdict, currency };
    expect(copyWithSource(t, { ...f, verdict: v }, recordsFor([f]), EXAMPLE_PAGE, END)).toContain(
      `\nStill current: ${words}.\n`,
    );
  });

  it('says a figure with no record was compared with nothing, and leaves out what the page does not give', () => {
    const f = figureWith('no_record');
    const text = copyWithSource(
      t,
      f,
      recordsFor([f]),
      { url: '', title: '', publisher: '', published: null },
      END,
    );
    expect(text.split('\n')).toEqual([
      '“44 Indian nationals are currently serving …”',
      'Verdict: Not checked. About recruits of another nationality, not compared with the record of Indians.',
      'Against the official figure of its own date: none of this kind on record.',
      'Still current: cannot tell, nothing to compare it with.',
      'Compared with: no official figure on record.',
      'Checked with Figures fact-check: Indians in the Russian army.',
    ]);
  });

  it('names the speaker without a venue when the page gives none', () => {
    const f = figure({ attribution: { speaker: 'Randhir Jaiswal, MEA spokesperson', venue: null } });
    expect(copyWithSource(t, f, recordsFor([f]), EXAMPLE_PAGE, END)).toContain(
      '\nAttributed to: Randhir Jaiswal, MEA spokesperson\n',
    );
  });
});
