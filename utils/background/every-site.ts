import { newsSiteMatches } from '../sites/outlets';

/**
 * "Check every site": the detector registered at run time for all sites, under the optional host
 * permission the reader grants when turning the setting on; turning it off unregisters the script
 * and gives the permission back. The browser APIs come in behind small interfaces (tests use fakes).
 */

const ALL_SITES_ORIGINS = ['*://*/*'];
const EVERY_SITE_SCRIPT_ID = 'factcheck-detector-all';
/** Where the build writes entrypoints/detector.ts (wxt.config.ts), in both builds. */
export const DETECTOR_FILE = 'content-scripts/detector.js';

interface PermissionsLike {
  request(p: { origins: string[] }): Promise<boolean>;
  contains(p: { origins: string[] }): Promise<boolean>;
  remove(p: { origins: string[] }): Promise<boolean>;
}

interface RegisteredScript {
  id: string;
  matches?: string[];
  excludeMatches?: string[];
  js?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  persistAcrossSessions?: boolean;
}

interface ScriptingLike {
  registerContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<unknown>;
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<Array<{ id: string }>>;
}

export interface EverySiteApis {
  permissions: PermissionsLike;
  scripting: ScriptingLike;
}

/** The detector for every site but the curated ones, where the manifest already injects it. */
function everySiteScript(): RegisteredScript {
  return {
    id: EVERY_SITE_SCRIPT_ID,
    matches: ALL_SITES_ORIGINS,
    excludeMatches: newsSiteMatches(),
    js: [DETECTOR_FILE],
    runAt: 'document_idle',
  };
}

export type EverySiteResult =
  | { ok: true; on: boolean }
  | { ok: false; reason: 'denied' | 'failed'; error?: string };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

async function isRegistered(scripting: ScriptingLike): Promise<boolean> {
  const found = await scripting.getRegisteredContentScripts({ ids: [EVERY_SITE_SCRIPT_ID] });
  return found.some((s) => s.id === EVERY_SITE_SCRIPT_ID);
}

/** Registers the detector for every site unless it already is. */
async function registerEverySite(scripting: ScriptingLike): Promise<void> {
  if (await isRegistered(scripting)) return;
  await scripting.registerContentScripts([everySiteScript()]);
}

async function unregisterEverySite(scripting: ScriptingLike): Promise<void> {
  if (await isRegistered(scripting))
    await scripting.unregisterContentScripts({ ids: [EVERY_SITE_SCRIPT_ID] });
}

/**
 * Turning the setting on. `permissions.request` must run in the reader's click: call this straight
 * from the handler, before any other await. `save` stores the setting once the script is in.
 */
export async function enableEverySite(
  apis: EverySiteApis,
  save: (on: boolean) => Promise<unknown>,
): Promise<EverySiteResult> {
  let granted: boolean;
  try {
    granted = await apis.permissions.request({ origins: ALL_SITES_ORIGINS });
  } catch (e) {
    return { ok: false, reason: 'failed', error: message(e) };
  }
  if (!granted) return { ok: false, reason: 'denied' };
  try {
    await registerEverySite(apis.scripting);
    await save(true);
    return { ok: true, on: true };
  } catch (e) {
    // Half on is worse than off: the script goes (if it was registered) and the permission goes back.
    await unregisterEverySite(apis.scripting).catch(() => undefined);
    await apis.permissions.remove({ origins: ALL_SITES_ORIGINS }).catch(() => false);
    return { ok: false, reason: 'failed', error: message(e) };
  }
}

/** Turning it off: the script goes, the permission goes, the setting is stored. */
export async function disableEverySite(
  apis: EverySiteApis,
  save: (on: boolean) => Promise<unknown>,
): Promise<EverySiteResult> {
  try {
    await unregisterEverySite(apis.scripting);
    await apis.permissions.remove({ origins: ALL_SITES_ORIGINS });
    await save(false);
    return { ok: true, on: false };
  } catch (e) {
    return { ok: false, reason: 'failed', error: message(e) };
  }
}

/**
 * At start-up (and whenever the permission changes from outside, e.g. the browser's extension
 * settings): the script is registered exactly when the setting is on and the permission is held.
 * Returns whether it is on; a setting whose permission was taken away is turned off by `save`.
 */
export async function syncEverySite(
  apis: EverySiteApis,
  wanted: boolean,
  save: (on: boolean) => Promise<unknown>,
): Promise<boolean> {
  const held = await apis.permissions.contains({ origins: ALL_SITES_ORIGINS });
  if (wanted && held) {
    await registerEverySite(apis.scripting);
    return true;
  }
  await unregisterEverySite(apis.scripting);
  if (wanted && !held) await save(false);
  return false;
}
