// @vitest-environment happy-dom
import type { VNode } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { PageControls } from '../../components/PageControls';
import { PopupView } from '../../components/PopupView';
import type { CheckTabReply } from '../../utils/contracts/messages';
import { createSettingsStore } from '../../utils/storage/settings';
import { click, flush, renderSettled, text, useRenderTarget } from './support/render-target';

/** The popup's "Check this page" button and its page-level "hide here" control, in happy-dom. */

let container: HTMLElement;

const $ = (s: string) => container.querySelector<HTMLElement>(s);

const show = (vnode: VNode) => renderSettled(vnode, container);

useRenderTarget((c) => {
  container = c;
});

describe('"Check this page"', () => {
  it('is offered in the "not checked yet" state and asks for a check of that tab', async () => {
    let answer: (r: CheckTabReply) => void = () => undefined;
    const onCheck = vi.fn(() => new Promise<CheckTabReply>((resolve) => (answer = resolve)));
    await show(<PopupView state={{ kind: 'not_checked', tabId: 9 }} onCheckPage={onCheck} />);
    const button = $('[data-state="not-checked"] button');
    expect(text(button)).toBe('Check this page');
    expect(button?.getAttribute('aria-describedby')).toBe('check-status');
    await click(button);
    expect(onCheck).toHaveBeenCalledWith(9);
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(text($('#check-status'))).toBe('Checking this page… the result appears here.');
    await act(async () => answer({ ok: true }));
    expect(text($('#check-status'))).toBe('Checking this page… the result appears here.');
  });

  it.each<[string, CheckTabReply, string]>([
    [
      'a site turned off',
      { ok: false, reason: 'site_off' },
      'You turned highlights and badges off on this site. Turn the site on again in the options page to check it.',
    ],
    [
      'a page the browser protects',
      { ok: false, reason: 'failed', error: 'Cannot access a chrome:// URL' },
      'This page could not be checked: Cannot access a chrome:// URL',
    ],
  ])('says why it could not check %s, and can be tried again', async (_name, reply, message) => {
    const onCheck = vi.fn(async () => reply);
    await show(<PopupView state={{ kind: 'not_checked', tabId: 9 }} onCheckPage={onCheck} />);
    await click($('.check-page button'));
    expect(text($('#check-status'))).toBe(message);
    expect($('#check-status')?.className).toBe('error');
    expect(($('.check-page button') as HTMLButtonElement).disabled).toBe(false);
  });

  it('is not there without a way to check (and not in other states)', async () => {
    await show(<PopupView state={{ kind: 'not_checked', tabId: 9 }} />);
    expect($('.check-page')).toBeNull();
    await show(<PopupView state={{ kind: 'loading' }} onCheckPage={vi.fn()} />);
    expect($('.check-page')).toBeNull();
  });
});

describe('"Turn off on this site"', () => {
  it("turns the page's site off and on again in the settings", async () => {
    await show(<PageControls url="https://www.business-standard.com/a.html" />);
    const button = () => $('.page-controls button');
    expect(text(button())).toBe('Turn off on this site');
    await click(button());
    expect((await createSettingsStore().get()).disabledSites).toEqual(['business-standard.com']);
    expect(text($('.page-controls p'))).toBe(
      'The extension is off on business-standard.com: its pages are not read.',
    );
    expect(text(button())).toBe('Turn on again on this site');
    await click(button());
    expect((await createSettingsStore().get()).disabledSites).toEqual([]);
    expect(text(button())).toBe('Turn off on this site');
  });

  it('follows a change made elsewhere (the options page)', async () => {
    await show(<PageControls url="https://www.ndtv.com/a" />);
    await createSettingsStore().update((s) => ({ ...s, disabledSites: ['ndtv.com'] }));
    await flush();
    expect(text($('.page-controls button'))).toBe('Turn on again on this site');
  });

  it('shows nothing for a page that is no web page', async () => {
    await show(<PageControls url="about:blank" />);
    expect($('.page-controls')).toBeNull();
  });
});
