import type { Scope } from './figure-types';
import { byScript, EVERY_LATIN } from './languages/scripts';

/**
 * Whose count a figure is: the country's, or one group's (one district's men, one agent's recruits, the
 * men of one village, one state's). A group's count is never compared with national totals. Read in the
 * words right after the number, up to the end of its clause, and in the few right before it.
 */

// Case counts here: "from Azamgarh" names a place, "from families" does not.
const GROUP_AFTER = byScript((l) => l.scope?.groupAfter, '');
const GROUP_BEFORE = byScript(
  (l) => l.scope?.groupBefore,
  '',
  (s) => `(?:${s})\\s*$`,
);

/** How far after the number a group's marker may stand: the noun phrase of the count, not the sentence. */
const AFTER_REACH = 70;
const BEFORE_REACH = 40;

export function scopeOf(
  text: string,
  start: number,
  end: number,
  clauseEnd: number,
  latin = EVERY_LATIN,
): Scope {
  const after = text.slice(end, Math.min(clauseEnd, end + AFTER_REACH));
  if (GROUP_AFTER(after, latin).test(after)) return 'group';
  const before = text.slice(Math.max(0, start - BEFORE_REACH), start);
  if (GROUP_BEFORE(before, latin).test(before)) return 'group';
  return 'national';
}
