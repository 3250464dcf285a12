/**
 * The hostile inputs of the adversarial part of `npm run bench`, made to any length, and the messages
 * between the benchmark and the child process that runs them (adversarial-worker.ts).
 */

export const MB = 1_000_000; // here 1 MB = 10^6 UTF-16 code units, the unit of MAX_TEXT_CHARS

/** Makes the page relevant, so analyzeText reaches the extractor instead of stopping at relevance. */
export const TOPIC_HEADER =
  '44 Indians recruited into the Russian army, says MEA\n' +
  'The MEA said 44 Indian nationals are currently serving in the Russian army and efforts are on for their discharge.\n';

/** `unit` repeated to exactly `n` characters. */
function repeatTo(unit: string, n: number): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

/** The numbers from 1 up, joined by `sep`, to exactly `n` characters. */
function countingChain(sep: string, n: number): string {
  const parts: string[] = [];
  // The length of the parts once joined: one separator fewer than parts.
  let len = -sep.length;
  for (let i = 1; len < n; i++) {
    const s = String(i);
    parts.push(s);
    len += s.length + sep.length;
  }
  return parts.join(sep).slice(0, n);
}

/** make(0), make(1) … one after another, to exactly `n` characters. */
function sentencesTo(make: (i: number) => string, n: number): string {
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; len < n; i++) {
    const s = make(i);
    parts.push(s);
    len += s.length;
  }
  return parts.join('').slice(0, n);
}

export const ADVERSARIAL: Array<{ name: string; make: (n: number) => string }> = [
  { name: 'digit run "1234567890"…', make: (n) => repeatTo('1234567890', n) },
  { name: 'Devanagari digit run "१२३४५६७८९०"…', make: (n) => repeatTo('१२३४५६७८९०', n) },
  {
    name: 'Devanagari figures "४४ भारतीय … सेना में हैं।"…',
    make: (n) => repeatTo('४४ भारतीय नागरिक रूसी सेना में हैं। ', n),
  },
  { name: 'hyphen-joined words "twenty-twenty-…"', make: (n) => repeatTo('twenty-', n) },
  { name: 'hyphen run "-----"…', make: (n) => repeatTo('-', n) },
  { name: 'chain "1-2-3-4-…"', make: (n) => countingChain('-', n) },
  { name: 'comma chain "1,2,3,…"', make: (n) => countingChain(',', n) },
  { name: 'Indian grouping run "1,25,25,25,…"', make: (n) => `1${repeatTo(',25', n - 1)}` },
  {
    name: 'no full stops "44 Indians serving killed …"',
    make: (n) => repeatTo('44 Indians serving killed missing discharged ', n),
  },
  { name: 'repeated "between 35 and 50 "', make: (n) => repeatTo('between 35 and 50 ', n) },
  { name: 'repeated "at least "', make: (n) => repeatTo('at least ', n) },
  {
    name: 'dated sentences "In July 2025, 4 Indians were killed."',
    make: (n) => sentencesTo((i) => `In July 2025, ${(i % 90) + 2} Indians were killed. `, n),
  },
  {
    name: 'distinct figures on one line "N Indians died."',
    make: (n) => sentencesTo((i) => `${10 + i} Indians died. `, n),
  },
  {
    name: 'distinct figures, one per line "N Indians died."',
    make: (n) => sentencesTo((i) => `${10 + i} Indians died.\n`, n),
  },
  {
    name: 'full-stop run after a figure "44 Indians were killed ....."',
    make: (n) => `44 Indians were killed ${repeatTo('.', n - 23)}`,
  },
  {
    name: '"Published 12:30" then whitespace',
    make: (n) => `Published 12:30${' '.repeat(Math.max(0, n - 16))}x`,
  },
  { name: '"May 08, 2024" then whitespace', make: (n) => `May 08, 2024${' '.repeat(Math.max(0, n - 13))}x` },
];

export type AdvFn = 'analyzeText' | 'extractFigures';

export interface AdvTask {
  id: number;
  caseIndex: number;
  fn: AdvFn;
  size: number;
}

export interface AdvResult {
  id: number;
  ms: number;
  figures: number;
  relevant: boolean;
  truncated: boolean;
  textLength: number;
  error?: string;
}
