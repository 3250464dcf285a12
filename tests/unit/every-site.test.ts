import { describe, expect, it, vi } from 'vitest';
import {
  DETECTOR_FILE,
  disableEverySite,
  type EverySiteApis,
  enableEverySite,
  syncEverySite,
} from '../../utils/background/every-site';
import { newsSiteMatches } from '../../utils/sites/outlets';

type RegisteredScript = Parameters<EverySiteApis['scripting']['registerContentScripts']>[0][number];

/** The optional host permission asked for: all sites. */
const ALL_SITES_ORIGINS = ['*://*/*'];
/** The script registered: the built detector for all sites but the curated ones, at document_idle. */
const SCRIPT: RegisteredScript = {
  id: 'factcheck-detector-all',
  matches: ALL_SITES_ORIGINS,
  excludeMatches: newsSiteMatches(),
  js: ['content-scripts/detector.js'],
  runAt: 'document_idle',
};

/** permissions and scripting as plain fakes: what the browser would hold. */
function fakes(options: { grant?: boolean; held?: boolean; registerFails?: boolean } = {}) {
  const state = { held: options.held ?? false, scripts: [] as RegisteredScript[] };
  const apis: EverySiteApis = {
    permissions: {
      request: vi.fn(async () => {
        if (options.grant) state.held = true;
        return Boolean(options.grant);
      }),
      contains: vi.fn(async () => state.held),
      remove: vi.fn(async () => {
        const had = state.held;
        state.held = false;
        return had;
      }),
    },
    scripting: {
      registerContentScripts: vi.fn(async (scripts: RegisteredScript[]) => {
        if (options.registerFails) throw new Error('register failed');
        for (const s of scripts) {
          if (state.scripts.some((x) => x.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          state.scripts.push(s);
        }
      }),
      unregisterContentScripts: vi.fn(async (filter?: { ids?: string[] }) => {
        state.scripts = state.scripts.filter((s) => !filter?.ids?.includes(s.id));
      }),
      getRegisteredContentScripts: vi.fn(async (filter?: { ids?: string[] }) =>
        state.scripts.filter((s) => !filter?.ids || filter.ids.includes(s.id)),
      ),
    },
  };
  return { apis, state };
}

describe('the every-site detector script', () => {
  it('is the built detector for all sites but the curated ones, at document_idle', async () => {
    const { apis, state } = fakes({ grant: true });
    await enableEverySite(apis, async () => undefined);
    expect(state.scripts).toEqual([SCRIPT]);
    expect(DETECTOR_FILE).toBe('content-scripts/detector.js');
  });
});

describe('turning "check every site" on', () => {
  it('asks for the permission first, then registers the script and saves the setting', async () => {
    const { apis, state } = fakes({ grant: true });
    const save = vi.fn(async () => undefined);
    const pending = enableEverySite(apis, save);
    // The request goes out synchronously, inside the reader's click.
    expect(apis.permissions.request).toHaveBeenCalledWith({ origins: ALL_SITES_ORIGINS });
    expect(await pending).toEqual({ ok: true, on: true });
    expect(state.scripts.map((s) => s.id)).toEqual([SCRIPT.id]);
    expect(save).toHaveBeenCalledWith(true);
  });

  it('does nothing else when the reader refuses the permission', async () => {
    const { apis, state } = fakes({ grant: false });
    const save = vi.fn(async () => undefined);
    expect(await enableEverySite(apis, save)).toEqual({ ok: false, reason: 'denied' });
    expect(state.scripts).toEqual([]);
    expect(save).not.toHaveBeenCalled();
  });

  it('gives the permission back when the script cannot be registered', async () => {
    const { apis, state } = fakes({ grant: true, registerFails: true });
    const save = vi.fn(async () => undefined);
    expect(await enableEverySite(apis, save)).toEqual({
      ok: false,
      reason: 'failed',
      error: 'register failed',
    });
    expect(state.held).toBe(false);
    expect(save).not.toHaveBeenCalled();
  });

  it('leaves neither script nor permission behind when the setting cannot be saved', async () => {
    const { apis, state } = fakes({ grant: true });
    const save = vi.fn(async () => {
      throw new Error('quota');
    });
    expect(await enableEverySite(apis, save)).toEqual({ ok: false, reason: 'failed', error: 'quota' });
    expect(state.held).toBe(false);
    expect(state.scripts).toEqual([]);
  });

  it('registers once, however often it is turned on', async () => {
    const { apis, state } = fakes({ grant: true });
    await enableEverySite(apis, async () => undefined);
    await enableEverySite(apis, async () => undefined);
    expect(state.scripts).toHaveLength(1);
  });
});

describe('turning it off', () => {
  it('unregisters the script, removes the permission and saves the setting', async () => {
    const { apis, state } = fakes({ grant: true });
    await enableEverySite(apis, async () => undefined);
    const save = vi.fn(async () => undefined);
    expect(await disableEverySite(apis, save)).toEqual({ ok: true, on: false });
    expect(state.scripts).toEqual([]);
    expect(state.held).toBe(false);
    expect(apis.permissions.remove).toHaveBeenCalledWith({ origins: ALL_SITES_ORIGINS });
    expect(save).toHaveBeenCalledWith(false);
  });
});

describe('at start-up', () => {
  it('registers the script again when the setting is on and the permission held', async () => {
    const { apis, state } = fakes({ held: true });
    const save = vi.fn(async () => undefined);
    expect(await syncEverySite(apis, true, save)).toBe(true);
    expect(state.scripts.map((s) => s.id)).toEqual([SCRIPT.id]);
    expect(await syncEverySite(apis, true, save)).toBe(true);
    expect(state.scripts).toHaveLength(1);
    expect(save).not.toHaveBeenCalled();
  });

  it('turns the setting off when the permission was taken away, and unregisters', async () => {
    const { apis, state } = fakes({ held: false });
    state.scripts.push(SCRIPT);
    const save = vi.fn(async () => undefined);
    expect(await syncEverySite(apis, true, save)).toBe(false);
    expect(state.scripts).toEqual([]);
    expect(save).toHaveBeenCalledWith(false);
  });

  it('leaves no script behind when the setting is off', async () => {
    const { apis, state } = fakes({ held: true });
    state.scripts.push(SCRIPT);
    expect(await syncEverySite(apis, false, async () => undefined)).toBe(false);
    expect(state.scripts).toEqual([]);
  });
});
