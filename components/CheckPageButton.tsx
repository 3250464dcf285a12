import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CHECK_TAB, type CheckTabMessage, type CheckTabReply } from '@/utils/contracts/messages';
import { t } from './i18n';

/** Asks the background to inject the annotator into the tab (the popup holds activeTab for it). */
export async function requestCheck(tabId: number): Promise<CheckTabReply> {
  const message: CheckTabMessage = { type: CHECK_TAB, tabId };
  const reply = (await browser.runtime.sendMessage(message)) as CheckTabReply | undefined;
  return reply ?? { ok: false, reason: 'failed' };
}

type Step = { kind: 'idle' } | { kind: 'checking' } | { kind: 'sent' } | { kind: 'failed'; text: string };

/**
 * "Check this page", for a tab without a result (a site outside the curated list, or a page the
 * detector passed over). The result itself arrives through the stored tab result, which the popup
 * follows; this only says that the check is under way, or why it could not start.
 */
export function CheckPageButton({
  tabId,
  onCheck,
}: {
  tabId: number;
  onCheck: (tabId: number) => Promise<CheckTabReply>;
}) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const check = () => {
    setStep({ kind: 'checking' });
    onCheck(tabId).then(
      (reply) => {
        if (reply.ok) setStep({ kind: 'sent' });
        else if (reply.reason === 'site_off') setStep({ kind: 'failed', text: t('checkSiteOff') });
        else setStep({ kind: 'failed', text: t('checkFailed', reply.error ?? t('checkFailedUnknown')) });
      },
      (e: unknown) =>
        setStep({ kind: 'failed', text: t('checkFailed', e instanceof Error ? e.message : String(e)) }),
    );
  };
  const busy = step.kind === 'checking' || step.kind === 'sent';
  return (
    <div class="check-page">
      <button
        type="button"
        class="button primary"
        onClick={check}
        disabled={busy}
        aria-describedby="check-status"
      >
        {t('checkThisPage')}
      </button>
      <p id="check-status" class={step.kind === 'failed' ? 'error' : 'page-meta'} role="status">
        {step.kind === 'checking' || step.kind === 'sent'
          ? t('checking')
          : step.kind === 'failed'
            ? step.text
            : t('checkThisPageHint')}
      </p>
    </div>
  );
}
