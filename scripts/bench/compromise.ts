import nlp from 'compromise';

/** The peer: every number compromise finds in a text, with the value it reads. */
export function compromiseNumbers(text: string): Array<{ number?: { num?: number } }> {
  return nlp(text).numbers().json() as Array<{ number?: { num?: number } }>;
}
