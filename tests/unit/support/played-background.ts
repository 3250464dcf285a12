import { analyzeInFull } from '../../../utils/background/analyze-request';
import type { TabAnswer } from '../../../utils/background/tab-answers';
import type { AnalyzeTextReply, AnalyzeTextRequest } from '../../../utils/contracts/analyze-message';
import type { FigureDetailsReply, FigureDetailsRequest } from '../../../utils/contracts/figure-details';
import {
  buildPageResultMessage,
  namedBy,
  type PagePaintedMessage,
  type StoredPageResult,
} from '../../../utils/contracts/messages';
import { SHIPPED } from '../../../utils/record/record-set';
import type { Messages } from '../../../utils/wording/figure-wording';
import { getMessageEn } from './i18n-en';

/**
 * The background's side of the live annotator's messages, played by the functions the background
 * runs: its answers, each kept in full under its id, and the page result it makes of one the page
 * says it painted.
 */
export function playedBackground(today = '2026-11-25') {
  const kept = new Map<string, TabAnswer>();
  let latest = '';
  /** The cards' details asked for, in order: the answer named and the figure. */
  const asked: Array<[string, number]> = [];
  return {
    kept,
    asked,
    /** The background's answer to `request`, kept. */
    answer: async (
      request: AnalyzeTextRequest,
      messages: Messages = getMessageEn,
    ): Promise<AnalyzeTextReply> => {
      const full = analyzeInFull(request, today, SHIPPED, messages);
      kept.set(full.reply.id, full.kept);
      latest = full.reply.id;
      return full.reply;
    },
    /** A card's details, from the latest answer only, as the background gives them. */
    details: async (request: FigureDetailsRequest): Promise<FigureDetailsReply> => {
      asked.push([request.answer, request.figure]);
      const figure = request.answer === latest ? kept.get(latest)?.figures[request.figure] : undefined;
      const answer = kept.get(latest);
      return figure && answer
        ? { ok: true, figure, records: namedBy([figure], answer.records) }
        : { ok: false };
    },
    /** The page's result the background keeps when the page says it painted an answer. */
    resultOf: (message: PagePaintedMessage): StoredPageResult => {
      const answer = kept.get(message.answer);
      if (!answer) throw new Error(`no answer ${message.answer}`);
      return buildPageResultMessage({ url: answer.url, ...answer.page }, answer);
    },
  };
}
