import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeHtml } from '../../scripts/extract-cli';
import { analyzeText } from '../../utils/engine/analyze-page';

/** Figures only from the story's passages: a live blog's other entries hold tolls too. */

const PAGES = join(import.meta.dirname, '..', 'fixtures', 'pages');

describe('figures only from the story passages', () => {
  it("takes a parliament live blog's figures from the entry on the Indians in Russia's army alone", () => {
    const html = readFileSync(
      join(PAGES, 'topic-ndtv-live-parliament-day-russia-reply-bus-flood-2025-12-18.html'),
      'utf8',
    );
    const r = analyzeHtml(html);
    expect(r.relevant).toBe(true);
    // Not the bus accident's 12 killed, the flood's 46, nor the encounter's two.
    expect(r.figures.map((f) => `${f.value} ${f.kind}`)).toEqual([
      '202 recruited_total',
      '26 killed',
      '7 missing',
      '119 discharged',
      '50 awaiting_discharge',
    ]);
  });

  it("reads a live blog's entries of one class as the article, and its headline's other story as no figure", () => {
    const html = readFileSync(
      join(PAGES, 'topic-hi-aajtak-live-updates-mea-44-bhartiya-2025-11-07.html'),
      'utf8',
    );
    const r = analyzeHtml(html);
    expect(r.relevant).toBe(true);
    // Not the landslide's 9 dead, which the headline names beside the story after a ';'.
    expect(r.figures.map((f) => `${f.value} ${f.kind}`)).toEqual(['44 serving']);
  });

  it('keeps the figures of an article that names the story once, a few paragraphs up', () => {
    const r = analyzeText(
      [
        'Indians in the Russian army: what the government told Parliament',
        'The government on Thursday gave the Rajya Sabha its latest count of Indian nationals recruited into the Russian army.',
        'The minister said the figures had been collected by the embassy in Moscow over the past year.',
        'According to the reply, 26 have died and seven are missing, while 119 have been discharged.',
      ].join('\n'),
    );
    expect(r.figures.map((f) => f.value)).toEqual([26, 7, 119]);
  });
});
