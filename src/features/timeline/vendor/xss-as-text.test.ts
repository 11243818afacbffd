import { describe, expect, it } from 'vitest';
import xss, { escapeAsText } from './xss-as-text';

describe('the xss stand-in given to vis-timeline', () => {
  it('turns markup into inert text', () => {
    const f = new xss.FilterXSS();
    expect(f.process('<img src=x onerror="alert(1)">')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(f.process("Rubio's call & Sharif")).toBe('Rubio&#39;s call &amp; Sharif');
  });

  it('leaves plain axis labels as they are', () => {
    for (const label of ['May 2025', 'Thu 8', '12:00', '2025']) expect(escapeAsText(label)).toBe(label);
  });

  it('shows what innerHTML would render as the same characters', () => {
    const payload = '</div><script>alert(1)</script>&amp;';
    // Decoding the entities gives back the input: a reader sees exactly the text, never an element.
    const decoded = escapeAsText(payload).replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e] ?? '');
    expect(decoded).toBe(payload);
  });

  it('copes with the non-strings vis-timeline may pass', () => {
    expect(escapeAsText(undefined)).toBe('');
    expect(escapeAsText(null)).toBe('');
    expect(escapeAsText(12)).toBe('12');
  });
});
