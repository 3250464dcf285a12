import { parseHTML } from 'linkedom';
import { loadCorpus } from '../corpus';

/**
 * About `words` words of topic reporting as `<p>` markup: the corpus's topic pages' article paragraphs
 * (those of 120 characters or more that name India or Russia), one after another, repeated as needed.
 * The long article of `npm run bench:browser` and of the answer's size test.
 */
export function topicParagraphs(words = 10_000): string {
  const pool: Array<[string, number]> = [];
  for (const page of loadCorpus().filter((p) => p.gold.relevant && p.file.endsWith('.html'))) {
    const { document } = parseHTML(page.content);
    for (const p of Array.from(document.querySelectorAll('p'))) {
      const text = (p.textContent ?? '').trim();
      if (text.length < 120 || !/Indian|Russia/.test(text)) continue;
      pool.push([`<p>${p.innerHTML}</p>`, text.split(/\s+/).length]);
    }
  }
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < words && pool.length > 0; i++) {
    const [html, n] = pool[i % pool.length] as [string, number];
    paragraphs.push(html);
    count += n;
  }
  return paragraphs.join('\n');
}
