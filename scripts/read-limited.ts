import { open } from 'node:fs/promises';

/**
 * A file's text, read only when it is at most `limit` bytes: a regular file by its size, before any of
 * it is read; anything without a size to check first (a pipe, a device, `<(curl ...)`) by stopping
 * once more than `limit` bytes have come. Throws, with a message for the reader, past the limit.
 */
export async function readLimited(path: string, limit: number): Promise<string> {
  const tooLarge = () =>
    new Error(
      `the file is larger than ${limit >= 1024 * 1024 ? `${limit / 1024 / 1024} MB` : `${limit} bytes`}, the most the extractor reads`,
    );
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (info.isFile() && info.size > limit) throw tooLarge();
    const chunks: Buffer[] = [];
    let total = 0;
    const buffer = Buffer.alloc(Math.min(limit + 1, 1024 * 1024));
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limit) throw tooLarge();
      chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    await handle.close();
  }
}
