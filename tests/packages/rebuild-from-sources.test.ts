import { spawn } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../browser/support/paths';

/**
 * The store packages, as `npm run zip` makes them, and the Firefox reviewers' check: the sources zip
 * alone, with the locked dependencies, rebuilds the Firefox package byte for byte.
 *
 * `npm run zip` runs in a copy of the project (its node_modules a symlink), never in the project itself:
 * it rewrites .output/chrome-mv3 and .output/firefox-mv2, which a browser test run may be loading. The
 * rebuild uses the project's node_modules too, which stands for `npm ci` only because the unpacked
 * package-lock.json is checked to be the project's own, byte for byte, and the installed packages to be
 * the ones it locks. About 12 s (two builds for `npm run zip`, one from the sources).
 */

const NOT_COPIED = new Set(['node_modules', '.git', '.output', '.wxt', '.cache']);
/** Files a rebuild cannot do without. */
const REQUIRED = ['package.json', 'package-lock.json', 'README.md', 'wxt.config.ts', 'tsconfig.json'];
/**
 * Not needed to rebuild: dependencies, build output, tests and their fixtures, dev scripts (but for
 * scripts/icon/, which the build draws the icon with).
 */
const UNWANTED = /^(?:node_modules|\.output|\.wxt|\.git|artifacts|tests|coverage)\/|^scripts\/(?!icon\/)/;
/** The sources are about 405 KB zipped; tests and fixtures would add megabytes. */
const MAX_SOURCES_ZIP_BYTES = 500_000;

/** Runs `npm ARGS` in `cwd` without Vitest's variables (NODE_ENV=test must not reach a build). */
function npm(args: string[], cwd: string): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key === 'NODE_ENV' || key === 'TEST' || key === 'MODE' || key.startsWith('VITEST')) delete env[key];
  }
  return new Promise((resolve, reject) => {
    const child = spawn('npm', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(out)
        : reject(new Error(`\`npm ${args.join(' ')}\` in ${cwd} exited with ${code}:\n${out.slice(-4000)}`)),
    );
  });
}

/** A zip's files (directory entries left out), by path. */
function readZip(path: string): Map<string, Uint8Array> {
  const entries = unzipSync(readFileSync(path));
  return new Map(Object.entries(entries).filter(([name]) => !name.endsWith('/')));
}

/** A directory's files, by path relative to it with forward slashes. */
function readTree(dir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(relative(dir, full).split(sep).join('/'), readFileSync(full));
    }
  };
  walk(dir);
  return files;
}

/**
 * Packages in the project's node_modules (npm's record of them, node_modules/.package-lock.json) at
 * another version than `lock` gives, and packages `lock` requires that are not installed.
 */
function installedApartFromLock(lock: Buffer): string[] {
  type Lock = { packages: Record<string, { version?: string; optional?: boolean; link?: boolean }> };
  const wanted = (JSON.parse(lock.toString('utf8')) as Lock).packages;
  const installed = (
    JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', '.package-lock.json'), 'utf8')) as Lock
  ).packages;
  const apart: string[] = [];
  for (const [path, p] of Object.entries(installed)) {
    if (wanted[path]?.version !== p.version)
      apart.push(`${path}@${p.version} (lock: ${wanted[path]?.version})`);
  }
  for (const [path, p] of Object.entries(wanted)) {
    if (path !== '' && !p.optional && !p.link && !installed[path]) apart.push(`${path} (not installed)`);
  }
  return apart;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

describe('store packages (npm run zip)', () => {
  let work = '';
  const zips: Record<'chrome' | 'firefox' | 'sources', string> = { chrome: '', firefox: '', sources: '' };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'factcheck-packages-'));
    const copy = join(work, 'project');
    cpSync(PROJECT_ROOT, copy, {
      recursive: true,
      filter: (src) => !NOT_COPIED.has(relative(PROJECT_ROOT, src).split(sep)[0] ?? ''),
    });
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const t0 = Date.now();
    await npm(['run', 'zip'], copy);
    console.log(`[packages] npm run zip in ${Date.now() - t0} ms`);
    const out = join(copy, '.output');
    for (const kind of Object.keys(zips) as Array<keyof typeof zips>) {
      const found = readdirSync(out).filter((f) => f.endsWith(`-${kind}.zip`));
      expect(found, `one *-${kind}.zip in .output`).toHaveLength(1);
      zips[kind] = join(out, found[0] as string);
    }
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('makes a Chrome (MV3) zip and a Firefox (MV2) zip with its add-on id', () => {
    const chrome = JSON.parse(new TextDecoder().decode(readZip(zips.chrome).get('manifest.json')));
    expect(chrome.manifest_version).toBe(3);
    const firefox = JSON.parse(new TextDecoder().decode(readZip(zips.firefox).get('manifest.json')));
    expect(firefox.manifest_version).toBe(2);
    expect(firefox.browser_specific_settings?.gecko?.id).toBeTypeOf('string');
  });

  it('puts what a rebuild needs in the sources zip, with the build instruction, and nothing else', () => {
    const files = [...readZip(zips.sources).keys()];
    for (const f of REQUIRED) expect(files, f).toContain(f);
    for (const dir of ['entrypoints/', 'public/'])
      expect(
        files.some((f) => f.startsWith(dir)),
        dir,
      ).toBe(true);
    const unwanted = files.filter((f) => UNWANTED.test(f));
    expect(
      [...new Set(unwanted.map((f) => f.split('/')[0]))],
      `${unwanted.length} files not needed to rebuild, in`,
    ).toEqual([]);
    const readme = new TextDecoder().decode(readZip(zips.sources).get('README.md'));
    expect(readme).toContain('npm ci');
    expect(readme).toContain('npm run build:firefox');
    expect(readFileSync(zips.sources).length).toBeLessThan(MAX_SOURCES_ZIP_BYTES);
  });

  it('rebuilds the Firefox zip byte for byte from the sources zip alone', async () => {
    const src = join(work, 'from-sources');
    for (const [name, bytes] of readZip(zips.sources)) {
      mkdirSync(dirname(join(src, name)), { recursive: true });
      writeFileSync(join(src, name), bytes);
    }
    // The project's installed dependencies stand in for `npm ci` only if they come from the same lock.
    const lock = readFileSync(join(src, 'package-lock.json'));
    expect(lock.equals(readFileSync(join(PROJECT_ROOT, 'package-lock.json'))), 'package-lock.json').toBe(
      true,
    );
    expect(installedApartFromLock(lock), 'installed packages that differ from package-lock.json').toEqual([]);
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(src, 'node_modules'), 'dir');
    const t0 = Date.now();
    await npm(['run', 'build:firefox'], src);
    console.log(`[packages] npm run build:firefox from the sources zip in ${Date.now() - t0} ms`);

    const rebuilt = readTree(join(src, '.output', 'firefox-mv2'));
    const shipped = readZip(zips.firefox);
    expect([...rebuilt.keys()].sort(), 'files of the rebuild').toEqual([...shipped.keys()].sort());
    const differing = [...shipped].filter(([name, bytes]) => {
      const other = rebuilt.get(name);
      return !other || !sameBytes(other, bytes);
    });
    expect(
      differing.map(([name]) => name),
      'files whose bytes differ',
    ).toEqual([]);
  });
});
