import { isIndianOutlet } from '../sites/outlets';
import { alternation } from './languages';
import { INDIA_WORD, MILITARY_WORD, RUSSIA_WORD } from './languages/detect';
import { byScript, latinOf } from './languages/scripts';
import type { TextModel } from './text/text-model';
import { looksOnTopic } from './topic-lead';

/**
 * Is this page about Indian nationals in the Russian army? Two stages: `looksOnTopic` (topic-lead.ts) reads only the
 * title, URL and first paragraphs and rejects most pages at the cost of three regex tests; `scoreRelevance`
 * reads the whole article and weighs paragraphs that speak of Indians and of Russia's army together.
 */

// The words of the languages of a text's script (and English's), each field one pattern per script.
const INDIAN_PEOPLE = byScript((l) => l.topic.indianPeople, 'i');
const RUSSIAN_ARMY = byScript((l) => l.topic.russianArmy, 'i');
/** Russia or Ukraine named: the detector's words, of the paragraph's own script and English. */
const RUSSIA = byScript((l) => l.detect.russia, 'i');
const TOPIC_ACTION = byScript((l) => l.topic.topicAction, 'i');
const TITLE_ACTION = new RegExp(
  alternation((l) => l.topic.titleAction ?? l.topic.topicAction),
  'i',
);
const OTHER_NATIONALS = byScript((l) => l.topic.otherNationals, 'gi');

const INDIAN_PEOPLE_ALL = byScript((l) => l.topic.indianPeople, 'gi');
/** Other countries and their people, in a headline: "Nepal's men in Russia's army" is not about Indians. */
const OTHER_NATIONAL_WORD = new RegExp(
  alternation((l) => l.topic.otherNations),
  'i',
);
const LOCAL_PERSON = new RegExp(
  alternation((l) => l.topic.localPerson),
  'i',
);
/** India or its government named in a headline: "India", "MEA", "Centre". */
const INDIA_IN_HEADLINE = new RegExp(
  alternation((l) => l.topic.indiaInHeadline),
  'i',
);
/** A death named in a headline: "body", "killed". */
const DEATH_IN_HEADLINE = new RegExp(
  alternation((l) => l.topic.death),
  'i',
);
/** India's own army, whose paragraphs are not about Russia's. */
const INDIAN_ARMY = byScript((l) => l.topic.indianArmy, 'i');

function count(g: RegExp, s: string): number {
  g.lastIndex = 0;
  let n = 0;
  while (g.exec(s)) n++;
  return n;
}

export interface Relevance {
  relevant: boolean;
  score: number;
}

const ARMY = byScript((l) => l.topic.army, 'i');

/**
 * Other stories of Indians and Russia in the story's words: India's own forces there (an exercise, a
 * warship), whatever army the text names; civilian jobs (factories, building sites, hospitals), where it
 * names no army. Only the Indian languages list them: English pages are read as they were.
 */
const OWN_FORCES = byScript((l) => l.topic.ownForces, 'i');
const CIVILIAN_WORK = byScript((l) => l.topic.civilianWork, 'i');
function isOtherStory(s: string, latin: number): boolean {
  return OWN_FORCES(s, latin).test(s) || (CIVILIAN_WORK(s, latin).test(s) && !ARMY(s, latin).test(s));
}

/** A paragraph about Indians and an army, in a page about Russia. */
const TOPIC_VERB = byScript((l) => l.topic.topicVerb ?? l.topic.topicAction, 'i');

/** A paragraph about Indians and an army, in a page about Russia. */
function isTopicParagraph(
  p: string,
  army: boolean,
  russiaInTitle: boolean,
  titleOnTopic: boolean,
  indians: boolean,
  latin: number,
): boolean {
  // Another story's paragraph is none of ours: asked last, of the few paragraphs that read as ours.
  return speaksOfTopic(p, army, russiaInTitle, titleOnTopic, indians, latin) && !isOtherStory(p, latin);
}

function speaksOfTopic(
  p: string,
  army: boolean,
  russiaInTitle: boolean,
  titleOnTopic: boolean,
  indians: boolean,
  latin: number,
): boolean {
  // Under a headline about an Indian recruit, "a Russian military unit" needs no nationality of its own.
  if (!indians) return titleOnTopic && army && TOPIC_ACTION(p, latin).test(p);
  if (army) return TOPIC_ACTION(p, latin).test(p);
  if (INDIAN_ARMY(p, latin).test(p)) return false;
  if (ARMY(p, latin).test(p) && (russiaInTitle || RUSSIA(p, latin).test(p))) return true;
  return titleOnTopic && TOPIC_VERB(p, latin).test(p);
}

/** The score counts at most this many topic paragraphs, and a share of them up to this. */
const TOPIC_PARAS_CAP = 4;
const SHARE_CAP = 0.4;

/** Stage two: the whole article. */
export function scoreRelevance(model: TextModel, url = ''): Relevance {
  const { text, blocks } = model;
  const titleBlocks = blocks.filter((b) => b.role === 'title');
  const bodyBlocks = blocks.filter((b) => b.role === 'body' && b.end - b.start >= 40);
  const title = titleBlocks.map((b) => text.slice(b.start, b.end)).join(' ');
  const slug = url.replace(/[-_/.]+/g, ' ');
  if (bodyBlocks.length === 0) return { relevant: false, score: 0 };
  // Stage one first: most pages stop at their headline and lead.
  const lead = text.slice(bodyBlocks[0]?.start ?? 0, (bodyBlocks[0]?.start ?? 0) + 4000);
  if (!looksOnTopic(title, url, lead)) return { relevant: false, score: 0 };
  // Spanish words only on a page that writes Spanish letters.
  const latin = latinOf(text);
  const russiaInTitle = RUSSIA_WORD.test(title);
  const headline = `${title} ${slug}`;
  const titleOnTopic =
    RUSSIA_WORD.test(headline) &&
    (INDIAN_PEOPLE(headline, latin).test(headline) ||
      (INDIA_IN_HEADLINE.test(headline) && TITLE_ACTION.test(headline)) ||
      // "Back from Russian front, Jagraon youth recounts ...": on an Indian outlet, a local man.
      // A local man or family: on an Indian outlet's page, or where the lead names India or its states.
      (LOCAL_PERSON.test(headline) &&
        !OTHER_NATIONAL_WORD.test(headline) &&
        (isIndianOutlet(url) || INDIA_WORD.test(lead)))) &&
    // "Thrissur family still waits for Binil's body from Russia": a death names the war too.
    (MILITARY_WORD.test(headline) || DEATH_IN_HEADLINE.test(headline)) &&
    !isOtherStory(headline, latin);

  let topicParas = 0;
  let firstTopic = -1;
  let otherMentions = 0;
  /** Paragraphs about the army: where Indians and other nationals are counted. */
  const armyParas: string[] = [];
  /** Paragraphs read after the score settled that name no other nationals, not yet tested for the army. */
  const untested: string[] = [];
  /** Once the topic paragraphs reach both caps of the score below, more of them change nothing. */
  let settled = false;
  for (let i = 0; i < bodyBlocks.length; i++) {
    const b = bodyBlocks[i] as (typeof bodyBlocks)[number];
    const p = text.slice(b.start, b.end);
    if (settled) {
      // Only other nationals in paragraphs about the army still count: they are looked for first (most
      // paragraphs name none), and the army only where they are named.
      const others = count(OTHER_NATIONALS(p, latin), p);
      if (others === 0) untested.push(p);
      else if (RUSSIAN_ARMY(p, latin).test(p)) {
        armyParas.push(p);
        otherMentions += others;
      }
      continue;
    }
    const army = RUSSIAN_ARMY(p, latin).test(p);
    if (isTopicParagraph(p, army, russiaInTitle, titleOnTopic, INDIAN_PEOPLE(p, latin).test(p), latin)) {
      topicParas++;
      if (firstTopic < 0) firstTopic = i;
      settled = topicParas >= TOPIC_PARAS_CAP && topicParas / bodyBlocks.length / SHARE_CAP >= 1;
    }
    if (army) {
      armyParas.push(p);
      otherMentions += count(OTHER_NATIONALS(p, latin), p);
    }
  }
  const leadOnTopic = firstTopic >= 0 && firstTopic < 3;
  const share = topicParas / bodyBlocks.length;
  // Indians are counted only when other nationals are named often enough to outnumber them.
  let othersDominate = false;
  if (otherMentions >= 3) {
    let indianMentions = 0;
    for (const p of armyParas) indianMentions += count(INDIAN_PEOPLE_ALL(p, latin), p);
    for (const p of untested)
      if (RUSSIAN_ARMY(p, latin).test(p)) indianMentions += count(INDIAN_PEOPLE_ALL(p, latin), p);
    othersDominate = otherMentions > indianMentions * 1.5;
  }

  // Each signal adds evidence; a page needs the headline or the lead on the topic and more than one
  // line of it, or a steady run of topic paragraphs.
  let score = 0;
  if (titleOnTopic) score += 0.3;
  if (leadOnTopic) score += 0.2;
  score += Math.min(topicParas, TOPIC_PARAS_CAP) * 0.08;
  score += Math.min(share / SHARE_CAP, 1) * 0.18;
  if (othersDominate) score *= 0.4;
  if (topicParas === 0 || (topicParas === 1 && !titleOnTopic)) score *= 0.4;
  // A headline squarely on the topic over at least one paragraph of it: a live blog or a roundup whose
  // other entries are other news is still on the topic (its figures are held to the story's passages).
  if (titleOnTopic && topicParas >= 1 && !othersDominate) score = Math.max(score, 0.5);
  score = Math.round(Math.min(1, score) * 100) / 100;
  return { relevant: score >= 0.5, score };
}
