/**
 * The child process of the adversarial part of `npm run bench` (adversarial.ts forks it): runs one task
 * at a time, so that an input that sends the extractor into super-linear time can be killed.
 */
import { analyzeText } from '../../utils/engine/analyze-page';
import { extractFigures } from '../../utils/engine/extract-figures';
import { textModelFromPlainText } from '../../utils/engine/text/text-model';
import { median } from '../support/median';
import { ADVERSARIAL, type AdvResult, type AdvTask, TOPIC_HEADER } from './adversarial-cases';

const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** One timed call; calls under 100 ms are repeated five times and the median kept. */
function runTask(task: AdvTask): AdvResult {
  const c = ADVERSARIAL[task.caseIndex] as (typeof ADVERSARIAL)[number];
  let call: () => { figures: number; relevant: boolean; truncated: boolean; textLength: number };
  if (task.fn === 'extractFigures') {
    const model = textModelFromPlainText(c.make(task.size));
    call = () => ({
      figures: extractFigures(model, '2025-11-08').length,
      relevant: true,
      truncated: model.truncated,
      textLength: model.text.length,
    });
  } else {
    const input = TOPIC_HEADER + c.make(Math.max(0, task.size - TOPIC_HEADER.length));
    call = () => {
      const r = analyzeText(input);
      return {
        figures: r.figures.length,
        relevant: r.relevant,
        truncated: r.truncated,
        textLength: r.model.text.length,
      };
    };
  }
  const samples: number[] = [];
  let out = { figures: 0, relevant: false, truncated: false, textLength: 0 };
  for (let i = 0; i < 5; i++) {
    collectGarbage(); // the garbage of input generation and of the previous call is not this call's cost
    const t0 = performance.now();
    out = call();
    samples.push(performance.now() - t0);
    if ((samples[0] ?? 0) > 100) break;
  }
  return { id: task.id, ms: median(samples), ...out };
}

process.on('message', (task: AdvTask) => {
  let result: AdvResult;
  try {
    result = runTask(task);
  } catch (e) {
    result = {
      id: task.id,
      ms: 0,
      figures: 0,
      relevant: false,
      truncated: false,
      textLength: 0,
      error: e instanceof Error ? e.message : String(e),
    };
  }
  process.send?.(result);
});
process.send?.({ ready: true });
