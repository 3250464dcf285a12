import { isPartialDate } from '../engine/dates';

/**
 * The checks every message, the stored tab results and the sightings import pass through: each returns
 * the first problem found, as "path: what is wrong", or null. Page text travels as data and is never
 * treated as markup; strings are clipped to the sizes below before they are sent.
 */

export type Problem = string | null;

/** Sizes past which a message is refused; the sender clips its strings to them before sending. */
export const LIMITS = {
  url: 4096,
  title: 1000,
  publisher: 200,
  figureText: 1000,
  figures: 200,
  recordId: 200,
  speaker: 500,
  venue: 500,
  tag: 60,
  /** Largest figure value accepted: far above any count the topic has. */
  value: 1e12,
} as const;

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Exactly these keys: none missing, none extra. */
export function keysProblem(v: Record<string, unknown>, keys: readonly string[], path: string): Problem {
  for (const k of keys) if (!Object.hasOwn(v, k)) return `${path}: missing field "${k}"`;
  const allowed = new Set(keys);
  for (const k of Object.keys(v)) if (!allowed.has(k)) return `${path}: unexpected field "${k.slice(0, 40)}"`;
  return null;
}

export function stringProblem(v: unknown, max: number, path: string, nonEmpty = false): Problem {
  if (typeof v !== 'string') return `${path}: must be a string`;
  if (v.length > max) return `${path}: longer than ${max} characters`;
  if (nonEmpty && v.trim() === '') return `${path}: must not be empty`;
  return null;
}

export function enumProblem<T extends string>(v: unknown, values: readonly T[], path: string): Problem {
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v))
    return `${path}: must be one of ${values.join(', ')}`;
  return null;
}

export function partialDateProblem(v: unknown, path: string, nullable = true): Problem {
  if (v === null && nullable) return null;
  if (!isPartialDate(v)) return `${path}: must be a date YYYY-MM-DD or YYYY-MM${nullable ? ', or null' : ''}`;
  return null;
}

export function isHttpUrl(v: unknown, max: number = LIMITS.url): v is string {
  if (typeof v !== 'string' || v.length > max) return false;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

export function urlProblem(v: unknown, path: string, nullable = false): Problem {
  if (v === null && nullable) return null;
  if (!isHttpUrl(v)) return `${path}: must be an http(s) URL of at most ${LIMITS.url} characters`;
  return null;
}

export function numberProblem(v: unknown, min: number, max: number, path: string, integer = false): Problem {
  if (typeof v !== 'number' || !Number.isFinite(v)) return `${path}: must be a number`;
  if (v < min || v > max) return `${path}: must be between ${min} and ${max}`;
  if (integer && !Number.isInteger(v)) return `${path}: must be a whole number`;
  return null;
}

export function booleanProblem(v: unknown, path: string): Problem {
  return typeof v === 'boolean' ? null : `${path}: must be true or false`;
}

/** The first problem of the checks, run in order until one finds something. */
export function firstProblem(...checks: Array<() => Problem>): Problem {
  for (const check of checks) {
    const p = check();
    if (p) return p;
  }
  return null;
}

/** Whitespace collapsed, trimmed, at most `max` characters, never ending in half a surrogate pair. */
export function clip(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  let out = t.slice(0, max);
  const last = out.charCodeAt(out.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) out = out.slice(0, -1);
  return out;
}
