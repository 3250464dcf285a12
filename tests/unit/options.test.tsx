// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { setChosenCatalogue } from '../../components/i18n';
import { OptionsApp } from '../../components/OptionsApp';
import type { OptionsDeps } from '../../components/options-deps';
import { REFERENCE_RECORDS } from '../../utils/record/records';
import { validateReferenceFile } from '../../utils/record/reference-record';
import { OUTLETS } from '../../utils/sites/outlets';
import { createReaderRecordsStore, defineReaderRecordsItem } from '../../utils/storage/reader-records/store';
import { createSettingsStore } from '../../utils/storage/settings';
import { DEFAULT_SETTINGS } from '../../utils/storage/settings-shape';
import type { LanguageChoice } from '../../utils/wording/language-choice';
import { englishCatalogue, hindiCatalogue } from './support/catalogues';
import { sightingFigure } from './support/page-results';
import { click, flush, renderSettled, text, useRenderTarget } from './support/render-target';

/** The options page (components/Options*.tsx) in happy-dom, with fake deps over fakeBrowser storage. */

let container: HTMLElement;

function fakeDeps(more: Partial<OptionsDeps> = {}) {
  const data = { pages: [] as unknown[], dropped: 0 };
  const deps: OptionsDeps = {
    settings: createSettingsStore(),
    sightings: {
      read: vi.fn(async () => ({ ok: true as const, data: data as never })),
      exportJson: vi.fn(async () => ({ ok: true as const, text: '{"format":"x"}' })),
      exportCsv: vi.fn(async () => ({ ok: true as const, text: 'url,value\n' })),
      importJson: vi.fn(async (text: string) =>
        text.startsWith('{')
          ? { ok: true as const, pages: 3 }
          : { ok: false as const, error: 'not a sightings export (not JSON)' },
      ),
    },
    clearSightings: vi.fn(async () => {
      data.pages = [];
      return { ok: true as const };
    }),
    enableEverySite: vi.fn(async () => ({ ok: false as const, reason: 'denied' as const })),
    disableEverySite: vi.fn(async () => ({ ok: true as const, on: false })),
    download: vi.fn(),
    readerRecords: createReaderRecordsStore(defineReaderRecordsItem()),
    applyLanguage: vi.fn(async () => undefined),
    ...more,
  };
  return { deps, data };
}

const show = (deps: OptionsDeps) => renderSettled(<OptionsApp deps={deps} />, container);

const $ = (s: string) => container.querySelector<HTMLElement>(s);
const $$ = (s: string) => Array.from(container.querySelectorAll<HTMLElement>(s));

useRenderTarget((c) => {
  container = c;
});

describe('the options page', () => {
  it('has its six sections, each a labelled region with a heading', async () => {
    await show(fakeDeps().deps);
    expect(text($('h1'))).toBe('Figures fact-check: options');
    const sections = $$('section[data-section]');
    expect(sections.map((s) => s.dataset.section)).toEqual([
      'sites',
      'display',
      'newer',
      'data',
      'about',
      'privacy',
    ]);
    expect(sections.map((s) => text(s.querySelector('h2')))).toEqual([
      'Sites',
      'Display',
      'Figures newer than the record',
      'Your sightings',
      'About the reference data',
      'Privacy',
    ]);
    for (const s of sections) expect(s.getAttribute('aria-labelledby')).toBe(s.querySelector('h2')?.id);
  });

  it('lists the curated sites in a collapsible list', async () => {
    await show(fakeDeps().deps);
    const details = $('[data-section="sites"] details');
    expect(text(details?.querySelector('summary') ?? null)).toBe(
      `The ${OUTLETS.length} news sites checked automatically`,
    );
    expect(details?.querySelectorAll('li')).toHaveLength(OUTLETS.length);
    // Each by the name readers know, with its address beside it.
    expect(details?.querySelector('li')?.textContent).toBe('The Hindu thehindu.com');
  });

  it('stores the display switches at once', async () => {
    await show(fakeDeps().deps);
    const highlights = $('#display-highlights') as HTMLInputElement;
    expect(highlights.checked).toBe(true);
    expect(text($('label[for="display-highlights"]'))).toBe('Highlight figures in the page');
    await click(highlights);
    expect(await createSettingsStore().get()).toEqual({ ...DEFAULT_SETTINGS, highlights: false });
    await click($('#display-badges'));
    expect(await createSettingsStore().get()).toEqual({
      ...DEFAULT_SETTINGS,
      highlights: false,
      badges: false,
    });
  });

  it('lists the sites turned off, each with a button to turn it on again', async () => {
    await createSettingsStore().update((s) => ({ ...s, disabledSites: ['ndtv.com', 'thehindu.com'] }));
    await show(fakeDeps().deps);
    expect($$('.site-off-list li .site-name').map(text)).toEqual(['ndtv.com', 'thehindu.com']);
    const button = $('.site-off-list li button');
    expect(button?.getAttribute('aria-label')).toBe('Turn on again: ndtv.com');
    await click(button);
    expect((await createSettingsStore().get()).disabledSites).toEqual(['thehindu.com']);
    expect($$('.site-off-list li .site-name').map(text)).toEqual(['thehindu.com']);
  });

  it('says when no site is turned off', async () => {
    await show(fakeDeps().deps);
    expect(text($('[data-section="sites"] h3 + p'))).toMatch(/^None\./);
  });

  it('turns "check every site" on through the permission request, and says when it is refused', async () => {
    const { deps } = fakeDeps();
    await show(deps);
    const box = $('#every-site') as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(text($('#every-site-help'))).toMatch(/ask you to allow access to all websites/);
    await click(box);
    expect(deps.enableEverySite).toHaveBeenCalledTimes(1);
    expect(text($('#every-site-status'))).toBe(
      'The browser did not grant access to all websites, so only the news sites above are checked.',
    );
    expect(box.checked).toBe(false);
  });

  it('turns it off again', async () => {
    await createSettingsStore().update((s) => ({ ...s, everySite: true }));
    const { deps } = fakeDeps();
    await show(deps);
    const box = $('#every-site') as HTMLInputElement;
    expect(box.checked).toBe(true);
    await click(box);
    expect(deps.disableEverySite).toHaveBeenCalledTimes(1);
    expect(text($('#every-site-status'))).toMatch(/^Only the news sites above are checked now/);
  });
});

describe('the language', () => {
  /** As the page does it: the chosen catalogue for `t` (the browser's language: browser.i18n, English here). */
  const applyLanguage = vi.fn(async (choice: LanguageChoice) => {
    setChosenCatalogue(choice === 'hi' ? hindiCatalogue() : choice === 'en' ? englishCatalogue() : null);
  });
  const choices = () =>
    $$('fieldset.language-choice input[type="radio"]').map((input) => {
      const label = $(`label[for="${input.id}"]`);
      return [
        (input as HTMLInputElement).value,
        text(label),
        label?.getAttribute('lang') ?? null,
        (input as HTMLInputElement).checked,
      ];
    });

  it('is a group of three choices, each language named in its own', async () => {
    await show(fakeDeps({ applyLanguage }).deps);
    const group = $('fieldset.language-choice');
    expect(text(group?.querySelector('legend') ?? null)).toBe('Language of the extension');
    expect(group?.getAttribute('aria-describedby')).toBe('language-help');
    expect(text($('#language-help'))).toMatch(/^Used in the popup, on this page, in the cards/);
    expect(choices()).toEqual([
      ['browser', 'Browser language', null, true],
      ['en', 'English', 'en', false],
      ['hi', 'हिन्दी', 'hi', false],
    ]);
  });

  it('stores the choice and renders the whole page again in it, at once; the browser language brings it back', async () => {
    applyLanguage.mockClear();
    const { deps } = fakeDeps({ applyLanguage });
    await show(deps);
    const heading = (section: string) => text($(`[data-section="${section}"] h2`));
    expect([text($('h1')), heading('display'), heading('sites')]).toEqual([
      'Figures fact-check: options',
      'Display',
      'Sites',
    ]);

    await click($('#language-hi'));
    expect((await createSettingsStore().get()).language).toBe('hi');
    expect(applyLanguage).toHaveBeenLastCalledWith('hi');
    const hi = hindiCatalogue().messages;
    expect([text($('h1')), heading('display'), heading('sites')]).toEqual([
      hi.optionstitle,
      hi.displayheading,
      hi.sitesheading,
    ]);
    expect(text($('legend'))).toBe(hi.languagelabel);
    // Each choice keeps its own name; "Browser language" is said in the language in use.
    expect(choices()).toEqual([
      ['browser', hi.languagebrowser, null, false],
      ['en', 'English', 'en', false],
      ['hi', 'हिन्दी', 'hi', true],
    ]);
    // Counts keep Indian grouping whatever the language.
    expect(text($('.counts'))).toContain('3,000');

    await click($('#language-browser'));
    expect((await createSettingsStore().get()).language).toBe('browser');
    expect(text($('h1'))).toBe('Figures fact-check: options');
    expect(heading('display')).toBe('Display');
  });

  it('follows a choice made elsewhere (another options tab)', async () => {
    await show(fakeDeps({ applyLanguage }).deps);
    await act(async () => {
      await createSettingsStore().update((s) => ({ ...s, language: 'hi' }));
    });
    await flush();
    expect(text($('h1'))).toBe(hindiCatalogue().messages.optionstitle);
    expect(($('#language-hi') as HTMLInputElement).checked).toBe(true);
  });

  it('is rendered in the language it was opened in, without applying it again', async () => {
    await createSettingsStore().update((s) => ({ ...s, language: 'hi' }));
    applyLanguage.mockClear();
    setChosenCatalogue(hindiCatalogue());
    await act(async () => {
      render(<OptionsApp deps={fakeDeps({ applyLanguage }).deps} initialLanguage="hi" />, container);
    });
    await flush();
    expect(text($('h1'))).toBe(hindiCatalogue().messages.optionstitle);
    expect(applyLanguage).not.toHaveBeenCalled();
  });
});

describe('the data section', () => {
  it('shows the count, the cap and the dropped pages', async () => {
    const { deps, data } = fakeDeps();
    data.pages = [{}, {}];
    data.dropped = 1234;
    await show(deps);
    expect(text($('.counts'))).toBe(
      '2 pages stored, of at most 3,000 (the least recently seen go first). 1,234 older pages have been dropped so far.',
    );
  });

  it('says "1 page", and offers no clearing of an empty store', async () => {
    const { deps, data } = fakeDeps();
    data.pages = [{}];
    await show(deps);
    expect(text($('.counts'))).toBe('1 page stored, of at most 3,000 (the least recently seen go first).');
    data.pages = [];
    await show(fakeDeps().deps);
    const clear = $$('[data-section="data"] button').find((b) => text(b) === 'Clear all sightings…');
    expect((clear as HTMLButtonElement).disabled).toBe(true);
  });

  it('exports JSON and CSV as downloads', async () => {
    const { deps } = fakeDeps();
    await show(deps);
    const [json, csv] = $$('[data-section="data"] .actions button');
    await click(json ?? null);
    expect(deps.download).toHaveBeenCalledWith(
      expect.stringMatching(/^factcheck-sightings-\d{4}-\d\d-\d\d\.json$/),
      '{"format":"x"}',
      'application/json',
    );
    await click(csv ?? null);
    expect(deps.download).toHaveBeenLastCalledWith(
      expect.stringMatching(/\.csv$/),
      'url,value\n',
      'text/csv',
    );
    expect(text($('[data-section="data"] [role="status"]'))).toBe('Exported as CSV.');
  });

  it('imports a file and says how it went', async () => {
    const { deps } = fakeDeps();
    await show(deps);
    const input = $('[data-section="data"] input[type="file"]') as HTMLInputElement;
    const choose = async (content: string) => {
      const file = new File([content], 'sightings.json', { type: 'application/json' });
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      await act(async () => {
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await flush();
    };
    await choose('{"pages":[]}');
    expect(text($('[data-section="data"] [role="status"]'))).toBe('Imported 3 pages.');
    await choose('garbage');
    expect(text($('[data-section="data"] [role="alert"]'))).toBe(
      'Nothing was imported: not a sightings export (not JSON)',
    );
  });

  describe('importing a file', () => {
    const fileOf = (content: string) =>
      new File([content], 'factcheck-sightings-2025-11-01.json', { type: 'application/json' });
    const button = (label: string) =>
      $$('[data-section="data"] button').find((b) => text(b) === label) ?? null;
    const status = () => text($('[data-section="data"] [role="status"]'));

    async function choose(file: File): Promise<void> {
      const input = $('[data-section="data"] input[type="file"]') as HTMLInputElement;
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      await act(async () => {
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await flush();
    }

    it('asks whether to merge the file into the stored sightings or replace them, and merges', async () => {
      const { deps, data } = fakeDeps();
      data.pages = [{}, {}, {}, {}];
      await show(deps);
      await choose(fileOf('{"pages":[]}'));
      expect(deps.sightings.importJson).not.toHaveBeenCalled();
      // A group named by its question.
      const choice = $('[data-section="data"] fieldset.import-choice') as HTMLElement;
      expect(text(choice.querySelector('legend'))).toBe(
        'Import “factcheck-sightings-2025-11-01.json”: merge it with the sightings stored here, or replace them with it?',
      );
      expect(Array.from(choice.querySelectorAll('button')).map(text)).toEqual([
        'Merge with the stored sightings',
        'Replace the stored sightings…',
        'Cancel',
      ]);
      // The safe choice has the focus.
      expect(document.activeElement).toBe(button('Merge with the stored sightings'));

      await click(button('Merge with the stored sightings'));
      expect(deps.sightings.importJson).toHaveBeenCalledWith('{"pages":[]}', 'merge');
      expect(status()).toBe('Merged: 3 pages stored now.');
      expect($('.import-choice')).toBeNull();
    });

    it('replaces them only after a confirmation, which says what is lost', async () => {
      const { deps, data } = fakeDeps();
      data.pages = [{}, {}, {}, {}];
      await show(deps);
      await choose(fileOf('{"pages":[]}'));
      await click(button('Replace the stored sightings…'));
      expect(deps.sightings.importJson).not.toHaveBeenCalled();
      expect(text($('.import-choice legend'))).toBe(
        'Replace all 4 stored pages with those in the file? Pages you read since it was exported will be lost; merging keeps them.',
      );
      expect(document.activeElement).toBe(button('Cancel'));
      await click(button('Cancel'));
      expect($('.import-choice')).toBeNull();
      expect(deps.sightings.importJson).not.toHaveBeenCalled();

      await choose(fileOf('{"pages":[]}'));
      await click(button('Replace the stored sightings…'));
      await click(button('Replace all sightings'));
      expect(deps.sightings.importJson).toHaveBeenCalledWith('{"pages":[]}', 'replace');
      expect(status()).toBe('Imported 3 pages.');
    });

    it('refuses a file over the size limit without reading it', async () => {
      const { deps, data } = fakeDeps();
      data.pages = [{}];
      await show(deps);
      const file = fileOf('{}');
      Object.defineProperty(file, 'size', { value: 54_000_000 });
      const read = [vi.spyOn(file, 'text'), vi.spyOn(file, 'arrayBuffer'), vi.spyOn(file, 'stream')];
      await choose(file);
      expect(text($('[data-section="data"] [role="alert"]'))).toBe(
        'Nothing was imported: the file is 51.5 MB, and a sightings file can be at most 15.5 MB (Chrome keeps at most 10 MB for the extension).',
      );
      expect($('.import-choice')).toBeNull();
      for (const spy of read) expect(spy).not.toHaveBeenCalled();
      expect(deps.sightings.importJson).not.toHaveBeenCalled();
    });

    it('says what merge and replace do, and the size limit', async () => {
      await show(fakeDeps().deps);
      expect(text($('[data-section="data"] .help'))).toBe(
        'Merging adds the pages of a file exported here to the stored sightings, keeping the later reading of a page in both; replacing puts the file’s pages in place of the stored ones, after you confirm. The file is checked whole first, and nothing changes if any part of it is wrong. Files over 15.5 MB are refused.',
      );
    });
  });

  it('clears only after a confirmation', async () => {
    const { deps, data } = fakeDeps();
    data.pages = [{}, {}, {}];
    await show(deps);
    await click($$('[data-section="data"] button').find((b) => text(b) === 'Clear all sightings…') ?? null);
    expect(deps.clearSightings).not.toHaveBeenCalled();
    expect(text($('.confirm p'))).toBe(
      'Delete all 3 stored pages? This cannot be undone; export them first to keep a copy.',
    );
    await click($$('.confirm button').find((b) => text(b) === 'Cancel') ?? null);
    expect($('.confirm')).toBeNull();
    expect(deps.clearSightings).not.toHaveBeenCalled();

    await click($$('[data-section="data"] button').find((b) => text(b) === 'Clear all sightings…') ?? null);
    await click($$('.confirm button').find((b) => text(b) === 'Delete all sightings') ?? null);
    expect(deps.clearSightings).toHaveBeenCalledTimes(1);
    expect(text($('[data-section="data"] [role="status"]'))).toBe('All sightings were deleted.');
    expect(text($('.counts'))).toMatch(/^0 pages stored/);
  });
});

describe('about the reference data, and privacy', () => {
  it('gives the coverage, the record count and the publishers', async () => {
    await show(fakeDeps().deps);
    expect(text($('.coverage'))).toBe(
      `${REFERENCE_RECORDS.length} reported figures from 20 Feb 2024 to 18 Dec 2025, each with its date, who gave it, where, and its sources.`,
    );
    // Every publisher of the record's sources, once each, in alphabetical order.
    const publishers = $$('ul.publishers li').map(text);
    expect(publishers.length).toBeGreaterThan(10);
    expect(new Set(publishers).size).toBe(publishers.length);
    expect(new Set(publishers)).toEqual(
      new Set(REFERENCE_RECORDS.flatMap((r) => r.sources.map((s) => s.publisher))),
    );
    expect(publishers).toEqual(
      [...publishers].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
    );
  });

  it('says that nothing leaves the device', async () => {
    await show(fakeDeps().deps);
    expect(text($('[data-section="privacy"] p'))).toMatch(
      /^Nothing leaves your device\. The extension makes no network calls/,
    );
    expect($$('[data-section="privacy"] li').map(text)).toContain(
      'the figures newer than the record that you accepted or rejected;',
    );
    expect($$('[data-section="privacy"] li')).toHaveLength(4);
  });
});

describe('figures newer than the record', () => {
  /** A sighting of a page that quoted the MEA's spokesperson with a death toll after the record ends. */
  const sighting = (url: string, publisher: string, value = 31) => ({
    url,
    publisher,
    title: `${value} Indians killed in the Russian army, MEA says`,
    published: '2026-03-13',
    firstSeen: '2026-03-13T09:00:00.000Z',
    lastSeen: '2026-03-13T09:00:00.000Z',
    figures: [
      sightingFigure({
        value,
        kind: 'killed',
        asOf: '2026-03-12',
        verdict: {
          status: 'unconfirmed',
          reference: null,
          previous: '2025-12-18-killed-26',
          latest: '2025-12-18-killed-26',
        },
        attribution: { speaker: 'Randhir Jaiswal, MEA spokesperson', venue: 'weekly briefing' },
      }),
      // The figure of the record's last reply, quoted with its date: not a candidate.
      sightingFigure({
        value: 26,
        kind: 'killed',
        asOf: '2025-12-18',
        verdict: { reference: '2025-12-18-killed-26', latest: '2025-12-18-killed-26' },
        attribution: { speaker: 'Ministry of External Affairs', venue: null },
      }),
    ],
  });

  function depsWith(pages: unknown[]) {
    const { deps, data } = fakeDeps();
    data.pages = pages;
    return deps;
  }

  it('lists each, with who it is attributed to and every page that reported it, and says when two outlets did', async () => {
    await show(
      depsWith([
        sighting('https://www.thehindu.com/news/31-killed.ece', 'The Hindu'),
        sighting('https://www.ndtv.com/india-news/31-killed', 'NDTV'),
      ]),
    );
    const section = $('[data-section="newer"]') as HTMLElement;
    expect(text(section.querySelector('p'))).toBe('Official figures up to 18 Dec 2025.');
    const items = Array.from(section.querySelectorAll<HTMLElement>('li.candidate'));
    expect(items).toHaveLength(1);
    const item = items[0] as HTMLElement;
    expect(text(item.querySelector('.candidate-head'))).toBe('31 killed 12 Mar 2026 seen on 2 outlets');
    expect(text(item.querySelector('.candidate-who'))).toBe(
      'Attributed to Randhir Jaiswal, MEA spokesperson, weekly briefing',
    );
    expect(Array.from(item.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual([
      'https://www.thehindu.com/news/31-killed.ece',
      'https://www.ndtv.com/india-news/31-killed',
    ]);
  });

  it("accepts one into the reader's record, counts it, and exports it in the record's format", async () => {
    const deps = depsWith([sighting('https://www.thehindu.com/news/31-killed.ece', 'The Hindu')]);
    await show(deps);
    await click($('li.candidate button.primary'));
    await flush();
    expect(text($('[data-section="newer"] [role="status"]'))).toBe(
      'Accepted: 31 killed. It now counts in the verdicts on this device.',
    );
    // No longer a candidate: the record now says 31, and the page says so too.
    expect($$('li.candidate')).toHaveLength(0);
    expect($$('li.accepted-item').map((li) => li.dataset.id)).toEqual(['2026-03-12-killed-31']);
    expect(text($('[data-section="newer"] p'))).toBe(
      'Official figures up to 18 Dec 2025; figures you accepted up to 12 Mar 2026.',
    );
    const set = await createReaderRecordsStore(defineReaderRecordsItem()).recordSet();
    expect(set.records.find((r) => r.id === '2026-03-12-killed-31')).toMatchObject({
      local: true,
      official: true,
    });

    await click(
      $$('[data-section="newer"] button').find((b) => text(b) === 'Export in the record’s format') ?? null,
    );
    await flush();
    const download = deps.download as ReturnType<typeof vi.fn>;
    const [name, body] = download.mock.calls[0] as [string, string];
    expect(name).toMatch(/^factcheck-accepted-figures-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(body);
    expect(validateReferenceFile(file)).toEqual([]);
    expect(file.records).toEqual([
      expect.objectContaining({
        id: '2026-03-12-killed-31',
        kind: 'killed',
        value: 31,
        speaker: 'Randhir Jaiswal, MEA spokesperson',
        venue: 'weekly briefing',
        official: true,
        confidence: 'low',
        sources: [{ url: 'https://www.thehindu.com/news/31-killed.ece', publisher: 'The Hindu' }],
      }),
    ]);
    expect(file.records[0]).not.toHaveProperty('local');

    // Taken back out, it is a candidate again.
    await click($('li.accepted-item button'));
    await flush();
    expect($$('li.accepted-item')).toHaveLength(0);
    expect($$('li.candidate')).toHaveLength(1);
  });

  it('rejects one: it is not listed again', async () => {
    await show(depsWith([sighting('https://www.thehindu.com/news/31-killed.ece', 'The Hindu')]));
    const reject = $$('li.candidate button').find((b) => text(b) === 'Reject') ?? null;
    expect(reject?.getAttribute('aria-label')).toBe('Reject 31 killed');
    await click(reject);
    await flush();
    expect($$('li.candidate')).toHaveLength(0);
    expect(text($('[data-section="newer"] .empty'))).toBe('No newer figures from the pages you read yet.');
  });
});
