import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { setChosenCatalogue } from '../../../components/i18n';
import { getMessageEn, missingKeys } from './i18n-en';

/**
 * For component tests (happy-dom): before each test a fresh container in the document and
 * `browser.i18n.getMessage` answering from public/_locales/en; after it, the tree unmounted, the
 * browser's language in use again (a test may choose another: `setChosenCatalogue`) and a check that
 * no string asked for is missing from messages.json. `onContainer` receives each container.
 */
export function useRenderTarget(onContainer: (container: HTMLElement) => void): void {
  let container: HTMLElement | undefined;
  beforeEach(() => {
    fakeBrowser.reset();
    missingKeys.clear();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
      getMessageEn as typeof fakeBrowser.i18n.getMessage,
    );
    container = document.createElement('div');
    document.body.append(container);
    onContainer(container);
  });
  afterEach(() => {
    const c = container as HTMLElement;
    act(() => render(null, c));
    c.remove();
    setChosenCatalogue(null);
    vi.restoreAllMocks();
    expect([...missingKeys], 'keys missing from messages.json').toEqual([]);
  });
}

/** Lets effects run and what they started settle (20 ms), inside `act`. */
export const flush = () => act(async () => new Promise((r) => setTimeout(r, 20)));

/** An element's text with each run of white space as one space, trimmed; '' for no element. */
export const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Renders `vnode` into `container` and lets its effects settle. */
export async function renderSettled(vnode: VNode, container: HTMLElement): Promise<void> {
  await act(async () => {
    render(vnode, container);
  });
  await flush();
}

/** Clicks `el` (it must be there) and lets what the click started settle. */
export async function click(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    (el as HTMLElement).click();
  });
  await flush();
}
