import { render } from 'preact';
import { WhyDiffer } from '../../../components/WhyDiffer';
import type { ReferenceRecord } from '../../../utils/record/reference-record';
import { recordRef } from '../../../utils/record/verdicts';
import { figure } from './page-results';

/**
 * What "Why the figures differ" shows of a record's notes (components/WhyDiffer.tsx), for a figure that
 * differs from it: '' when it shows none. Renders into a detached element (happy-dom).
 */
export function shownNote(record: ReferenceRecord): string {
  const root = document.createElement('div');
  render(
    <WhyDiffer
      figure={figure()}
      verdict={{ reference: recordRef(record), latest: null }}
      standing="differs"
      records={[record]}
    />,
    root,
  );
  const shown = root.querySelector('.why-text')?.textContent ?? '';
  render(null, root);
  return shown;
}
