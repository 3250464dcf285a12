import { describe, expect, it } from 'vitest';
import { attributionFrom, readSentence } from '../../utils/engine/attribution';
import { extractFigures } from '../../utils/engine/extract-figures';
import { textModelFromPlainText } from '../../utils/engine/text/text-model';
import { rangeClaims } from '../../utils/record/claims';

/** Who the text says gave each figure, read by the extractor ("attribution" in the CLI). */

/** The attribution of a figure whose sentence and the ones before it are `pieces`, nearest first. */
const attributionOf = (pieces: string[]) => attributionFrom(pieces.map(readSentence));
function attributions(body: string): string[] {
  const model = textModelFromPlainText(`Headline\n${body}`);
  return extractFigures(model, '2026-03-12').map((f) =>
    f.attribution ? `${f.value}: ${f.attribution.speaker} | ${f.attribution.venue ?? '-'}` : `${f.value}: -`,
  );
}

describe('attribution of a figure to an official', () => {
  it.each([
    [
      'MEA spokesperson Randhir Jaiswal told the weekly briefing that 44 Indian nationals are still serving in the Russian army.',
      ['44: Randhir Jaiswal, MEA spokesperson | weekly briefing'],
    ],
    [
      'In a written reply in the Rajya Sabha, Minister of State for External Affairs Kirti Vardhan Singh said 26 Indians had been killed.',
      ['26: Kirti Vardhan Singh, Minister of State for External Affairs | Rajya Sabha written reply'],
    ],
    [
      'The government told the Lok Sabha on Friday that 31 Indian nationals had died in the Russian army.',
      ['31: Government of India | Lok Sabha'],
    ],
    [
      'Foreign Secretary Vikram Misri said about 40 Indians were still in the Russian army.',
      ['40: Vikram Misri, Foreign Secretary | -'],
    ],
    // A paragraph goes on in the minister's words without naming him again.
    [
      'External Affairs Minister S. Jaishankar spoke in Parliament on the men recruited by Russia. Of them, 130 have come back home.',
      ['130: S. Jaishankar, External Affairs Minister | Parliament'],
    ],
    // "He said" hands the words on from the paragraph before.
    [
      'The Indian Embassy in Moscow issued a statement on Monday.\n"Nine Indian nationals are still missing," it said.',
      ['9: Embassy of India, Moscow | statement'],
    ],
    // A family's count is not an official's, even beside the ministry's name.
    [
      'The MEA has taken up the case. According to his family, 15 men from the village are still in Russia.',
      ['15: -'],
    ],
    ['At least 12 Indians are believed to have died, the report said.', ['12: -']],
    // Hindi.
    [
      'विदेश मंत्रालय के प्रवक्ता रणधीर जायसवाल ने साप्ताहिक ब्रीफिंग में बताया कि रूसी सेना में 48 भारतीय अब भी हैं।',
      ['48: Randhir Jaiswal, MEA spokesperson | weekly briefing'],
    ],
    [
      'राज्यसभा में एक लिखित उत्तर में विदेश राज्य मंत्री ने बताया कि 28 भारतीयों की मौत हुई है।',
      ['28: Minister of State for External Affairs | Rajya Sabha written reply'],
    ],
  ])('%s', (body, expected) => {
    expect(attributions(body)).toEqual(expected);
  });

  it('reads nothing into a text with no official in it', () => {
    expect(attributionOf(['Seven men from the district are still missing.'])).toBeNull();
    expect(attributionOf(['The Centre for Policy Research counted 40 of them.'])).toBeNull();
  });

  it('prefers a named official to a role, and a role to the ministry', () => {
    expect(
      attributionOf(['The MEA said, through spokesperson Randhir Jaiswal, that 44 serve.'])?.speaker,
    ).toBe('Randhir Jaiswal, MEA spokesperson');
    expect(attributionOf(['The MEA spokesperson said 44 serve.'])?.speaker).toBe('MEA spokesperson');
  });
});

describe('a range is one claim', () => {
  const model = textModelFromPlainText(
    'Headline\nBetween 35 and 40 Indian nationals are still stuck in the Russian army, officials said.',
  );
  const figures = extractFigures(model, '2024-07-09');

  it('extraction gives its two ends, each marked with the range', () => {
    expect(figures.map((f) => [f.value, f.qualifier, f.range])).toEqual([
      [35, 'at_least', { low: 35, high: 40 }],
      [40, 'at_most', { low: 35, high: 40 }],
    ]);
  });

  it('the claims join them: one figure from 35 to 40, one mention over both numbers', () => {
    const claims = rangeClaims(figures);
    expect(claims).toHaveLength(1);
    const [{ claim, parts }] = claims as [(typeof claims)[number]];
    expect(parts).toEqual([0, 1]);
    expect([claim.value, claim.high, claim.qualifier]).toEqual([35, 40, 'exact']);
    expect(claim.mentions).toHaveLength(1);
    const m = claim.mentions[0] as { start: number; end: number };
    expect(model.text.slice(m.start, m.end)).toBe('35 and 40');
  });
});
