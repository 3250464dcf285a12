import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

/**
 * `npm ci` on the Node the README names gives no engine warning: every package the lockfile installs
 * accepts that Node, and so does the project's own `engines`. The README's Node is the one the project
 * runs on (Node 20 today; the lowest 20.x that Vite and WXT accept is taken).
 */

const ROOT = join(import.meta.dirname, '..', '..');
const readJson = (name: string) => JSON.parse(readFileSync(join(ROOT, name), 'utf8'));

interface LockPackage {
  version?: string;
  engines?: { node?: string } | string[];
  dev?: boolean;
  optional?: boolean;
}

const readmeNode = (): number => {
  const match = /Node (\d+)/.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  if (!match) throw new Error('README.md names no Node version');
  return Number(match[1]);
};

describe('the Node the README names', () => {
  const major = readmeNode();
  const pkg = readJson('package.json');
  const lowest = semver.minVersion(pkg.engines?.node ?? '');

  it("is the project's own engines.node, which starts at that major version", () => {
    expect(pkg.engines?.node, 'package.json engines.node').toBeTruthy();
    expect(lowest?.major).toBe(major);
  });

  it('is accepted by every package the lockfile installs', () => {
    const lock = readJson('package-lock.json') as { packages: Record<string, LockPackage> };
    const node = (lowest as semver.SemVer).version;
    const refused = Object.entries(lock.packages)
      .filter(([path]) => path !== '')
      .flatMap(([path, p]) => {
        const range = Array.isArray(p.engines) ? undefined : p.engines?.node;
        return range && !semver.satisfies(node, range) ? [`${path}@${p.version}: node ${range}`] : [];
      });
    expect(refused, `packages that refuse Node ${node}`).toEqual([]);
  });

  it('accepts the Node running the tests', () => {
    expect(semver.satisfies(process.version, pkg.engines.node)).toBe(true);
  });
});
