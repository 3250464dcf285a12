import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_EXTENSION_DIR, FIREFOX_EXTENSION_DIR, PROJECT_ROOT } from './paths';

/**
 * Vitest global setup of the `browser` project only: builds the Chromium and the Firefox extension once,
 * before any browser test runs. Runs `npx wxt build` in a clean environment (Vitest sets NODE_ENV=test
 * and its own variables, which must not leak into a production build). The two builds run one after
 * the other: both write WXT's generated files under .wxt/.
 */
export default async function setup(): Promise<void> {
  await build([], CHROME_EXTENSION_DIR);
  await build(['-b', 'firefox'], FIREFOX_EXTENSION_DIR);
}

async function build(extraArgs: readonly string[], outDir: string): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key === 'NODE_ENV' || key === 'TEST' || key === 'MODE' || key.startsWith('VITEST')) delete env[key];
  }
  const command = ['wxt', 'build', ...extraArgs];
  const shown = `npx ${command.join(' ')}`;
  const t0 = Date.now();
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('npx', command, {
      cwd: PROJECT_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(out);
      else reject(new Error(`\`${shown}\` failed with exit code ${code}:\n${out.slice(-4000)}`));
    });
  });
  if (!existsSync(join(outDir, 'manifest.json'))) {
    throw new Error(`\`${shown}\` did not write ${outDir}manifest.json:\n${output.slice(-4000)}`);
  }
  console.log(`[browser tests] built the extension in ${Date.now() - t0} ms: ${outDir}`);
}
