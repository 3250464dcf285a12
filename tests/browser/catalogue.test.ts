import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogueOf, catalogueReader } from '../../utils/wording/catalogue';
import { launchWithExtension } from './support/chromium';
import { PROJECT_ROOT } from './support/paths';
import { useFixtureSession } from './support/session';

/**
 * utils/wording/catalogue.ts against Chromium's own `i18n.getMessage`: a small extension whose English
 * catalogue is the project's, with a few messages beside it that try Chrome's rules at their edges
 * (`$$`, `$` before anything else, placeholder names in any case, substitutions that look like
 * placeholders). Every message, with nine substitutions, one, and none, must read the same. And
 * utils/wording/locale-format.ts run in Chromium's page as in Node: the same numbers and dates.
 */

const EN_FILE = join(PROJECT_ROOT, 'public', '_locales', 'en', 'messages.json');

/** Messages at the edges of Chrome's rules (each must still load: a `$name$` with no placeholder would not). */
const EDGES: Record<string, unknown> = {
  zzEdgeDollars: { message: '$$ and $$$ and $$1 and ₹$$$1', description: 'd' },
  zzEdgeStray: { message: '$0 and $a and $ and a lone one at the end $', description: 'd' },
  zzEdgeCase: {
    message: '$Count$ of $TOTAL$ ($count$)',
    description: 'd',
    placeholders: { COUNT: { content: '$1' }, total: { content: '[$2]' } },
  },
  zzEdgeNotAName: {
    message: 'costs $5-$TEN$, at $A_b@1$',
    description: 'd',
    placeholders: { ten: { content: 'ten' }, 'a_b@1': { content: '$2' } },
  },
  zzEdgeContent: { message: '<$A$>', description: 'd', placeholders: { a: { content: '$$1 $1$$' } } },
  ZZEDGEUPPER: { message: 'upper $1', description: 'd' },
  // Not `$9$8$...`: `$8$` would be a placeholder's name, and an undeclared one stops the extension loading.
  zzEdgeNine: { message: '$9 $8 $7 $6 $5 $4 $3 $2 $1', description: 'd' },
};

const dir = mkdtempSync(join(tmpdir(), 'factcheck-catalogue-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The test extension: a page to ask i18n in, a worker to find its id by. */
async function writeExtension(): Promise<Record<string, unknown>> {
  const messages = { ...JSON.parse(readFileSync(EN_FILE, 'utf8')), ...EDGES };
  await mkdir(join(dir, '_locales', 'en'), { recursive: true });
  writeFileSync(join(dir, '_locales', 'en', 'messages.json'), JSON.stringify(messages, null, 1));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: '__MSG_extName__',
      version: '1.0',
      default_locale: 'en',
      background: { service_worker: 'worker.js' },
    }),
  );
  writeFileSync(join(dir, 'worker.js'), '// only here to name the extension\n');
  writeFileSync(join(dir, 'page.html'), '<!doctype html><title>i18n</title>\n');
  return messages;
}

let messages: Record<string, unknown> = {};
const session = useFixtureSession(async (port) => {
  messages = await writeExtension();
  return launchWithExtension(dir, port, []);
});

/** In the extension's page: getMessage for every key, with nine substitutions, one, and none. */
const SUBS = ['<1>', '<2>', '<3>', '<4>', '<5>', '<6>', '<7>', '<8>', '$1 and $$'];

describe("the catalogue reader against Chromium's i18n.getMessage", () => {
  it('reads every message of the English file, and the edge cases, as Chromium does', async () => {
    const b = session.browser();
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/page.html`);
    const keys = Object.keys(messages);
    const asked = [...keys, 'zzedgeupper', 'ZzEdgeCase'];
    const chromium = await page.evaluate(
      ([names, subs]) => {
        const i18n = (
          globalThis as unknown as {
            chrome: { i18n: { getMessage(k: string, s?: string | string[]): string } };
          }
        ).chrome.i18n;
        return names.map((k) => [i18n.getMessage(k, subs), i18n.getMessage(k, subs[0]), i18n.getMessage(k)]);
      },
      [asked, SUBS] as const,
    );
    const read = catalogueReader(catalogueOf(messages, 'en'));
    const ours = asked.map((k) => [read(k, SUBS), read(k, SUBS[0]), read(k)]);
    expect(ours).toEqual(chromium);
    // The edge cases say what they test (and that Chromium read them as this file expects).
    const edge = (k: string) => chromium[asked.indexOf(k)]?.[0];
    expect(edge('zzEdgeDollars')).toBe('$ and $$ and $1 and ₹$$1');
    expect(edge('zzEdgeStray')).toBe(' and  and and a lone one at the end ');
    expect(edge('zzEdgeCase')).toBe('<1> of [<2>] (<1>)');
    expect(edge('zzEdgeContent')).toBe('<$1 <1>$>');
    expect(edge('zzedgeupper')).toBe('upper <1>');
    await page.close();
  });
});

/** utils/wording/locale-format.ts as a script (it imports nothing), for a page to run. */
function localeFormatScript(): string {
  // With what it imports (utils/engine/dates.ts, which imports only types), as one script for the page and Node.
  return ['engine/dates.ts', 'wording/locale-format.ts']
    .map((file) => {
      const source = readFileSync(join(PROJECT_ROOT, 'utils', file), 'utf8');
      return ts.transpileModule(source, {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
      }).outputText;
    })
    .join('\n')
    .replace(/^import .*$/gm, '')
    .replace(/^export /gm, '');
}

const NUMBERS: Array<[string, number]> = [
  ['en', 1426],
  ['en', 125_000],
  ['hi', 12_345_678],
];
const AXIS: Array<[string, number]> = [
  ['en', 9_000],
  ['en', 50_000],
  ['en', 150_000],
  ['en', 25_000_000],
  ['hi', 50_000],
  ['hi', 150_000],
  ['hi', 25_000_000],
];
const DATES: Array<[string, string]> = [
  ['en', '2025-11-08'],
  ['en', '2025-09'],
  ['hi', '2025-12-18'],
  ['hi', '2025-07'],
];

describe('numbers and dates in Chromium', () => {
  it('come out as in Node, whose outputs the unit tests hold', async () => {
    const page = await session.browser().context.newPage();
    await page.goto('about:blank');
    const cases = { NUMBERS, AXIS, DATES };
    const run = `(() => { ${localeFormatScript()}
      const c = ${JSON.stringify(cases)};
      return {
        numbers: c.NUMBERS.map(([l, n]) => countIn(l, n)),
        axis: c.AXIS.map(([l, n]) => axisNumberIn(l, n)),
        dates: c.DATES.map(([l, d]) => dateIn(l, d)),
      };
    })()`;
    const chromium = await page.evaluate(run);
    const node = new Function(`return ${run}`)();
    expect(chromium).toEqual(node);
    expect(chromium).toEqual({
      numbers: ['1,426', '1,25,000', '1,23,45,678'],
      axis: ['9,000', '50K', '1.5\u202flakh', '2.5\u202fcrore', '50 हज़ार', '1.5 लाख', '2.5 करोड़'],
      dates: ['8 Nov 2025', 'Sept 2025', '18 दिसंबर 2025', 'जुलाई 2025'],
    });
    await page.close();
  });
});
