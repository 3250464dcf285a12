import { parseHTML } from 'linkedom';
import type { Figure } from '../utils/engine/figure-types';
import { looksOnTopic } from '../utils/engine/topic-lead';
import { leadOf } from '../utils/page/detector/page-lead';
import type { FixturePage, GoldFigure } from './corpus';
import { analyzeFileContent } from './extract-cli';

export interface Miss {
  slug: string;
  type: 'missed' | 'spurious' | 'detection' | 'qualifier' | 'asOf' | 'subject';
  detail: string;
}

export interface EvalReport {
  pages: number;
  /** The detector's cheap first stage: topic pages it lets through, negatives it stops. */
  firstStage: { topicPassed: number; topic: number; negativesStopped: number; negatives: number };
  detection: { tp: number; fp: number; fn: number; precision: number; recall: number };
  figures: { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };
  qualifierAccuracy: number;
  asOfAccuracy: number;
  subjectAccuracy: number;
  misses: Miss[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function describe(f: {
  value: number;
  kind: string;
  qualifier: string;
  subject: string;
  asOf: string | null;
}) {
  return `${f.value} ${f.kind} ${f.qualifier} ${f.subject} ${f.asOf ?? 'null'}`;
}

/** Pairs predicted with gold figures: same value and kind, preferring the same as-of date. */
function matchFigures(gold: GoldFigure[], predicted: Figure[]) {
  const used = new Set<number>();
  const pairs: Array<[GoldFigure, Figure]> = [];
  const missed: GoldFigure[] = [];
  const order = [...gold].sort((a, b) => (a.asOf === null ? 1 : 0) - (b.asOf === null ? 1 : 0));
  for (const g of order) {
    let best = -1;
    for (let i = 0; i < predicted.length; i++) {
      const p = predicted[i] as Figure;
      if (used.has(i) || p.value !== g.value || p.kind !== g.kind) continue;
      if (best < 0 || (p.asOf === g.asOf && (predicted[best] as Figure).asOf !== g.asOf)) best = i;
    }
    if (best >= 0) {
      used.add(best);
      pairs.push([g, predicted[best] as Figure]);
    } else missed.push(g);
  }
  const spurious = predicted.filter((_, i) => !used.has(i));
  return { pairs, missed, spurious };
}

export function evaluateCorpus(pages: FixturePage[]): EvalReport {
  const misses: Miss[] = [];
  const det = { tp: 0, fp: 0, fn: 0 };
  const fig = { tp: 0, fp: 0, fn: 0 };
  const firstStage = { topicPassed: 0, topic: 0, negativesStopped: 0, negatives: 0 };
  let qualOk = 0;
  let asOfOk = 0;
  let subjOk = 0;
  for (const page of pages) {
    const r = analyzeFileContent(page.file, page.content, page.gold.url ?? undefined);
    if (page.file.endsWith('.html')) {
      const { document } = parseHTML(page.content);
      const pass = looksOnTopic(document.title, page.gold.url ?? '', leadOf(document as unknown as Document));
      if (page.gold.relevant) {
        firstStage.topic++;
        if (pass) firstStage.topicPassed++;
        else
          misses.push({
            slug: page.slug,
            type: 'detection',
            detail: 'first stage (title, URL, lead) stopped a topic page',
          });
      } else {
        firstStage.negatives++;
        if (!pass) firstStage.negativesStopped++;
      }
    }
    if (r.relevant && page.gold.relevant) det.tp++;
    else if (r.relevant) {
      det.fp++;
      misses.push({ slug: page.slug, type: 'detection', detail: `predicted relevant (score ${r.score})` });
    } else if (page.gold.relevant) {
      det.fn++;
      misses.push({
        slug: page.slug,
        type: 'detection',
        detail: `predicted not relevant (score ${r.score})`,
      });
    }
    const { pairs, missed, spurious } = matchFigures(page.gold.figures, r.figures);
    fig.tp += pairs.length;
    fig.fn += missed.length;
    fig.fp += spurious.length;
    for (const g of missed)
      misses.push({ slug: page.slug, type: 'missed', detail: `${describe(g)} | ${g.text}` });
    for (const p of spurious)
      misses.push({ slug: page.slug, type: 'spurious', detail: `${describe(p)} | ${p.text}` });
    for (const [g, p] of pairs) {
      if (g.qualifier === p.qualifier) qualOk++;
      else
        misses.push({
          slug: page.slug,
          type: 'qualifier',
          detail: `${g.value} ${g.kind}: gold ${g.qualifier}, got ${p.qualifier} | ${g.text}`,
        });
      if (g.asOf === p.asOf) asOfOk++;
      else
        misses.push({
          slug: page.slug,
          type: 'asOf',
          detail: `${g.value} ${g.kind}: gold ${g.asOf}, got ${p.asOf} | ${g.text}`,
        });
      if (g.subject === p.subject) subjOk++;
      else
        misses.push({
          slug: page.slug,
          type: 'subject',
          detail: `${g.value} ${g.kind}: gold ${g.subject}, got ${p.subject} | ${g.text}`,
        });
    }
  }
  const precision = ratio(fig.tp, fig.tp + fig.fp);
  const recall = ratio(fig.tp, fig.tp + fig.fn);
  return {
    pages: pages.length,
    firstStage,
    detection: {
      ...det,
      precision: ratio(det.tp, det.tp + det.fp),
      recall: ratio(det.tp, det.tp + det.fn),
    },
    figures: {
      ...fig,
      precision,
      recall,
      f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    },
    qualifierAccuracy: ratio(qualOk, fig.tp),
    asOfAccuracy: ratio(asOfOk, fig.tp),
    subjectAccuracy: ratio(subjOk, fig.tp),
    misses,
  };
}
