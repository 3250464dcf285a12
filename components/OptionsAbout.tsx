import { REFERENCE, REFERENCE_RECORDS } from '@/utils/record/records';
import { dateText } from '@/utils/wording/figure-wording';
import { formatCount, t } from './i18n';

/** The distinct publishers of the reference record's sources, in alphabetical order. */
function referencePublishers(): string[] {
  const names = new Set<string>();
  for (const r of REFERENCE_RECORDS) for (const s of r.sources) names.add(s.publisher);
  return [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
}

/** What the verdicts are compared with: coverage, size, and where the figures were reported. */
export function OptionsAbout() {
  const publishers = referencePublishers();
  const official = REFERENCE_RECORDS.filter((r) => r.official).length;
  return (
    <section class="card" aria-labelledby="about-heading" data-section="about">
      <h2 id="about-heading">{t('aboutHeading')}</h2>
      <p class="coverage">
        {t('aboutCoverage', [
          formatCount(REFERENCE_RECORDS.length),
          dateText(t, REFERENCE.coverage.from),
          dateText(t, REFERENCE.coverage.to),
        ])}
      </p>
      <p>{t('aboutOfficial', [formatCount(official), formatCount(REFERENCE_RECORDS.length - official)])}</p>
      <details class="site-list">
        <summary>{t('aboutSources', formatCount(publishers.length))}</summary>
        <ul class="columns publishers">
          {publishers.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}

export function OptionsPrivacy() {
  return (
    <section class="card" aria-labelledby="privacy-heading" data-section="privacy">
      <h2 id="privacy-heading">{t('privacyHeading')}</h2>
      <p>{t('privacyNothingLeaves')}</p>
      <p>{t('privacyStoredIntro')}</p>
      <ul class="bullets">
        <li>{t('privacyStoredSettings')}</li>
        <li>{t('privacyStoredSightings')}</li>
        <li>{t('privacyStoredReaderRecords')}</li>
        <li>{t('privacyStoredTabs')}</li>
      </ul>
    </section>
  );
}
