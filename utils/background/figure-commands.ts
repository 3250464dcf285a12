import { FIGURE_COMMANDS, FOCUS_FIGURE, type FocusFigureMessage } from '../contracts/focus-figure';

export interface FigureCommandDeps {
  /** The tab the reader is looking at, when the browser did not say with the command. */
  activeTabId(): Promise<number | undefined>;
  /** To the tab's top frame, where the annotator keeps the tab's result. */
  sendToTab(tabId: number, message: FocusFigureMessage): Promise<unknown>;
}

/**
 * The keyboard shortcuts to the next and the previous figure: the command goes to the annotator of the
 * tab the reader is on. A tab without one (a page off the topic, a browser page) has nothing to move to:
 * its refusal is no failure.
 */
export function createFigureCommandHandler(
  deps: FigureCommandDeps,
): (command: string, tab?: { id?: number }) => Promise<void> {
  return async (command, tab) => {
    const figure = Object.hasOwn(FIGURE_COMMANDS, command)
      ? FIGURE_COMMANDS[command as keyof typeof FIGURE_COMMANDS]
      : undefined;
    if (!figure) return;
    try {
      const tabId = tab?.id ?? (await deps.activeTabId());
      if (tabId !== undefined) await deps.sendToTab(tabId, { type: FOCUS_FIGURE, figure });
    } catch {
      // No annotator in the tab ("Receiving end does not exist"), or the tab has gone.
    }
  };
}
