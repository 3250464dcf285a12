/**
 * Reading a sightings file the reader chose to import: refused by its size before a byte of it is
 * read, so that a file far too large for the browser's storage neither freezes the options page while
 * it is parsed nor reaches the storage that would refuse it anyway.
 */

/**
 * What `storage.local` holds for the extension in Chrome without the `unlimitedStorage` permission
 * (`QUOTA_BYTES`), which the manifest does not ask for. Firefox sets no such limit; the import limit
 * is the same there.
 */
export const STORAGE_QUOTA_BYTES = 10 * 1024 * 1024;

/**
 * The largest import file read: just above the export of the fullest sightings the quota can hold.
 * The export is indented (one space a level), which makes it at most 1.52 times what the same
 * sightings take in storage (figures with nothing in them, each verdict an object of its own:
 * tests/unit/sightings-import.test.ts).
 */
export const MAX_IMPORT_BYTES = 15.5 * 1024 * 1024;

export interface TooLarge {
  ok: false;
  reason: 'too_large';
  size: number;
  limit: number;
}

export type ImportFileText =
  | { ok: true; text: string }
  | TooLarge
  | { ok: false; reason: 'unreadable'; error: string };

/** The refusal of a file over MAX_IMPORT_BYTES, from its size alone; null for a file not too large. */
export function tooLargeToImport(file: Pick<Blob, 'size'>): TooLarge | null {
  return file.size > MAX_IMPORT_BYTES
    ? { ok: false, reason: 'too_large', size: file.size, limit: MAX_IMPORT_BYTES }
    : null;
}

/** The file's text, unless it is over MAX_IMPORT_BYTES (then it is not read) or cannot be read. */
export async function readImportFile(file: Pick<Blob, 'size' | 'text'>): Promise<ImportFileText> {
  const tooLarge = tooLargeToImport(file);
  if (tooLarge) return tooLarge;
  try {
    return { ok: true, text: await file.text() };
  } catch (e) {
    return { ok: false, reason: 'unreadable', error: e instanceof Error ? e.message : String(e) };
  }
}
