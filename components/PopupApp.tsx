import { useEffect, useState } from 'preact/hooks';
import type { CheckTabReply } from '@/utils/contracts/messages';
import { type RecordSet, SHIPPED } from '@/utils/record/record-set';
import { PopupView, type ShowInPage } from './PopupView';
import { loadState, type PopupState, type ResultSource } from './tab-result-source';

export interface PopupAppProps {
  source: ResultSource;
  full?: boolean;
  onOpenFullView?: (tabId: number) => void;
  onCheckPage?: (tabId: number) => Promise<CheckTabReply>;
  /** The shipped record with the reader's accepted figures; the shipped one alone when not given. */
  records?: () => Promise<RecordSet>;
  today?: string;
  /** "Show in the page" on each figure; none without it. */
  onShowInPage?: ShowInPage;
}

/**
 * Finds the tab, reads its result and follows changes to it (a popup opened while the page is still
 * being checked fills in when the result arrives).
 */
export function PopupApp({
  source,
  full = false,
  onOpenFullView,
  onCheckPage,
  records,
  today,
  onShowInPage,
}: PopupAppProps) {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [set, setSet] = useState<RecordSet>(SHIPPED);

  useEffect(() => {
    let live = true;
    records?.().then(
      (s) => live && setSet(s),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [records]);

  useEffect(() => {
    let live = true;
    let unwatch: (() => void) | undefined;
    const show = (s: PopupState) => {
      if (live) setState(s);
    };
    source.tabId().then(
      async (tabId) => {
        if (!live) return;
        unwatch = source.watch?.(tabId, () => {
          void loadState(source, tabId).then(show);
        });
        show(await loadState(source, tabId));
      },
      (e: unknown) => show({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
      unwatch?.();
    };
  }, [source]);

  return (
    <PopupView
      state={state}
      full={full}
      onOpenFullView={onOpenFullView}
      onCheckPage={onCheckPage}
      records={set}
      today={today}
      onShowInPage={onShowInPage}
    />
  );
}
