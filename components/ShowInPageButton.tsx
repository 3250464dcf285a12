import { useState } from 'preact/hooks';
import type { CheckedFigure } from '@/utils/contracts/checked-figure';
import { countText, dateText } from '@/utils/wording/figure-wording';
import { t } from './i18n';

/**
 * "Show in the page": has the tab scroll to the figure, focus its badge and open its card (`onShow`,
 * which closes the popup once the page has done it). Named for its figure, as there is one per figure;
 * says beside it when the page could not show it.
 */
export function ShowInPageButton({
  figure,
  onShow,
}: {
  figure: CheckedFigure;
  /** True once the page shows the figure. */
  onShow: () => Promise<boolean>;
}) {
  const [failed, setFailed] = useState(false);
  const show = () => {
    setFailed(false);
    onShow().then(
      (shown) => setFailed(!shown),
      () => setFailed(true),
    );
  };
  return (
    <p class="show-in-page">
      <button
        type="button"
        class="button"
        onClick={show}
        aria-label={t('showInPageLabel', [countText(t, figure), dateText(t, figure.asOf)])}
      >
        {t('showInPage')}
      </button>{' '}
      <span class={failed ? 'error show-status' : 'page-meta show-status'} aria-live="polite">
        {failed ? t('showInPageFailed') : ''}
      </span>
    </p>
  );
}
