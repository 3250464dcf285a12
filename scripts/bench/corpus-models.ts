import { parseHTML } from 'linkedom';
import type { PartialDate } from '../../utils/engine/figure-types';
import {
  publicationDateFromDocument,
  publicationDateFromText,
} from '../../utils/engine/text/publication-date';
import {
  type TextModel,
  textModelFromDocument,
  textModelFromPlainText,
} from '../../utils/engine/text/text-model';
import type { FixturePage } from '../corpus';

/** A fixture page as the benchmark reads it: its text model, built once, outside any timing. */

export interface Prepared {
  page: FixturePage;
  model: TextModel;
  published: PartialDate;
  url: string;
}

export function prepare(page: FixturePage): Prepared {
  if (/\.x?html?$/i.test(page.file)) {
    const { document } = parseHTML(page.content);
    const doc = document as unknown as Document;
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
    return {
      page,
      model: textModelFromDocument(doc),
      published: publicationDateFromDocument(doc),
      url: page.gold.url ?? canonical ?? '',
    };
  }
  const model = textModelFromPlainText(page.content);
  return { page, model, published: publicationDateFromText(model.text), url: page.gold.url ?? '' };
}
