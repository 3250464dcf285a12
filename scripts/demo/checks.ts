/** Something expected that is missing: collected, reported, and the reason for a non-zero exit. */
export const problems: string[] = [];
export function check(ok: boolean, what: string): boolean {
  if (!ok) problems.push(what);
  return ok;
}
