/** d) Content-script size: the built detector, and our own code in it against the 8 KB limit. */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { verdictOf } from '../support/report-table';
import { note, row, section } from './table';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DETECTOR_SOURCE = join(ROOT, 'entrypoints', 'detector.ts');
const DETECTOR_BUILT = join(ROOT, '.output', 'chrome-mv3', 'content-scripts', 'detector.js');
const OWN_LIMIT = 8 * 1024;

/** The entrypoint's import of WXT's defineUnlistedScript, which the bundle below leaves out. */
const WXT_IMPORT = /^import\s*\{\s*defineUnlistedScript\s*\}\s*from\s*['"]wxt\/[^'"]*['"];?\n/m;

/**
 * Our own code in the detector: the entrypoint's source, with `export default defineUnlistedScript(...)`
 * turned into a call of its main(), bundled with the utils it imports, minified, without WXT's runtime.
 */
function detectorEntry(): string {
  let src = readFileSync(DETECTOR_SOURCE, 'utf8');
  src = src.replace(/(['"])[@~]\//g, `$1${ROOT}/`);
  if (!/export default defineUnlistedScript\(/.test(src))
    throw new Error('detector.ts no longer has `export default defineUnlistedScript(`');
  src = src.replace(/export default defineUnlistedScript\(/, 'const main = defineUnlistedScript(');
  src = src.replace(WXT_IMPORT, '');
  if (/\bfrom\s*['"]wxt[/'"]/.test(src))
    throw new Error('detector.ts imports more of WXT than defineUnlistedScript');
  return `const defineUnlistedScript = <T,>(main: T): T => main;\n${src}\nvoid (main as () => unknown)();\n`;
}

export async function detectorSize(): Promise<void> {
  section('d) Content-script size (always-injected detector)');
  if (!existsSync(DETECTOR_BUILT)) {
    note('no build found: running `npx wxt build` once');
    try {
      execSync('npx wxt build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    } catch (e) {
      note(`wxt build failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
  }
  let total: number | null = null;
  if (existsSync(DETECTOR_BUILT)) {
    const built = readFileSync(DETECTOR_BUILT);
    total = built.length;
    note(`${DETECTOR_BUILT.replace(`${ROOT}/`, '')} built ${statSync(DETECTOR_BUILT).mtime.toISOString()}`);
    row(
      'built detector.js (minified, as built)',
      `${total} B = ${(total / 1024).toFixed(1)} KB`,
      `gzip ${gzipSync(built).length} B`,
      'info',
    );
    const polyfill = built.includes('This script should only be loaded in a browser extension');
    row(
      'webextension-polyfill inside the built detector',
      polyfill ? 'yes' : 'no',
      'prefer no (DESIGN.md §5)',
      'info',
    );
  } else {
    row('built detector.js', 'missing', 'build failed', 'FAIL');
  }

  // Bundled as the extension's build bundles it (Vite, that is Rollup, which drops what the detector
  // does not use, such as each language's words other than its detector words), minified, without WXT.
  const { build } = await import('vite');
  const dir = mkdtempSync(join(tmpdir(), 'factcheck-bench-'));
  try {
    const entry = join(dir, 'detector-own-code.ts');
    writeFileSync(entry, detectorEntry());
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      root: dir,
      build: {
        write: false,
        minify: 'esbuild',
        target: 'es2022',
        lib: { entry, formats: ['iife'], name: 'detector' },
      },
    });
    const outputs = Array.isArray(result) ? result : [result];
    const chunk =
      'output' in (outputs[0] ?? {})
        ? (outputs[0] as { output: Array<{ code?: string }> }).output[0]
        : undefined;
    const code = new TextEncoder().encode(chunk?.code ?? '');
    const own = code.length;
    row(
      'our own code (entry main() + utils it imports, Vite/Rollup)',
      `${own} B = ${(own / 1024).toFixed(2)} KB`,
      `limit ${OWN_LIMIT} B (8 KB); gzip ${gzipSync(code).length} B`,
      verdictOf(own <= OWN_LIMIT),
    );
    if (total !== null) {
      row(
        'remainder: WXT runtime (+ webextension-polyfill, if any)',
        `${total - own} B = ${((total - own) / 1024).toFixed(1)} KB`,
        `total ${total} B − ours ${own} B`,
        'info',
      );
    }
    const text = new TextDecoder().decode(code);
    const framework = /preact|createElement|__H|useState/.test(text);
    row('UI framework in our detector code', framework ? 'yes' : 'no', 'must be no', verdictOf(!framework));
  } catch (e) {
    row(
      'our own code (Vite/Rollup)',
      'build failed',
      e instanceof Error ? (e.message.split('\n')[0]?.slice(0, 44) ?? '') : '',
      'FAIL',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
