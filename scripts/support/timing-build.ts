import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from '../../tests/browser/support/paths';
import { TIMING_MODE } from '../../utils/page/stage-timeline';

/** The command that builds the Chromium extension which records its stages in the page's timeline. */
const TIMING_BUILD = `npx wxt build --mode ${TIMING_MODE}`;

/**
 * Builds it (`.output/chrome-mv3-timing`: the release build's code, with the stages' times recorded in
 * the page, utils/page/stage-timeline.ts), printing WXT's output; throws when the build fails.
 */
export function buildTimingExtension(): void {
  const build = spawnSync('npx', ['wxt', 'build', '--mode', TIMING_MODE], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error(`\`${TIMING_BUILD}\` failed (exit ${build.status})`);
}
