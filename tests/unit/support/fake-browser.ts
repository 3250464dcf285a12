import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { getMessageEn } from './i18n-en';

type Manifest = ReturnType<typeof fakeBrowser.runtime.getManifest>;

/**
 * For tests of the background against fakeBrowser: a fresh fakeBrowser whose `runtime.getManifest`
 * gives a Manifest V3 named "Figures fact-check", version 0.1.0, unless `manifest` says otherwise, and
 * whose `i18n.getMessage` answers from public/_locales/en. The spies go with `vi.restoreAllMocks()`.
 */
export function resetFakeBrowser(manifest: Partial<Manifest> = {}): void {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Figures fact-check',
    version: '0.1.0',
    ...manifest,
  });
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
    getMessageEn as typeof fakeBrowser.i18n.getMessage,
  );
}
