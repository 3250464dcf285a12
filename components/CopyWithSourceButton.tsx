import { useState } from 'preact/hooks';
import type { PageResultFigure } from '@/utils/contracts/messages';
import type { ReviewedPage } from '@/utils/export/claim-review';
import { copyWithSource } from '@/utils/export/copy-with-source';
import { t } from './i18n';

type Step = 'idle' | 'copied' | 'failed';

/**
 * "Copy with source": puts the figure, the page, its verdict and the record it was compared with on
 * the clipboard as plain text, and says so in a live region beside the button.
 */
export function CopyWithSourceButton({
  figure,
  page,
  recordEnd,
}: {
  figure: PageResultFigure;
  page: ReviewedPage;
  recordEnd: string;
}) {
  const [step, setStep] = useState<Step>('idle');
  const copy = () => {
    const text = copyWithSource(t, figure, page, recordEnd);
    let written: Promise<void>;
    try {
      written = navigator.clipboard.writeText(text);
    } catch (e) {
      written = Promise.reject(e);
    }
    written.then(
      () => setStep('copied'),
      () => setStep('failed'),
    );
  };
  return (
    <p class="copy-source">
      <button type="button" class="button" onClick={copy}>
        {t('copyWithSource')}
      </button>{' '}
      <span class={step === 'failed' ? 'error copy-status' : 'page-meta copy-status'} aria-live="polite">
        {step === 'copied' ? t('copied') : step === 'failed' ? t('copyFailed') : ''}
      </span>
    </p>
  );
}
