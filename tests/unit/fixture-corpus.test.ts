import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpus, PAGES_DIR } from '../../scripts/corpus';
import { evaluateCorpus } from '../../scripts/evaluate';
import { analyzeFileContent } from '../../scripts/extract-cli';
import { FIGURE_KINDS, QUALIFIERS, SUBJECTS } from '../../utils/engine/figure-types';

const pages = loadCorpus();
const DATE = /^\d{4}-\d{2}(?:-\d{2})?$/;

describe('fixture corpus', () => {
  it('has every page annotated, and enough of them', () => {
    const files = readdirSync(PAGES_DIR).filter((f) => /\.(html|txt)$/.test(f));
    expect(pages.length).toBe(files.length);
    expect(pages.filter((p) => p.gold.relevant).length).toBeGreaterThanOrEqual(40);
    expect(pages.filter((p) => !p.gold.relevant).length).toBeGreaterThanOrEqual(20);
  });

  it.each(pages.map((p) => [p.slug, p] as const))(
    '%s: gold is well formed and its snippets are in the text',
    (_slug, page) => {
      const { gold } = page;
      expect(gold.published === null || DATE.test(gold.published)).toBe(true);
      if (!gold.relevant) expect(gold.figures).toEqual([]);
      const model = analyzeFileContent(page.file, page.content, gold.url ?? undefined).model;
      const flat = model.text.replace(/\s+/g, ' ');
      for (const f of gold.figures) {
        expect(FIGURE_KINDS).toContain(f.kind);
        expect(QUALIFIERS).toContain(f.qualifier);
        expect(SUBJECTS).toContain(f.subject);
        expect(f.asOf === null || DATE.test(f.asOf)).toBe(true);
        expect(flat, `snippet "${f.text}"`).toContain(f.text.replace(/\s+/g, ' '));
      }
    },
  );

  it('meets the accuracy targets (detection P and R >= 0.98, figure F1 >= 0.95)', () => {
    const r = evaluateCorpus(pages);
    const summary = r.misses.map((m) => `${m.type} ${m.slug}: ${m.detail}`).join('\n');
    expect(r.detection.precision, summary).toBeGreaterThanOrEqual(0.98);
    expect(r.detection.recall, summary).toBeGreaterThanOrEqual(0.98);
    expect(r.figures.f1, summary).toBeGreaterThanOrEqual(0.95);
  });
});
