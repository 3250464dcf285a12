import { ReportTable } from '../support/report-table';

/** The table `npm run bench` prints its parts in: each figure beside its peer or limit, and a verdict. */
export const table = new ReportTable({ metric: 58, value: 22, against: 44 });
export const { row, section, note } = table;
