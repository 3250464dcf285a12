import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Catalogue, catalogueOf, withFallback } from '../../../utils/wording/catalogue';

/**
 * Message catalogues for the tests of the reader's choice of language: the real English file, and a
 * Hindi one, the project's own (public/_locales/hi) when the build has it, else the partial test
 * catalogue in tests/fixtures/locales/hi (what it lacks falls back to English).
 */

const ROOT = join(import.meta.dirname, '..', '..', '..');
export const EN_FILE_PATH = join(ROOT, 'public', '_locales', 'en', 'messages.json');
export const REAL_HI_FILE_PATH = join(ROOT, 'public', '_locales', 'hi', 'messages.json');
export const FIXTURE_HI_FILE_PATH = join(ROOT, 'tests', 'fixtures', 'locales', 'hi', 'messages.json');

/** The Hindi file the tests use, and whether it is the project's own. */
export function hindiFile(): { path: string; real: boolean } {
  return existsSync(REAL_HI_FILE_PATH)
    ? { path: REAL_HI_FILE_PATH, real: true }
    : { path: FIXTURE_HI_FILE_PATH, real: false };
}

export const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

export const englishCatalogue = (): Catalogue => catalogueOf(readJson(EN_FILE_PATH), 'en');

/** The Hindi catalogue over the English one, as the extension builds it for a reader who chose Hindi. */
export const hindiCatalogue = (): Catalogue =>
  withFallback(catalogueOf(readJson(hindiFile().path), 'hi'), englishCatalogue());
