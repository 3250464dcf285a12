import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  extensionApiUses,
  reach,
  readRules,
  ruleOf,
  type SourceFile,
  topFolder,
  violations,
} from './support/folder-rules';

const ROOT = join(import.meta.dirname, '..', '..');
const UTILS = join(ROOT, 'utils');
const exists = (path: string) => existsSync(join(ROOT, path));

function sources(dir: string): SourceFile[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => {
      const path = `${dir}/${f.split('\\').join('/')}`;
      return { path, text: readFileSync(join(ROOT, path), 'utf8') };
    });
}

const { rules, problems } = readRules(UTILS);
const utilsFiles = sources('utils');

/** The folders that hold no extension API at all: pure code, run in Node as in the extension. */
const PURE = ['sites', 'engine', 'record', 'wording', 'contracts', 'export'];

describe('the folders of utils/', () => {
  it('keep at most eight files at the top of utils/', () => {
    const top = readdirSync(UTILS, { withFileTypes: true }).filter((e) => e.isFile());
    expect(top.length).toBeLessThanOrEqual(8);
  });

  it('each say in a README.md, in two lines, what they own and what they may import', () => {
    expect(problems).toEqual([]);
    const folders = readdirSync(UTILS, { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(rules.map((r) => r.folder)).toEqual(expect.arrayContaining(folders.map((f) => f.name)));
    for (const rule of rules) {
      for (const folder of rule.folders)
        expect(exists(`utils/${folder}`), `${rule.folder} names ${folder}`).toBe(true);
    }
  });

  it('import only what their README allows', () => {
    expect(utilsFiles.length).toBeGreaterThan(80);
    expect(violations(utilsFiles, rules, exists)).toEqual([]);
  });

  it('keep the engine to itself: it reaches nothing of the page, the background or the extension API', () => {
    const files = new Map(utilsFiles.map((f) => [f.path, f.text]));
    const engine = utilsFiles.filter((f) => topFolder(f.path) === 'engine').map((f) => f.path);
    const reached = reach(engine, files, exists);
    const outside = [...reached.files].filter((f) => !['engine', 'sites'].includes(topFolder(f) ?? ''));
    expect(outside).toEqual([]);
    expect([...reached.packages.keys()]).toEqual([]);
  });

  it('keep the page side free of extension packages (no polyfill), however far its imports go', () => {
    const files = new Map(utilsFiles.map((f) => [f.path, f.text]));
    const page = utilsFiles.filter((f) => topFolder(f.path) === 'page').map((f) => f.path);
    const reached = reach(['entrypoints/annotator.ts', 'entrypoints/detector.ts', ...page], files, exists);
    // The entrypoints' own imports are WXT's define functions; what they reach in utils/ is the page side's.
    const fromUtils = [...reached.packages].filter(([, by]) => by.startsWith('utils/'));
    expect(fromUtils).toEqual([]);
  });

  it('let the page side and the background meet only through contracts/', () => {
    const between = rules.filter((r) => /^(page|background)\b/.test(r.folder));
    expect(between.length).toBeGreaterThanOrEqual(2);
    for (const rule of between)
      expect(rule.folders).not.toContain(rule.folder.startsWith('page') ? 'background' : 'page');
  });

  it('name no extension API in the pure folders', () => {
    const pure = utilsFiles.filter((f) => PURE.includes(topFolder(f.path) ?? ''));
    expect(pure.flatMap((f) => extensionApiUses(f.path, f.text))).toEqual([]);
  });

  it('keep the page side out of the popup and options (components/)', () => {
    const found = sources('components').flatMap((f) =>
      [...f.text.matchAll(/from '(?:@\/|(?:\.\.\/)+)utils\/page\//g)].map((m) => `${f.path}: ${m[0]}`),
    );
    expect(found).toEqual([]);
  });
});

describe('the folder rule checker', () => {
  const engine = ruleOf('engine', 'Owns: figures.\nMay import: `sites`; packages: none.');
  const storage = ruleOf('storage', 'Owns: storage.\nMay import: `engine`; packages: `@wxt-dev/storage`.');
  const on = (paths: string[]) => (p: string) => paths.includes(p);

  it('reads the folders and packages a README allows', () => {
    expect(engine).toEqual({ folder: 'engine', owns: 'figures.', folders: ['sites'], packages: [] });
    expect(storage).toMatchObject({ folders: ['engine'], packages: ['@wxt-dev/storage'] });
    expect(ruleOf('x', 'Owns: x.')).toMatch(/no "May import:"/);
  });

  it.each([
    ["import { a } from '../page/overlay';", 'utils/engine/x.ts → utils/page/overlay.ts'],
    [
      "import type { T } from '@/utils/background/tab-results';",
      'utils/engine/x.ts → utils/background/tab-results.ts',
    ],
    ["import { browser } from 'wxt/browser';", 'utils/engine/x.ts → package wxt'],
    ["export { b } from '../storage/settings';", 'utils/engine/x.ts → utils/storage/settings.ts'],
    ["const m = await import('../page/overlay');", 'utils/engine/x.ts → utils/page/overlay.ts'],
  ])('finds an import the rule forbids: %s', (text, expected) => {
    const files = ['utils/page/overlay.ts', 'utils/background/tab-results.ts', 'utils/storage/settings.ts'];
    const rules = [engine, storage].filter((r) => typeof r !== 'string');
    expect(violations([{ path: 'utils/engine/x.ts', text }], rules, on(files))).toEqual([expected]);
  });

  it('lets a folder import itself, what its rule names, and its packages', () => {
    const rules = [engine, storage].filter((r) => typeof r !== 'string');
    const files = ['utils/engine/y.ts', 'utils/engine/text/z.ts', 'utils/sites/s.ts'];
    const text = "import './y';\nimport './text/z';\nimport '@/utils/sites/s';";
    expect(violations([{ path: 'utils/engine/x.ts', text }], rules, on(files))).toEqual([]);
    const store = "import { storage } from '@wxt-dev/storage';\nimport '../engine/y';";
    expect(violations([{ path: 'utils/storage/a.ts', text: store }], rules, on(files))).toEqual([]);
  });

  it('sees an extension API in code, not in comments, strings or names handed in', () => {
    const text = [
      '// browser.runtime in a comment',
      "const s = 'chrome.i18n';",
      'function f(api: { browser: unknown }) { return api.browser; }',
      'const g = (globalThis as { chrome?: unknown }).chrome;',
      'browser.runtime.sendMessage({});',
    ].join('\n');
    expect(extensionApiUses('x.ts', text)).toEqual(['x.ts:5: browser']);
  });

  it('follows imports as far as they go', () => {
    const files = new Map([
      ['utils/engine/a.ts', "import './b';"],
      ['utils/engine/b.ts', "import '../page/c';"],
      ['utils/page/c.ts', "import 'wxt/browser';"],
    ]);
    const reached = reach(['utils/engine/a.ts'], files, (p) => files.has(p));
    expect([...reached.files].sort()).toEqual([...files.keys()]);
    expect([...reached.packages]).toEqual([['wxt', 'utils/page/c.ts']]);
  });
});

it('lists every folder of utils/ in the README\'s "How it is built", and no folder that is not there', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split('## How it is built')[1]?.split(/\n## /)[0] ?? '';
  const named = new Set([...section.matchAll(/`utils\/([\w-]+)\/`/g)].map((m) => m[1]));
  const folders = readdirSync(UTILS, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  expect([...named].sort()).toEqual([...folders].sort());
});
