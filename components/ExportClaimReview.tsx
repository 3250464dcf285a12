import type { TabResult } from '@/utils/background/tab-results';
import { claimReview, reviewedPage } from '@/utils/export/claim-review';
import { t } from './i18n';

/** Hands a file to the browser's downloads. */
export type Download = (filename: string, text: string, type: string) => void;

/** The page's figures as a JSON-LD file: an array of schema.org ClaimReviews, one per figure. */
function claimReviewFile(result: TabResult, recordEnd: string, today: string): string {
  const page = reviewedPage(result);
  return `${JSON.stringify(
    result.figures.map((f) => claimReview(t, f, result.records, page, recordEnd, today)),
    null,
    2,
  )}\n`;
}

/** "Export ClaimReview", in the full view: downloads `claimreview-<date>.jsonld`. */
export function ExportClaimReview({
  result,
  recordEnd,
  today,
  download,
}: {
  result: TabResult;
  recordEnd: string;
  today: string;
  download: Download;
}) {
  const save = () =>
    download(`claimreview-${today}.jsonld`, claimReviewFile(result, recordEnd, today), 'application/ld+json');
  return (
    <p class="export-claimreview">
      <button type="button" class="button" onClick={save}>
        {t('exportClaimReview')}
      </button>
    </p>
  );
}
