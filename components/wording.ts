import type { FigureKind, PartialDate, Qualifier, Subject } from '@/utils/figure-types';
import type { Verdict, VerdictStatus } from '@/utils/verdicts';
import { t } from './i18n';

/**
 * The neutral wording of `utils/verdict-text.ts` (shared with the in-page card), built from
 * `browser.i18n` messages so that it can be translated. The popup states the verdict in a short
 * sentence and shows the record it rests on in parts (value, date, who, where, source) rather than
 * in one long parenthesis. In English the sentences and dates are word for word verdict-text's:
 * tests/unit/popup.test.tsx holds them together.
 */

/** "8 Nov 2025", "Jul 2025", or "date not given". */
export function dateText(d: PartialDate): string {
  if (!d) return t('dateNotGiven');
  const [y = '', m = '', day] = d.split('-');
  const month = t(`month${Number(m)}`);
  return day ? t('dateDay', [String(Number(day)), month, y]) : t('dateMonth', [month, y]);
}

/** "The figure reported for Jul 2025 matches the record.", the record itself shown beside it. */
export function localizedVerdictLead(v: Verdict, asOf: PartialDate): string {
  const when = dateText(asOf);
  switch (v.status) {
    case 'confirmed':
      return t('verdictConfirmed', when);
    case 'conflicts':
      return t('verdictConflicts', when);
    case 'unconfirmed':
      return t('verdictUnconfirmed', when);
    case 'no_record':
      return t('verdictNoRecord');
  }
}

export const statusLabel = (s: VerdictStatus): string => t(`status_${s}`);
export const kindHeading = (k: FigureKind): string => t(`kindHeading_${k}`);
/** "44", "about 20", "at least 44". */
export const valueText = (value: number, q: Qualifier): string => t(`qualifier_${q}`, String(value));
export const subjectNote = (s: Subject): string | null => (s === 'indian' ? null : t(`subject_${s}`));
