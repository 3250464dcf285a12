/**
 * The store listing images (1280 × 800) that `npm run demo` writes from its screenshots: a news page
 * with a badge's card open, and the toolbar popup of that page beside it, light or dark. Composed in a
 * page of that size in Chromium and screenshotted.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';

export const STORE_SIZE = { width: 1280, height: 800 };

export interface StoreShots {
  /** A screenshot of a news page, shown from its top left corner. */
  page: string;
  /** A screenshot of the toolbar popup, shown whole beside it. */
  popup: string;
  dark: boolean;
}

const dataUrl = (file: string): string => `data:image/png;base64,${readFileSync(file).toString('base64')}`;

function storeHtml(shots: StoreShots): string {
  const [bg, shadow] = shots.dark ? ['#202124', 'rgba(0,0,0,.6)'] : ['#e8eaed', 'rgba(60,64,67,.35)'];
  return `<!doctype html><html><head><style>
    html, body { margin: 0; width: ${STORE_SIZE.width}px; height: ${STORE_SIZE.height}px; overflow: hidden; background: ${bg}; }
    .page { position: absolute; left: 40px; top: 40px; width: 800px; height: 720px; object-fit: cover;
      object-position: left top; border-radius: 8px; box-shadow: 0 4px 16px ${shadow}; }
    .popup { position: absolute; left: 820px; top: 100px; width: 420px; height: 600px; object-fit: contain;
      object-position: left top; border-radius: 8px; box-shadow: 0 8px 28px ${shadow}; }
  </style></head><body>
    <img class="page" alt="" src="${dataUrl(shots.page)}">
    <img class="popup" alt="" src="${dataUrl(shots.popup)}">
  </body></html>`;
}

/** Writes one store listing image to `out`, in a new page of `browser` (a Browser or a BrowserContext). */
export async function writeStoreImage(
  browser: { newPage(): Promise<Page> },
  shots: StoreShots,
  out: string,
): Promise<void> {
  const page = await browser.newPage();
  try {
    await page.setViewportSize(STORE_SIZE);
    await page.setContent(storeHtml(shots), { waitUntil: 'load' });
    mkdirSync(dirname(out), { recursive: true });
    await page.screenshot({ path: out });
  } finally {
    await page.close();
  }
}
