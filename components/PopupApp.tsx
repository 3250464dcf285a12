import { useEffect, useState } from 'preact/hooks';
import type { CheckTabReply } from '@/utils/messages';
import { PopupView } from './PopupView';
import { loadState, type PopupState, type ResultSource } from './tab-result-source';

export interface PopupAppProps {
  source: ResultSource;
  full?: boolean;
  onOpenFullView?: (tabId: number) => void;
  onCheckPage?: (tabId: number) => Promise<CheckTabReply>;
}

/**
 * Finds the tab, reads its result and follows changes to it (a popup opened while the page is still
 * being checked fills in when the result arrives).
 */
export function PopupApp({ source, full = false, onOpenFullView, onCheckPage }: PopupAppProps) {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });

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

  return <PopupView state={state} full={full} onOpenFullView={onOpenFullView} onCheckPage={onCheckPage} />;
}
