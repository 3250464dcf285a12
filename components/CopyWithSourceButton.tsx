import { useState } from 'preact/hooks';
import type { CheckedFigure } from '@/utils/contracts/checked-figure';
import type { ReviewedPage } from '@/utils/export/claim-review';
import { copyWithSource } from '@/utils/export/copy-with-source';
import type { RecordTable } from '@/utils/record/verdicts';
import { t } from './i18n';

type Step = 'idle' | 'copied' | 'failed';

/**
 * "Copy with source": puts the figure, the page, its verdict and the record it was compared with on
 * the clipboard as plain text, and says so in a live region beside the button.
 */
export function CopyWithSourceButton({
  figure,
  records,
  page,
  recordEnd,
}: {
  figure: CheckedFigure;
  /** The records the figure's verdict names. */
  records: RecordTable;
  page: ReviewedPage;
  recordEnd: string;
}) {
  const [step, setStep] = useState<Step>('idle');
  const copy = () => {
    const text = copyWithSource(t, figure, records, page, recordEnd);
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
