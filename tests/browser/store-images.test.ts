import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePng } from '../../scripts/icon/png';
import { writeStoreImage } from '../../scripts/store-images';
import { CHROMIUM_PATH } from './support/chromium';

/** A plain image of one colour, standing in for the demo's screenshots. */
function solid(width: number, height: number, rgb: readonly number[]): Buffer {
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < rgba.length; i += 4) rgba.set([...rgb, 255], i);
  return encodePng(rgba, width, height);
}

describe('a store listing image', () => {
  let dir = '';
  const browser = chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'factcheck-store-'));
  });
  afterAll(async () => {
    await (await browser).close();
    await rm(dir, { recursive: true, force: true });
  });

  it('is 1280 × 800, the page screenshot with the popup beside it', async () => {
    const pageShot = join(dir, 'page.png');
    const popupShot = join(dir, 'popup.png');
    await writeFile(pageShot, solid(1100, 900, [250, 250, 250]));
    await writeFile(popupShot, solid(420, 600, [30, 107, 53]));
    const out = join(dir, 'store', '1.png');
    await writeStoreImage(await browser, { page: pageShot, popup: popupShot, dark: false }, out);
    const png = await readFile(out);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 800]);
  });
});
