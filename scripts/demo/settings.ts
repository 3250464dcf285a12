import { join, relative } from 'node:path';
import { PROJECT_ROOT } from '../../tests/browser/support/paths';

/** Where the demo writes its screenshots and report.md. */
export const OUT = join(PROJECT_ROOT, 'artifacts', 'demo');
/** Where it writes the store listing images. */
export const STORE = join(PROJECT_ROOT, 'artifacts', 'store');
export const VIEWPORT = { width: 1100, height: 900 };
export const PHONE = { width: 400, height: 800 };

/** A file the demo wrote, as its report names it: relative to OUT. */
export const rel = (p: string): string => relative(OUT, p);
