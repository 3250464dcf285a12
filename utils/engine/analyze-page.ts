import { extractFigures } from './extract-figures';
import type { PageAnalysis, PartialDate } from './figure-types';
import { scoreRelevance } from './relevance';
import { inStoryPassages } from './story-passages';
import { publicationDateFromDocument, publicationDateFromText } from './text/publication-date';
import { type TextModel, textModelFromDocument, textModelFromPlainText } from './text/text-model';

export interface AnalyzeOptions {
  url?: string;
}

export interface PageResult extends PageAnalysis {
  model: TextModel;
}

/** Relevance, publication date and figures of a text model. Figures only for pages on the topic. */
export function analyzeModel(
  model: TextModel,
  published: PartialDate,
  options: AnalyzeOptions = {},
): PageResult {
  const { relevant, score } = scoreRelevance(model, options.url ?? '');
  const figures = relevant ? inStoryPassages(model, extractFigures(model, published)) : [];
  return { relevant, score, published, figures, truncated: model.truncated, model };
}

export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): PageResult {
  const model = textModelFromDocument(doc);
  return analyzeModel(model, publicationDateFromDocument(doc), options);
}

export function analyzeText(input: string, options: AnalyzeOptions = {}): PageResult {
  const model = textModelFromPlainText(input);
  return analyzeModel(model, publicationDateFromText(model.text), options);
}
