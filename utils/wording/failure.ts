import type { Messages } from './figure-wording';

/**
 * A failure the reader may see, as a message of the catalogue: its key and substitutions, each plain
 * text (a file name, the browser's own error, a check's finding) or another message. The failure
 * keeps its English sentence too (`error`), for logs and tests; the English catalogue words the same
 * sentence (tests/unit/failure-words.test.ts).
 */
export interface Words {
  key: string;
  subs?: ReadonlyArray<string | Words>;
}

export type Failure = { ok: false; error: string; words?: Words };

/** A failure with its English sentence and its catalogue message. */
export const failure = (error: string, key: string, ...subs: Array<string | Words>): Failure => ({
  ok: false,
  error,
  words: { key, subs },
});

/** A message and the messages inside it, worded by `m`. */
function wordsText(m: Messages, w: Words): string {
  return m(
    w.key,
    (w.subs ?? []).map((s) => (typeof s === 'string' ? s : wordsText(m, s))),
  );
}

/** What the reader reads of a failure: the catalogue's words when it has them, else its own text. */
export const failureText = (m: Messages, f: { error?: string; words?: Words }): string =>
  f.words ? wordsText(m, f.words) : (f.error ?? '');
