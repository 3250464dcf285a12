import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ANALYZE_TEXT, isAnalyzeTextRequest } from '../../utils/contracts/analyze-message';
import {
  MAX_BLOCKS,
  textModelFromDocument,
  textModelFromPlainText,
} from '../../utils/engine/text/text-model';

function doc(body: string, head = '') {
  return parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;
}

const ARTICLE = `<p>The Ministry of External Affairs said that 44 Indian nationals are currently serving in the Russian army, and that it had taken up the matter with Moscow.</p>
<p>In July, the minister told the Rajya Sabha that 127 Indian nationals had been in the Russian armed forces.</p>`;

describe('textModelFromDocument', () => {
  it('keeps the headline and the article, and leaves page furniture out', () => {
    const m = textModelFromDocument(
      doc(`<nav><a href="/">Home</a> <a href="/india">India 2025</a></nav>
      <h1>MEA urges Russia to release 44 Indians</h1>
      <article><div class="story-body">${ARTICLE}
        <div class="also-read"><a href="/x">26 Indians killed in Russian army</a></div>
        <script>var ads = 12345;</script><style>.x{width:300px}</style>
        <textarea>99 editable</textarea><div contenteditable="true">77 editable</div><p hidden>66 hidden</p>
      </div></article>
      <div class="comments"><p>My cousin is one of the 44, no news for 3 weeks now, please help us find him.</p></div>
      <footer>Copyright 2025</footer>`),
    );
    expect(m.blocks[0]?.role).toBe('title');
    expect(m.text).toContain('MEA urges Russia to release 44 Indians');
    expect(m.text).toContain('127 Indian nationals');
    for (const absent of [
      'Home',
      '26 Indians killed',
      '12345',
      '300px',
      '99 editable',
      '77 editable',
      '66 hidden',
      'My cousin',
      'Copyright',
    ])
      expect(m.text).not.toContain(absent);
  });

  it('maps every offset back to its text node', () => {
    const m = textModelFromDocument(
      doc(`<h1>Title</h1><article>${ARTICLE.replace('44', '<strong>44</strong>')}</article>`),
    );
    for (const n of m.nodes)
      expect(m.text.slice(n.start, n.end)).toBe(n.node.data.replace(/[\s\u00a0]/g, ' '));
    const at = m.text.indexOf('44');
    const span = m.nodes.find((n) => n.start <= at && at < n.end);
    expect(span?.node.data).toBe('44');
  });

  it('separates blocks so sentences never run across paragraphs', () => {
    const m = textModelFromDocument(doc(`<article>${ARTICLE}</article>`));
    expect(m.blocks.length).toBeGreaterThanOrEqual(2);
    for (const b of m.blocks) expect(m.text.slice(b.start, b.end)).not.toContain('\n');
  });

  it('finds article text in pages made of divs only', () => {
    const m = textModelFromDocument(
      doc(`<div class="menu"><a href="/a">Sports</a> <a href="/b">Cricket</a></div>
      <div class="wrap"><div class="txt">The government on Thursday said that about 20 Indians who had gone to Russia for jobs are stuck there, and that it was doing its best.</div>
      <div class="txt">Addressing the weekly media briefing, the spokesperson said each case had been taken up with the Russian authorities in Moscow and Delhi.</div></div>`),
    );
    expect(m.text).toContain('about 20 Indians');
    expect(m.text).not.toContain('Cricket');
  });

  it('reads captions only when they carry the story (a photo gallery)', () => {
    const caption =
      'The body of Sandeep Chandran, killed on the Ukraine front, was brought home to Thrissur.';
    const gallery = textModelFromDocument(
      doc(`<article><h1>In pics: Thrissur bids farewell</h1><p>7 Photos</p>
        <figure><img alt=""><figcaption>${caption}</figcaption></figure></article>`),
    );
    expect(gallery.text).toContain(caption);
    // Each caption is a block of its own.
    expect(gallery.blocks.map((b) => gallery.text.slice(b.start, b.end))).toContain(caption);
    const story = textModelFromDocument(
      doc(`<article><h1>Headline</h1>${ARTICLE.repeat(5)}
        <figure><img alt=""><figcaption>Photo: a caption with 12 people in it</figcaption></figure></article>`),
    );
    expect(story.text).not.toContain('a caption with 12 people');
  });

  it('cuts text past the size limit and says so', () => {
    const big = `<article><p>${'word '.repeat(2000)}</p></article>`;
    const m = textModelFromDocument(doc(big), 1000);
    expect(m.truncated).toBe(true);
    expect(m.text.length).toBeLessThanOrEqual(1001);
  });

  it('reads a page of more blocks than the limit in part, says so, and the background takes it', () => {
    const rows = Array.from({ length: MAX_BLOCKS + 10_000 }, (_, i) => `<p>Entry ${i + 1}.</p>`).join('');
    const m = textModelFromDocument(doc(`<article><h1>A long register</h1>${ARTICLE}${rows}</article>`));
    expect(m.truncated).toBe(true);
    expect(m.blocks).toHaveLength(MAX_BLOCKS);
    expect(m.text).toContain('44 Indian nationals are currently serving');
    // The text ends with the last block kept: nothing is read past it.
    const last = m.blocks[m.blocks.length - 1];
    expect(m.text.slice(last?.end).trim()).toBe('');
    expect(m.nodes[m.nodes.length - 1]?.end).toBeLessThanOrEqual(last?.end ?? 0);
    const request = {
      type: ANALYZE_TEXT,
      url: 'https://www.thehindu.com/news/a-long-register.html',
      text: m.text,
      blocks: m.blocks,
      published: null,
      truncated: m.truncated,
      page: { canonicalUrl: null, title: '', publisher: '' },
      wordingHeld: null,
    };
    expect(isAnalyzeTextRequest(request)).toBe(true);
  });

  it('reads exactly as many blocks as the limit whole', () => {
    const rows = Array.from({ length: 5 }, (_, i) => `<p>Entry ${i + 1}.</p>`).join('');
    const m = textModelFromDocument(doc(`<article><h1>Register</h1>${rows}</article>`), 1000, 6);
    expect(m.blocks).toHaveLength(6);
    expect(m.truncated).toBe(false);
  });
});

describe('textModelFromPlainText', () => {
  it('splits paragraphs at newlines, takes the first line as the title and keeps offsets', () => {
    const input = 'Title line\r\n\r\nFirst paragraph.\nSecond\tparagraph.';
    const m = textModelFromPlainText(input);
    expect(m.text.length).toBe(input.length);
    expect(m.blocks.map((b) => [b.role, m.text.slice(b.start, b.end)])).toEqual([
      ['title', 'Title line'],
      ['body', 'First paragraph.'],
      ['body', 'Second paragraph.'],
    ]);
  });

  it('keeps no more paragraphs than the block limit, and says so', () => {
    const input = `Title\n${Array.from({ length: MAX_BLOCKS + 5 }, (_, i) => `Line ${i}.`).join('\n')}`;
    const m = textModelFromPlainText(input);
    expect(m.truncated).toBe(true);
    expect(m.blocks).toHaveLength(MAX_BLOCKS);
    expect(input.startsWith(m.text.trimEnd())).toBe(true);
    expect(m.text.slice(m.blocks[m.blocks.length - 1]?.end ?? 0).trim()).toBe('');
  });
});

describe('block breaks', () => {
  it('ends a block whose last text node is a bare newline with a break of its own', () => {
    const model = textModelFromDocument(
      doc(
        '<article><h1>Indians in the Russian army</h1><p>Forty-four are still serving, the <a href="/x">ministry</a>\n</p><p>Twelve were killed.</p></article>',
      ),
    );
    const blocks = model.blocks.map((b) => model.text.slice(b.start, b.end));
    expect(blocks).toEqual([
      'Indians in the Russian army',
      'Forty-four are still serving, the ministry',
      'Twelve were killed.',
    ]);
    // Block boundaries are the text's only line breaks, one between each two blocks.
    expect(model.text.split('\n').filter(Boolean)).toHaveLength(3);
    for (const b of model.blocks.slice(1)) expect(model.text[b.start - 1]).toBe('\n');
  });
});
