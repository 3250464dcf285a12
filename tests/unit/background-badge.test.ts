import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { applyBadge, badgeApiOf, badgeView } from '../../utils/background/badge';
import { STANDING_COLORS, type Standing } from '../../utils/record/standing';
import { getMessageEn as m } from './support/i18n-en';

const NAME = 'Figures fact-check';
const RED = '#b3261e';
const BROWN = '#8a4b00';
const BLUE = '#1a56c4';
const GREEN = '#1e6b35';
const GREY = '#5f6368';

const page = (standings: Standing[], truncated = false) => ({ relevant: true, truncated, standings });

describe('badgeView', () => {
  it.each<[string, Standing[], string, string, string]>([
    ['one current', ['current'], '1', GREEN, '1 figure on this page: 1 current'],
    [
      'the reference article a year on: every figure replaced, never green',
      ['superseded', 'superseded', 'superseded', 'superseded', 'superseded', 'superseded'],
      '6',
      BROWN,
      '6 figures on this page: 6 out of date',
    ],
    [
      'every standing, most serious first',
      ['current', 'unknown', 'newer', 'superseded', 'differs', 'differs'],
      '6',
      RED,
      '6 figures on this page: 2 differing from the record, 1 out of date, 1 newer than the record, 1 not checked, 1 current',
    ],
    [
      'one out of date among current ones is not green',
      ['current', 'superseded', 'current'],
      '3',
      BROWN,
      '3 figures on this page: 1 out of date, 2 current',
    ],
    [
      'newer beats current',
      ['current', 'newer'],
      '2',
      BLUE,
      '2 figures on this page: 1 newer than the record, 1 current',
    ],
    ['nothing to check', ['unknown', 'unknown'], '2', GREY, '2 figures on this page: 2 not checked'],
    ['on the topic, no figures', [], '0', GREY, 'On the topic; no figures found on this page'],
  ])('%s', (_name, standings, text, color, title) => {
    expect(badgeView(page(standings), NAME, m)).toEqual({ text, color, title });
  });

  it('is empty, with the default tooltip, for a page off the topic or no page', () => {
    expect(badgeView({ relevant: false, truncated: false, standings: [] }, NAME, m)).toEqual({
      text: '',
      color: GREY,
      title: NAME,
    });
    expect(badgeView(null, NAME, m).text).toBe('');
  });

  it('says when only the start of a long page was read', () => {
    expect(badgeView(page(['current'], true), NAME, m).title).toBe(
      '1 figure on this page: 1 current (a long page: only its start was read)',
    );
  });

  it('uses the documented colours', () => {
    expect(STANDING_COLORS).toEqual({
      differs: RED,
      superseded: BROWN,
      newer: BLUE,
      unknown: GREY,
      current: GREEN,
    });
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
    await applyBadge(api, 7, badgeView(page(['differs', 'current']), NAME, m));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('2');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 7 })).toEqual([0xb3, 0x26, 0x1e, 255]);
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe(
      '2 figures on this page: 1 differing from the record, 1 current',
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
  });

  it('does nothing without a badge API (no action in the manifest) and never throws', async () => {
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    expect(badgeApiOf({})).toBeUndefined();
    expect(badgeApiOf({ action: { setBadgeText: () => undefined } })).toBeUndefined();
    await expect(applyBadge(undefined, 1, badgeView(null, NAME, m))).resolves.toBeUndefined();
    const failing = {
      setBadgeText: () => Promise.reject(new Error('No tab with id: 1.')),
      setBadgeBackgroundColor: () => undefined,
      setTitle: () => undefined,
    };
    await expect(applyBadge(failing, 1, badgeView(null, NAME, m))).resolves.toBeUndefined();
  });

  it('falls back to the MV2 browserAction', () => {
    const browserAction = { setBadgeText() {}, setBadgeBackgroundColor() {}, setTitle() {} };
    expect(badgeApiOf({ browserAction })).toBe(browserAction);
  });
});
