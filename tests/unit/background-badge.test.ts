import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { applyBadge, BADGE_COLORS, badgeApiOf, badgeView } from '../../utils/badge';
import type { VerdictStatus } from '../../utils/verdicts';

const NAME = 'Figures fact-check';
const RED = '#b3261e';
const AMBER = '#8a5a00';
const GREEN = '#1e6b35';
const GREY = '#5f6368';

const page = (statuses: VerdictStatus[], truncated = false) => ({ relevant: true, truncated, statuses });

describe('badgeView', () => {
  it.each<[string, VerdictStatus[], string, string, string]>([
    ['one confirmed', ['confirmed'], '1', GREEN, '1 figure on this page: 1 confirmed'],
    [
      'the issue example',
      ['confirmed', 'conflicts', 'confirmed'],
      '3',
      RED,
      '3 figures on this page: 1 conflicts with the record, 2 confirmed',
    ],
    [
      'every status, most serious first',
      ['no_record', 'confirmed', 'unconfirmed', 'conflicts', 'conflicts', 'unconfirmed'],
      '6',
      RED,
      '6 figures on this page: 2 conflict with the record, 2 unconfirmed, 1 confirmed, 1 with no record',
    ],
    [
      'unconfirmed beats confirmed',
      ['confirmed', 'unconfirmed', 'no_record'],
      '3',
      AMBER,
      '3 figures on this page: 1 unconfirmed, 1 confirmed, 1 with no record',
    ],
    [
      'confirmed beats no record',
      ['no_record', 'confirmed'],
      '2',
      GREEN,
      '2 figures on this page: 1 confirmed, 1 with no record',
    ],
    ['no record only', ['no_record', 'no_record'], '2', GREY, '2 figures on this page: 2 with no record'],
    ['on the topic, no figures', [], '0', GREY, 'On the topic; no figures found on this page'],
  ])('%s', (_name, statuses, text, color, title) => {
    expect(badgeView(page(statuses), NAME)).toEqual({ text, color, title });
  });

  it('is empty, with the default tooltip, for a page off the topic or no page', () => {
    expect(badgeView({ relevant: false, truncated: false, statuses: [] }, NAME)).toEqual({
      text: '',
      color: GREY,
      title: NAME,
    });
    expect(badgeView(null, NAME).text).toBe('');
  });

  it('says when only the start of a long page was read', () => {
    expect(badgeView(page(['confirmed'], true), NAME).title).toBe(
      '1 figure on this page: 1 confirmed (a long page: only its start was read)',
    );
  });

  it('uses the documented colours', () => {
    expect(BADGE_COLORS).toEqual({ conflicts: RED, unconfirmed: AMBER, confirmed: GREEN, no_record: GREY });
  });
});

describe('applyBadge', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('sets text, colour and tooltip of the one tab', async () => {
    const api = badgeApiOf(fakeBrowser);
    expect(api).toBeDefined();
    await applyBadge(api, 7, badgeView(page(['conflicts', 'confirmed']), NAME));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('2');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 7 })).toEqual([0xb3, 0x26, 0x1e, 255]);
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe(
      '2 figures on this page: 1 conflicts with the record, 1 confirmed',
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
  });

  it('does nothing without a badge API (no action in the manifest) and never throws', async () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    expect(badgeApiOf({})).toBeUndefined();
    expect(badgeApiOf({ action: { setBadgeText: () => undefined } })).toBeUndefined();
    await expect(applyBadge(undefined, 1, badgeView(null, NAME))).resolves.toBeUndefined();
    const failing = {
      setBadgeText: () => Promise.reject(new Error('No tab with id: 1.')),
      setBadgeBackgroundColor: () => undefined,
      setTitle: () => undefined,
    };
    await expect(applyBadge(failing, 1, badgeView(null, NAME))).resolves.toBeUndefined();
  });

  it('falls back to the MV2 browserAction', () => {
    const browserAction = { setBadgeText() {}, setBadgeBackgroundColor() {}, setTitle() {} };
    expect(badgeApiOf({ browserAction })).toBe(browserAction);
  });
});
