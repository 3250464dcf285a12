import { describe, expect, it } from 'vitest';
import { scoreRelevance } from '../../utils/engine/relevance';
import { textModelFromPlainText } from '../../utils/engine/text/text-model';
import { looksOnTopic } from '../../utils/engine/topic-lead';

describe('looksOnTopic (the cheap first stage)', () => {
  it.each([
    ['MEA urges Russia to release 44 Indians in army', 'https://www.business-standard.com/x', '', true],
    ['Kerala man killed in Russia-Ukraine war', 'https://www.onmanorama.com/news/kerala/x.html', '', true],
    [
      'India vs Australia: Kohli hits century',
      'https://www.ndtv.com/cricket/x',
      'A brilliant knock at the MCG.',
      false,
    ],
    [
      'Sensex rises 500 points',
      'https://www.livemint.com/market/x',
      'Markets closed higher on Friday.',
      false,
    ],
  ])('%s', (title, url, lead, expected) => {
    expect(looksOnTopic(title, url, lead)).toBe(expected);
  });

  it.each([
    ['soft hyphens in the title', 'MEA urges Rus\u00adsia to release In\u00addians in its ar\u00admy', ''],
    [
      'zero-width spaces in the lead',
      'Families wait for news',
      'Indians\u200b recruited into the Rus\u200bsian army',
    ],
    ['bidirectional marks in the title', '\u202bInd\u200eians in Rus\u2066sian ar\u2069my\u202c', ''],
  ])('reads through invisible characters: %s', (_, title, lead) => {
    expect(looksOnTopic(title, 'https://www.thehindu.com/news/x', lead)).toBe(true);
  });
});

const para = (s: string) => `${s}\n`;

describe('scoreRelevance', () => {
  it('accepts a report about Indians in the Russian army', () => {
    const text =
      para('MEA says 44 Indians serving in Russian army') +
      para(
        'The Ministry of External Affairs said 44 Indian nationals are currently serving in the Russian army and that it has asked Moscow to release them.',
      ) +
      para(
        'In July, the minister told the Rajya Sabha that 127 Indian nationals had been in the Russian armed forces, and 98 had been discharged.',
      ) +
      para('Twelve Indians have been killed while serving with the Russian army, the ministry has said.');
    expect(scoreRelevance(textModelFromPlainText(text)).relevant).toBe(true);
  });

  it('rejects a story about Nepali recruits that mentions India in passing', () => {
    const text =
      para('Nepal asks Russia to return its citizens from the army') +
      para(
        'Nepal says 200 Nepali nationals have been recruited into the Russian army and 19 Nepalis have been killed on the front line.',
      ) +
      para(
        'Families of Nepali recruits protested in Kathmandu, asking the government to bring the Nepali men home from the Russian army.',
      ) +
      para('Unlike India, Nepal has banned its citizens from travelling to Russia for work.');
    expect(scoreRelevance(textModelFromPlainText(text)).relevant).toBe(false);
  });

  it('rejects a page that mentions the topic in one line of a bigger story', () => {
    const lines = [
      'Modi and Putin sign deals on trade and energy',
      'The two leaders agreed to raise bilateral trade to 100 billion dollars by 2030 and to expand cooperation on energy and fertilisers.',
      'They also discussed shipping routes, payment systems in national currencies and new visa arrangements for business travellers.',
      'Officials said the leaders also discussed the 44 Indians said to be serving in the Russian army.',
      'A joint statement listed 22 agreements on health, culture, science and education, and a plan for more direct flights.',
      'The next summit will be held in Moscow, the foreign ministry said.',
    ];
    expect(scoreRelevance(textModelFromPlainText(lines.map(para).join(''))).relevant).toBe(false);
  });

  it('still counts other nationals after the topic paragraphs have settled the score', () => {
    const indian = para(
      'Four Indians serving in the Russian army were killed last month, the ministry said, and 44 Indians are still serving.',
    );
    const nepali = para(
      'Nepali recruits in the Russian army: 200 Nepali men were recruited and Nepalis, Sri Lankans and Africans are still serving there.',
    );
    const title = para('Indians in the Russian army: MEA says 44 still serving');
    const onTopic = title + indian.repeat(5);
    const withOthers = onTopic + nepali.repeat(6);
    const a = scoreRelevance(textModelFromPlainText(onTopic));
    const b = scoreRelevance(textModelFromPlainText(withOthers));
    expect(a.relevant).toBe(true);
    // Other nationals named after the fifth paragraph outnumber the Indians: the score drops.
    expect(b.score).toBeLessThan(a.score * 0.5);
  });

  it('counts the Indians of every paragraph about the army when other nationals are named often', () => {
    const title = para('Indians in the Russian army: MEA says 44 still serving');
    const indian = para('An Indian national serving in the Russian army was killed, the ministry said.');
    const others = para(
      'Nepali, Nepalese, Sri Lankan, Nepali and Nepalese recruits are serving in the Russian army.',
    );
    const indians = para('Indians and more Indians are still serving in the Russian army.');
    // The score settles before the last paragraphs; the Indians they name still outnumber the others.
    const text = title + indian.repeat(6) + others.repeat(2) + indians.repeat(10);
    expect(scoreRelevance(textModelFromPlainText(text)).relevant).toBe(true);
  });
});
