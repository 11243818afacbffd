/** Elements that end one paragraph and start another. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL', 'BR',
]);
/** Elements whose text is never article text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'FIGURE', 'FIGCAPTION', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);

/** Text as a reader sees it: whitespace runs as one space, no-break spaces as spaces, invisible characters dropped. */
export function normaliseText(text: string): string {
  return text.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The text of an element as plain paragraphs, one per block, in document order. */
export function htmlToParagraphs(root: Element): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const p = normaliseText(current);
    if (p !== '') out.push(p);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) flush();
    for (const child of node.childNodes) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}
