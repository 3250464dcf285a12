/** What the always-injected detector reads: the headline and the first paragraphs, capped. */
export function leadOf(doc: Document, maxChars = 4000): string {
  const parts: string[] = [];
  let length = 0;
  const nodes = doc.querySelectorAll('h1, p');
  for (let i = 0; i < nodes.length && i < 8 && length < maxChars; i++) {
    const t = (nodes[i] as Element).textContent ?? '';
    parts.push(t);
    length += t.length + 1;
  }
  return parts.join(' ').slice(0, maxChars);
}
