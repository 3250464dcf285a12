import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../utils/extract-figures';
import { textModelFromPlainText } from '../../utils/text-model';

/** Whose count: the country's, or one group's ("scope": "group" in the CLI), never compared with national totals. */
function scopes(body: string): string[] {
  const model = textModelFromPlainText(`Headline\n${body}`);
  return extractFigures(model, '2026-01-08').map((f) => `${f.value} ${f.scope ?? 'national'}`);
}

describe('scope of a figure', () => {
  it.each([
    [
      'Fourteen youths from Azamgarh and Mau had gone to Russia, and three of them have died.',
      ['14 group', '3 group'],
    ],
    [
      'According to the family, 12 men had gone from Doaba villages through the same agent, out of which three have died.',
      ['12 group', '3 group'],
    ],
    [
      'Six Keralites had joined the Russian army through the same agent, and two of them were killed.',
      ['6 group', '2 group'],
    ],
    ['In all, 10 people were sent to Russia through this network, his brother said.', ['10 group']],
    // A bare count going on from the group's ("while three stayed behind") is the group's too.
    [
      'Seven men were recruited through the same agent. Later four in the group were released, while three stayed behind.',
      ['7 group', '4 group', '3 group'],
    ],
    // The pair just named ("Of the two, ...") is no count.
    ['Two Keralites stayed back in the Russian army. Of the two, Binil was killed in January.', ['2 group']],
    // The country's counts, whatever else the sentence names.
    [
      'The government said 202 Indian nationals had been recruited from across the country.',
      ['202 national'],
    ],
    [
      'Some 44 Indians, who have been away from their families for months, are still serving in the Russian army.',
      ['44 national'],
    ],
    [
      'The MEA said 26 Indians recruited into the Russian army had been killed and 7 were missing.',
      ['26 national', '7 national'],
    ],
  ])('%s', (body, expected) => {
    expect(scopes(body)).toEqual(expected);
  });
});
