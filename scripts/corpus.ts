import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FigureKind, PartialDate, Qualifier, Subject } from '../utils/engine/figure-types';

export const PAGES_DIR = join(import.meta.dirname, '..', 'tests', 'fixtures', 'pages');
/** Pages written separately and never used to tune the engine: an honest measure of generalisation. */
export const HELDOUT_DIR = join(import.meta.dirname, '..', 'tests', 'fixtures', 'heldout');

export interface GoldFigure {
  value: number;
  kind: FigureKind;
  qualifier: Qualifier;
  subject: Subject;
  asOf: PartialDate;
  text: string;
}

export interface Gold {
  url: string | null;
  relevant: boolean;
  published: PartialDate;
  figures: GoldFigure[];
  notes?: string;
}

export interface FixturePage {
  slug: string;
  file: string;
  content: string;
  gold: Gold;
}

/** Every fixture page with its gold annotation, in a stable order. */
export function loadCorpus(dir = PAGES_DIR): FixturePage[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => /\.(html|txt)$/.test(f) && existsSync(join(dir, f.replace(/\.(html|txt)$/, '.gold.json'))))
    .sort();
  return files.map((f) => {
    const slug = f.replace(/\.(html|txt)$/, '');
    return {
      slug,
      file: join(dir, f),
      content: readFileSync(join(dir, f), 'utf8'),
      gold: JSON.parse(readFileSync(join(dir, `${slug}.gold.json`), 'utf8')) as Gold,
    };
  });
}
