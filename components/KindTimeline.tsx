import type { CheckedFigure } from '@/utils/contracts/checked-figure';
import type { FigureKind } from '@/utils/engine/figure-types';
import { REFERENCE_RECORDS } from '@/utils/record/records';
import type { ReferenceRecord } from '@/utils/record/reference-record';
import {
  labelledPoint,
  lastPoint,
  linearScale,
  markedTags,
  type TimelineMark,
  type TimelinePoint,
  timeDomain,
  timelineMarks,
  timelineSeries,
  timeTicks,
  valueAxis,
} from '@/utils/record/timeline';
import { dateText, valueText } from '@/utils/wording/figure-wording';
import { axisNumberIn } from '@/utils/wording/locale-format';
import { messagesLang, t } from './i18n';

/**
 * A small timeline of the figures reported for one kind (official ones solid, media-only hollow),
 * with this page's figures marked, as an inline SVG. The SVG is one image with a summary for screen
 * readers; "Show as table" gives every point as a table.
 */

// The drawing's own units; it scales to its box, and at the popup's width one unit is about a pixel.
const W = 340;
const M = { top: 22, right: 14, bottom: 20, left: 34 };
const H = 140;

/** The first point and the last one (official first among those of the last date). */
function ends(points: readonly TimelinePoint[]): [TimelinePoint, TimelinePoint] | null {
  const first = points[0];
  const last = lastPoint(points);
  return first && last ? [first, last] : null;
}

const whoOf = (p: TimelinePoint) => (p.official ? p.speaker : t('timelineMediaWho', p.venue));
const markText = (m: TimelineMark) =>
  t('timelineMark', [valueText(t, m.value, m.qualifier, m.high), dateText(t, m.date)]);

function timelineLabel(
  kind: FigureKind,
  tag: string | undefined,
  points: readonly TimelinePoint[],
  marks: readonly TimelineMark[],
): string {
  const e = ends(points);
  const name = tag
    ? t('timelineOtherName', [t(`kindHeading_${kind}`), tagLabel(tag)])
    : t(`kindHeading_${kind}`);
  if (!e) return name;
  const [first, last] = e;
  const base = [
    name,
    dateText(t, first.date),
    dateText(t, last.date),
    valueText(t, first.value, first.qualifier),
    valueText(t, last.value, last.qualifier),
  ];
  return marks.length === 0
    ? t('timelineLabel', base)
    : t('timelineLabelPage', [...base, marks.map(markText).join('; ')]);
}

const tagLabel = (tag: string): string => {
  const label = t(`tag_${tag}`);
  return label === `tag_${tag}` ? tag.replace(/_/g, ' ') : label;
};

function Chart({
  points,
  marks,
  label,
}: {
  points: readonly TimelinePoint[];
  marks: readonly TimelineMark[];
  label: string;
}) {
  const domain = timeDomain(points, marks);
  const axis = valueAxis([...points.map((p) => p.value), ...marks.map((m) => m.high ?? m.value)]);
  // Values on the chart: lakh and crore past a lakh, in the language in use (read once a drawing).
  const lang = messagesLang();
  const compact = (v: number) => axisNumberIn(lang, v);
  const tickLabels = axis.ticks.map(compact);
  // Room for the longest value on the axis ("2.5 crore", "1.5 लाख"), at about 5.5 units a character.
  const left = Math.max(M.left, 8 + 5.5 * Math.max(...tickLabels.map((l) => l.length)));
  const x = linearScale(domain, [left, W - M.right]);
  const y = linearScale([0, axis.max], [H - M.bottom, M.top]);
  const official = points.filter((p) => p.official);
  // The latest figure's value beside it, unless this page's figure repeats that record.
  const last = labelledPoint(points, marks);
  // This page's values above their dashed lines, one label per date.
  const markLabels = new Map<number, number[]>();
  for (const m of marks) markLabels.set(m.day, [...(markLabels.get(m.day) ?? []), m.value]);
  const anchorAt = (px: number) => (px > W - M.right - 20 ? 'end' : px < left + 20 ? 'start' : 'middle');
  const r = (n: number) => Math.round(n * 10) / 10;
  return (
    <svg
      class="tl-chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={label}
      preserveAspectRatio="xMidYMid meet"
    >
      <g class="tl-grid">
        {axis.ticks.map((v, i) => (
          <g key={`y${v}`}>
            <line x1={left} x2={W - M.right} y1={r(y(v))} y2={r(y(v))} />
            <text x={left - 5} y={r(y(v)) + 3.5} text-anchor="end">
              {tickLabels[i]}
            </text>
          </g>
        ))}
        {timeTicks(domain).map((tick) => (
          <g key={tick.month}>
            <line
              class="tl-xtick"
              x1={r(x(tick.day))}
              x2={r(x(tick.day))}
              y1={H - M.bottom}
              y2={H - M.bottom + 4}
            />
            <text x={r(x(tick.day))} y={H - 5} text-anchor="middle">
              {dateText(t, tick.month)}
            </text>
          </g>
        ))}
      </g>
      {official.length > 1 ? (
        <polyline class="tl-line" points={official.map((p) => `${r(x(p.day))},${r(y(p.value))}`).join(' ')} />
      ) : null}
      {marks.map((m) => (
        <line
          key={`ml${m.day}-${m.value}`}
          class="tl-mark-line"
          x1={r(x(m.day))}
          x2={r(x(m.day))}
          y1={M.top - 4}
          y2={H - M.bottom}
        />
      ))}
      {points.map((p) => (
        <circle
          key={p.id}
          class={p.official ? 'tl-point tl-official' : 'tl-point tl-media'}
          cx={r(x(p.day))}
          cy={r(y(p.value))}
          r={3.5}
        >
          <title>
            {t('timelinePointTitle', [valueText(t, p.value, p.qualifier), dateText(t, p.date), whoOf(p)])}
          </title>
        </circle>
      ))}
      {marks.map((m) => {
        const cx = r(x(m.day));
        const cy = r(y(m.value));
        return (
          <path
            key={`m${m.day}-${m.value}`}
            class="tl-mark"
            d={`M${cx} ${cy - 6}L${cx + 6} ${cy}L${cx} ${cy + 6}L${cx - 6} ${cy}Z`}
          >
            <title>{t('timelineMarkTitle', markText(m))}</title>
          </path>
        );
      })}
      {last ? (
        <text class="tl-value" x={r(x(last.day)) - 6} y={r(y(last.value)) - 6} text-anchor="end">
          {compact(last.value)}
        </text>
      ) : null}
      {[...markLabels].map(([day, values]) => (
        <text
          key={`mv${day}`}
          class="tl-value tl-mark-value"
          x={r(x(day))}
          y={M.top - 8}
          text-anchor={anchorAt(x(day))}
        >
          {values.map(compact).join(', ')}
        </text>
      ))}
    </svg>
  );
}

function Table({
  points,
  marks,
  label,
}: {
  points: readonly TimelinePoint[];
  marks: readonly TimelineMark[];
  label: string;
}) {
  const rows = [
    ...points.map((p) => ({
      key: p.id,
      day: p.day,
      date: p.date,
      value: valueText(t, p.value, p.qualifier),
      who: whoOf(p),
      page: false,
    })),
    ...marks.map((m) => ({
      key: `page-${m.day}-${m.value}`,
      day: m.day,
      date: m.date,
      value: valueText(t, m.value, m.qualifier, m.high),
      who: t('timelineThisPage'),
      page: true,
    })),
  ].sort((a, b) => a.day - b.day);
  return (
    <details class="tl-table">
      <summary>{t('timelineShowTable')}</summary>
      <table>
        <caption class="sr-only">{label}</caption>
        <thead>
          <tr>
            <th scope="col">{t('timelineColDate')}</th>
            <th scope="col">{t('timelineColValue')}</th>
            <th scope="col">{t('timelineColWho')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} class={row.page ? 'tl-row-page' : undefined}>
              <td>{dateText(t, row.date)}</td>
              <td>{row.value}</td>
              <td>{row.who}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** One timeline: the records of a kind (and tag), and the page's figures of it. */
function Timeline({
  kind,
  tag,
  figures,
  records,
}: {
  kind: FigureKind;
  tag: string | undefined;
  figures: readonly CheckedFigure[];
  records: readonly ReferenceRecord[];
}) {
  const points = timelineSeries(records, kind, tag);
  if (points.length === 0) return null;
  const marks = timelineMarks(figures, kind, tag);
  const label = timelineLabel(kind, tag, points, marks);
  return (
    <div class="timeline" data-kind={kind} data-tag={tag}>
      <p class="tl-title" aria-hidden="true">
        {tag ? t('timelineTitleTag', tagLabel(tag)) : t('timelineTitle')}
      </p>
      <Chart points={points} marks={marks} label={label} />
      <p class="tl-legend" aria-hidden="true">
        <span class="tl-key tl-key-official">●</span> {t('timelineKeyOfficial')}{' '}
        <span class="tl-key tl-key-media">○</span> {t('timelineKeyMedia')}
        {marks.length > 0 ? (
          <>
            {' '}
            <span class="tl-key tl-key-page">◆</span> {t('timelineKeyPage')}
          </>
        ) : null}
      </p>
      <Table points={points} marks={marks} label={label} />
    </div>
  );
}

/**
 * The timelines for a kind's group: one, or for `other` one per sub-label the page's figures have.
 * Figures about another nationality, and counts of new cases, are not marked on running totals
 * (utils/record/timeline.ts reads which are from the figures themselves).
 */
export function KindTimeline({
  kind,
  figures,
  records = REFERENCE_RECORDS,
}: {
  kind: FigureKind;
  figures: readonly CheckedFigure[];
  records?: readonly ReferenceRecord[];
}) {
  if (kind !== 'other') return <Timeline kind={kind} tag={undefined} figures={figures} records={records} />;
  return (
    <>
      {markedTags(figures).map((tag) => (
        <Timeline key={tag} kind={kind} tag={tag} figures={figures} records={records} />
      ))}
    </>
  );
}
