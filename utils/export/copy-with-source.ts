import { type CheckedFigure, verdictOf } from '../contracts/checked-figure';
import { standingOf } from '../record/standing';
import type { RecordTable } from '../record/verdicts';
import {
  countText,
  dateText,
  headline,
  type Messages,
  quoteText,
  standingLabel,
} from '../wording/figure-wording';
import type { ReviewedPage } from './claim-review';

/**
 * A figure's verdict as plain text to paste into a note or a message: the figure as written, the page
 * it was read on, who the page gives it to, its standing and the popup's first sentence, how it compared
 * with its own date and whether it is still current, and the official record it was compared with
 * (value, date, speaker, venue, source), from `records`, which the figure's verdict names. One line
 * each; a line with nothing to say is left out.
 */

const joined = (parts: ReadonlyArray<string | null | undefined>): string =>
  parts.filter((p): p is string => !!p && p.trim() !== '').join(', ');

export function copyWithSource(
  m: Messages,
  figure: CheckedFigure,
  records: RecordTable,
  page: ReviewedPage,
  recordEnd: string,
): string {
  const v = verdictOf(figure, records);
  const standing = standingOf(figure, v);
  const lines: string[] = [quoteText(m, figure.text)];
  // A title that already ends with the outlet's name ("... | Business Standard") does not take it twice.
  const named = page.publisher && page.title?.trim().toLowerCase().endsWith(page.publisher.toLowerCase());
  const where = joined([
    page.title,
    named ? null : page.publisher,
    page.published ? dateText(m, page.published) : null,
  ]);
  if (where) lines.push(m('copyPage', [where]));
  if (page.url) lines.push(page.url);
  if (figure.attribution)
    lines.push(m('copyAttributed', [joined([figure.attribution.speaker, figure.attribution.venue])]));
  lines.push(m('copyVerdict', [standingLabel(m, standing), headline(m, figure, v, standing, recordEnd)]));
  // One message per status and per currency: copyStatus_confirmed ..., copyCurrency_current ...
  lines.push(m('copyStatus', [m(`copyStatus_${v.status}`)]));
  lines.push(m('copyCurrency', [m(`copyCurrency_${v.currency}`)]));
  const record = v.latest ?? v.reference;
  if (record) {
    const said = joined([
      countText(m, record.kind === 'other' ? { ...record, tag: figure.tag } : record),
      dateText(m, record.date),
      record.speaker,
      record.venue,
    ]);
    lines.push(m('copyRecord', [said]));
    if (record.source) lines.push(m('copySource', [record.source.url, record.source.publisher]));
  } else lines.push(m('copyNoRecord'));
  lines.push(m('copyCheckedWith', [m('extName')]));
  return lines.join('\n');
}
