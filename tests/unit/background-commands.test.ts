import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../entrypoints/background';
import { FOCUS_FIGURE } from '../../utils/contracts/focus-figure';
import { resetFakeBrowser } from './support/fake-browser';

/**
 * The keyboard shortcuts to the next and the previous figure, in the background entrypoint against
 * fakeBrowser: the browser's command goes to the annotator of the tab the reader is on, in its top
 * frame; a tab with no annotator to hear it is no failure.
 */

type Tab = { id?: number };
type CommandListener = (command: string, tab?: Tab) => unknown;

let onCommand: CommandListener | undefined;
let sendMessage: ReturnType<typeof vi.fn>;
let tabId: number;

beforeEach(async () => {
  resetFakeBrowser();
  onCommand = undefined;
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => {
    onCommand = listener as CommandListener;
  });
  sendMessage = vi.fn(async () => true);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(sendMessage as never);
  tabId = (await fakeBrowser.tabs.create({ url: 'https://www.business-standard.com/news/a.html' }))
    .id as number;
  background.main();
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function press(command: string, tab?: Tab): Promise<void> {
  if (!onCommand) throw new Error('the background listens to no command');
  await onCommand(command, tab);
}

describe('the figure shortcuts', () => {
  it.each([
    ['next-figure', 'next'],
    ['previous-figure', 'previous'],
  ])('%s goes to the annotator of the tab the command names, in its top frame', async (command, figure) => {
    await press(command, { id: tabId });
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenCalledWith(tabId, { type: FOCUS_FIGURE, figure }, { frameId: 0 });
  });

  it('goes to the active tab of the current window when the browser names none', async () => {
    // fakeBrowser keeps no active tab: the browser's answer to that query, and none to any other.
    const query = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockImplementation(async (q) =>
        q.active === true && q.currentWindow === true ? [await fakeBrowser.tabs.get(tabId)] : [],
      );
    await press('next-figure');
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenCalledWith(tabId, { type: FOCUS_FIGURE, figure: 'next' }, { frameId: 0 });
  });

  it('does nothing when there is no tab to send to', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    await press('next-figure');
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('does not throw for a tab with no annotator to hear it', async () => {
    sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(press('next-figure', { id: tabId })).resolves.toBeUndefined();
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('ignores a command of no figure', async () => {
    await press('_execute_action', { id: tabId });
    await press('toString', { id: tabId });
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
