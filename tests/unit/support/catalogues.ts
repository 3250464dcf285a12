import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Catalogue, catalogueOf, withFallback } from '../../../utils/wording/catalogue';

/**
 * Message catalogues for the tests of the reader's choice of language: the project's English and Hindi
 * files, and a partial test catalogue (tests/fixtures/locales/hi) for what a language not yet wholly
 * translated does.
 */

const ROOT = join(import.meta.dirname, '..', '..', '..');
export const EN_FILE_PATH = join(ROOT, 'public', '_locales', 'en', 'messages.json');
const REAL_HI_FILE_PATH = join(ROOT, 'public', '_locales', 'hi', 'messages.json');
export const FIXTURE_HI_FILE_PATH = join(ROOT, 'tests', 'fixtures', 'locales', 'hi', 'messages.json');

/** The project's Hindi file (a test fails, rather than passing on less, when it is missing). */
export function hindiFile(): { path: string } {
  if (!existsSync(REAL_HI_FILE_PATH)) throw new Error(`${REAL_HI_FILE_PATH} is missing`);
  return { path: REAL_HI_FILE_PATH };
}

export const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

export const englishCatalogue = (): Catalogue => catalogueOf(readJson(EN_FILE_PATH), 'en');

/** The Hindi catalogue over the English one, as the extension builds it for a reader who chose Hindi. */
export const hindiCatalogue = (): Catalogue =>
  withFallback(catalogueOf(readJson(hindiFile().path), 'hi'), englishCatalogue());

/** The partial test catalogue over the English one: what it lacks reads in English. */
export const partialHindiCatalogue = (): Catalogue =>
  withFallback(catalogueOf(readJson(FIXTURE_HI_FILE_PATH), 'hi'), englishCatalogue());
