import type { Attribution } from './figure-types';

/**
 * Who the text says gave a figure: the MEA or its spokesperson, a minister, a reply in Parliament, the
 * Foreign Secretary, an embassy. Read from the figure's sentence, else from the sentences just before
 * it in its paragraph ("Jaiswal said ... . Of them, 44 are still serving."), else, when the sentence
 * hands the words on ("he said"), from the end of the paragraph before. Each language's cues are one
 * table below; a name beats a role, and a role beats an institution.
 */

interface SpeakerCue {
  re: RegExp;
  speaker: string;
  /** 2 for a named official, 1 for a role, 0 for an institution: the most specific one is kept. */
  rank: number;
}

interface VenueCue {
  re: RegExp;
  venue: string;
  /** The venue when the same stretch of text also says "written reply". */
  written?: string;
}

interface AttributionCues {
  speakers: SpeakerCue[];
  venues: VenueCue[];
  /** "Written reply": makes a house of Parliament's venue a written reply. */
  written: RegExp;
  /** Words that hand attribution to someone else: a family, sources, a report. */
  notOfficial: RegExp;
  /** "he said", "the ministry added": the sentence speaks for someone named earlier. */
  handOn: RegExp;
  /** "The government", "the Centre": official only when a venue of the state is named beside it. */
  government: RegExp;
}

const EAM = 'External Affairs Minister';
const MOS = 'Minister of State for External Affairs';
const SPOKESPERSON = 'MEA spokesperson';
const MEA = 'Ministry of External Affairs';
const FOREIGN_SECRETARY = 'Foreign Secretary';
const GOVERNMENT = 'Government of India';

const ENGLISH: AttributionCues = {
  speakers: [
    {
      re: /\bRandhir Jaiswal\b|\b(?:spokes(?:person|man)|MEA's) Jaiswal\b|\bJaiswal (?:said|told|added|stated)\b/,
      speaker: `Randhir Jaiswal, ${SPOKESPERSON}`,
      rank: 2,
    },
    { re: /\bJaishankar\b/, speaker: `S. Jaishankar, ${EAM}`, rank: 2 },
    { re: /\bKirti Vardhan Singh\b|\bK\.? ?V\.? Singh\b/, speaker: `Kirti Vardhan Singh, ${MOS}`, rank: 2 },
    { re: /\bPabitra Margherita\b/, speaker: `Pabitra Margherita, ${MOS}`, rank: 2 },
    { re: /\bVikram Misri\b|\bMisri\b/, speaker: `Vikram Misri, ${FOREIGN_SECRETARY}`, rank: 2 },
    { re: /\bVinay (?:Mohan )?Kwatra\b|\bKwatra\b/, speaker: `Vinay Kwatra, ${FOREIGN_SECRETARY}`, rank: 2 },
    {
      re: /\b(?:MEA|External Affairs Ministry|foreign ministry|Ministry of External Affairs)(?:'s)? (?:official )?spokes(?:person|man)\b|\bspokes(?:person|man) (?:of|for) the (?:MEA|Ministry of External Affairs|External Affairs Ministry)\b/i,
      speaker: SPOKESPERSON,
      rank: 1,
    },
    {
      re: /\b(?:Minister of State|MoS|junior minister) (?:for|of) External Affairs\b|\bMoS \(?External Affairs\)?|\bMinister of State in the (?:MEA|Ministry of External Affairs)\b/i,
      speaker: MOS,
      rank: 1,
    },
    { re: /\b(?:External Affairs|Foreign) Minister\b|\bEAM\b/, speaker: EAM, rank: 1 },
    { re: /\bForeign Secretary\b/i, speaker: FOREIGN_SECRETARY, rank: 1 },
    {
      re: /\b(?:Indian|India's) (?:embassy|mission) in (?:Moscow|Russia)\b|\bEmbassy of India\b|\bIndian (?:Embassy|Mission)\b/i,
      speaker: 'Embassy of India, Moscow',
      rank: 1,
    },
    {
      re: /\bRussian (?:Embassy|embassy|envoy|ambassador|Ambassador|charg[eé] d'affaires)\b|\bEmbassy of Russia\b/,
      speaker: 'Embassy of Russia, New Delhi',
      rank: 1,
    },
    {
      re: /\bMinistry of External Affairs\b|\bExternal Affairs Ministry\b|\bMEA\b|\bIndia's foreign ministry\b/,
      speaker: MEA,
      rank: 0,
    },
    {
      re: /\b(?:Government of India|Indian government|Union government|central government)\b|\bthe Centre\b(?! (?:for|of)\b)/,
      speaker: GOVERNMENT,
      rank: 0,
    },
  ],
  venues: [
    { re: /\bRajya Sabha\b/i, venue: 'Rajya Sabha', written: 'Rajya Sabha written reply' },
    { re: /\bLok Sabha\b/i, venue: 'Lok Sabha', written: 'Lok Sabha written reply' },
    { re: /\bParliament\b/, venue: 'Parliament', written: 'written reply in Parliament' },
    { re: /\bweekly (?:media |press )?briefing\b/i, venue: 'weekly briefing' },
    { re: /\b(?:media|press|special|news) briefing\b|\bbriefing\b/i, venue: 'media briefing' },
    { re: /\bpress (?:release|statement|note)\b|\bstatement\b/i, venue: 'statement' },
    { re: /\bpost(?:ed)? on X\b|\bon X\b/, venue: 'post on X' },
  ],
  written: /\bwritten (?:reply|response|answer)\b/i,
  notOfficial:
    /\baccording to (?:(?:his|her|their|the) )?(?:family|families|relatives|kin|parents|brother|sister|father|mother|wife|villagers|locals|sources|reports?|media|activists)\b|\b(?:family|families|relatives|kin|villagers|sources) (?:said|say|claimed|claim|alleged)\b|\b(?:his|her|their) (?:family|brother|sister|father|mother|wife|son|cousin|uncle) (?:said|says|claimed|told)\b/i,
  handOn:
    /\b(?:he|she|it|they) (?:said|added|told|informed|stated|noted)\b|\b(?:said|added) (?:he|she|the (?:minister|ministry|spokesperson|official))\b|\bthe (?:minister|ministry|spokesperson|reply|statement) (?:said|added|stated)\b/i,
  government: /\b(?:the government|the Centre|the Union)\b/i,
};

const HINDI: AttributionCues = {
  speakers: [
    { re: /रणधीर जायसवाल|जायसवाल/, speaker: `Randhir Jaiswal, ${SPOKESPERSON}`, rank: 2 },
    { re: /जयशंकर/, speaker: `S. Jaishankar, ${EAM}`, rank: 2 },
    { re: /कीर्ति ?वर्धन सिंह/, speaker: `Kirti Vardhan Singh, ${MOS}`, rank: 2 },
    { re: /विक्रम मिस्री|मिस्री/, speaker: `Vikram Misri, ${FOREIGN_SECRETARY}`, rank: 2 },
    { re: /विदेश मंत्रालय के (?:आधिकारिक )?प्रवक्ता/, speaker: SPOKESPERSON, rank: 1 },
    { re: /विदेश राज्य ?मंत्री/, speaker: MOS, rank: 1 },
    { re: /विदेश मंत्री/, speaker: EAM, rank: 1 },
    { re: /विदेश सचिव/, speaker: FOREIGN_SECRETARY, rank: 1 },
    { re: /भारतीय दूतावास|भारत के दूतावास/, speaker: 'Embassy of India, Moscow', rank: 1 },
    { re: /रूसी दूतावास|रूस के दूतावास/, speaker: 'Embassy of Russia, New Delhi', rank: 1 },
    { re: /विदेश मंत्रालय|\bMEA\b/, speaker: MEA, rank: 0 },
    { re: /केंद्र सरकार|भारत सरकार/, speaker: GOVERNMENT, rank: 0 },
  ],
  venues: [
    { re: /राज्य ?सभा/, venue: 'Rajya Sabha', written: 'Rajya Sabha written reply' },
    { re: /लोक ?सभा/, venue: 'Lok Sabha', written: 'Lok Sabha written reply' },
    { re: /संसद/, venue: 'Parliament', written: 'written reply in Parliament' },
    { re: /साप्ताहिक (?:प्रेस |मीडिया )?ब्रीफिंग/, venue: 'weekly briefing' },
    { re: /ब्रीफिंग|प्रेस वार्ता|संवाददाता सम्मेलन/, venue: 'media briefing' },
    { re: /बयान/, venue: 'statement' },
  ],
  written: /लिखित (?:उत्तर|जवाब)/,
  notOfficial: /(?:परिजनों|परिवार(?:वालों)?|रिश्तेदारों|ग्रामीणों|सूत्रों) (?:के (?:अनुसार|मुताबिक)|ने (?:बताया|कहा))/,
  handOn: /उन्होंने (?:कहा|बताया)|(?:मंत्रालय|मंत्री|प्रवक्ता) ने (?:कहा|बताया)/,
  government: /सरकार/,
};

/** A language's cues, compiled: its speakers and venues each one scan (two when some ignore case). */
interface CompiledCues<T> {
  /** Cues whose pattern ignores case, in one regular expression; then those that do not. */
  scans: Array<{ re: RegExp; cues: T[] }>;
}

function compile<T extends { re: RegExp }>(cues: readonly T[]): CompiledCues<T> {
  const scans: Array<{ re: RegExp; cues: T[] }> = [];
  for (const flags of ['gi', 'g']) {
    const group = cues.filter((c) => c.re.flags.includes('i') === (flags === 'gi'));
    if (group.length === 0) continue;
    scans.push({ re: new RegExp(group.map((c) => `(${c.re.source})`).join('|'), flags), cues: group });
  }
  return { scans };
}

/** Every cue of `compiled` that occurs in `text`. */
function cuesIn<T>(compiled: CompiledCues<T>, text: string): T[] {
  const found: T[] = [];
  for (const { re, cues } of compiled.scans) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // The group that matched names the cue; the cues' own groups are all non-capturing.
      for (let g = 1; g < m.length; g++)
        if (m[g] !== undefined) {
          found.push(cues[g - 1] as T);
          break;
        }
      if (m[0] === '') re.lastIndex++;
    }
  }
  return found;
}

interface Language {
  cues: AttributionCues;
  /** Whether a text may hold this language's cues at all (its script). */
  mayHold: (text: string) => boolean;
  speakers: CompiledCues<SpeakerCue>;
  venues: CompiledCues<VenueCue>;
}

const language = (cues: AttributionCues, mayHold: (text: string) => boolean): Language => ({
  cues,
  mayHold,
  speakers: compile(cues.speakers),
  venues: compile(cues.venues),
});

const LATIN = /[A-Za-z]/;
const DEVANAGARI = /[\u0900-\u097F]/;

/** The cue tables, each read only in a text written in its script. */
const LANGUAGES: readonly Language[] = [
  language(ENGLISH, (t) => LATIN.test(t)),
  language(HINDI, (t) => DEVANAGARI.test(t)),
];

/** What one stretch of text (a sentence) says of who gave its figures. */
export interface Reading {
  text: string;
  speaker: { speaker: string; rank: number } | null;
  /** The first venue of the list named in it. */
  venue: string | null;
}

/** Reads one sentence once, for every figure that looks to it: who, and where. */
export function readSentence(text: string): Reading {
  const reading: Reading = { text, speaker: null, venue: null };
  let venueAt = Number.POSITIVE_INFINITY;
  for (const { cues, mayHold, speakers, venues } of LANGUAGES) {
    if (!mayHold(text)) continue;
    for (const cue of cuesIn(speakers, text))
      if (!reading.speaker || cue.rank > reading.speaker.rank)
        reading.speaker = { speaker: cue.speaker, rank: cue.rank };
    for (const cue of cuesIn(venues, text)) {
      const at = cues.venues.indexOf(cue);
      if (at >= venueAt) continue;
      venueAt = at;
      reading.venue = cue.written && cues.written.test(text) ? cue.written : cue.venue;
    }
  }
  return reading;
}

/** Whether any language's `pick` of its cues occurs in the text: asked only when the answer matters. */
const says = (text: string, pick: (c: AttributionCues) => RegExp): boolean =>
  LANGUAGES.some((l) => l.mayHold(text) && pick(l.cues).test(text));

/** Parliament's houses: a figure given there is the government's, whoever the text names. */
const PARLIAMENT = /Sabha|Parliament/;

/**
 * The attribution of a figure from the readings of its sentence and those before it, nearest first.
 * Null when none names an official, or when the sentence gives the figure to a family or a report.
 * `handOn` gives the readings of the end of the paragraph before, for "..., he said".
 */
export function attributionFrom(
  readings: readonly Reading[],
  handOn?: () => readonly Reading[],
): Attribution | null {
  const first = readings[0];
  if (!first) return null;
  // A family's or a report's figure, even beside the ministry's name in the sentences before.
  if (!first.speaker && says(first.text, (c) => c.notOfficial)) return null;
  let best: Reading['speaker'] = null;
  let venue: string | null = null;
  let government = false;
  const take = (r: Reading) => {
    if (r.speaker && (best === null || r.speaker.rank > best.rank)) best = r.speaker;
    if (venue === null && r.venue !== null) {
      venue = r.venue;
      government = PARLIAMENT.test(r.venue) && says(r.text, (c) => c.government);
    }
  };
  for (const r of readings) {
    take(r);
    if (best !== null && venue !== null) break;
  }
  if (best === null && handOn && says(first.text, (c) => c.handOn)) for (const r of handOn()) take(r);
  const found = best as Reading['speaker'];
  if (found) return { speaker: found.speaker, venue };
  const v = venue as string | null;
  if (v !== null && government) return { speaker: GOVERNMENT, venue: v };
  return null;
}

/** How many sentences before the figure's own are read. */
export const SENTENCES_BACK = 2;
