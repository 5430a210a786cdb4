// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Markdown } from './markdown';
import { parseTags } from './TagInput';

function rendered(source: string): HTMLElement {
  const host = document.createElement('div');
  render(<Markdown source={source} />, host);
  return host;
}

const ALLOWED = new Set(['div', 'p', 'br', 'strong', 'em', 'code', 'ul', 'li', 'blockquote', 'a']);

describe('Markdown', () => {
  it('renders the supported subset', () => {
    const el = rendered('**bold** *em* `code`\nnext line\n\n- one\n- two\n\n> quoted\n\n[site](https://example.com/x)');
    expect(el.querySelector('strong')!.textContent).toBe('bold');
    expect(el.querySelector('em')!.textContent).toBe('em');
    expect(el.querySelector('code')!.textContent).toBe('code');
    expect(el.querySelectorAll('br')).toHaveLength(1);
    expect([...el.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['one', 'two']);
    expect(el.querySelector('blockquote')!.textContent).toBe('quoted');
    const a = el.querySelector('a')!;
    expect([a.textContent, a.getAttribute('href'), a.getAttribute('rel'), a.getAttribute('target')]).toEqual(['site', 'https://example.com/x', 'noopener noreferrer', '_blank']);
  });

  it('renders a list written straight after a line of text as a list, as readers write notes', () => {
    const el = rendered('Loved the **melancholy** tone.\n- Phoenix is great\n- the letters');
    expect(el.querySelector('p')!.textContent).toBe('Loved the melancholy tone.');
    expect([...el.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Phoenix is great', 'the letters']);
    expect(el.textContent).not.toContain('- ');
  });

  it('keeps markup and unsafe links as text', () => {
    const source = `<img src=x onerror="alert(1)"> **<script>alert(2)</script>** [x](javascript:alert(3)) [y](data:text/html,<b>) [z]( https://e.com)`;
    const el = rendered(source);
    expect(el.querySelectorAll('img, script, a')).toHaveLength(0);
    expect(el.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(el.querySelector('strong')!.textContent).toBe('<script>alert(2)</script>');
    expect(el.textContent).toContain('[x](javascript:alert(3))');
  });

  it('builds only its own elements from any input (seeded fuzz, 2000 inputs)', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pieces = ['<', '>', '"', "'", '&', '*', '**', '`', '[', ']', '(', ')', '- ', '> ', '\n', '\n\n', 'https://a.b/', 'javascript:', 'onerror=', '<img src=x onerror=alert(1)>', '<svg onload=alert(1)>', 'text', ' '];
    for (let i = 0; i < 2000; i++) {
      const source = Array.from({ length: 1 + Math.floor(rand() * 30) }, () => pieces[Math.floor(rand() * pieces.length)]).join('');
      const el = rendered(source);
      for (const node of el.querySelectorAll('*')) {
        expect(ALLOWED.has(node.localName), `${node.localName} from ${JSON.stringify(source)}`).toBe(true);
        for (const attr of node.attributes) expect(['href', 'rel', 'target', 'class']).toContain(attr.name);
        if (node.localName === 'a') expect(node.getAttribute('href')).toMatch(/^https?:\/\//i);
      }
    }
  });
});

describe('parseTags', () => {
  it('trims, collapses spaces, drops empties and case-insensitive repeats, keeps existing tags first', () => {
    expect(parseTags(' sci-fi ,  slow   burn,,Sci-Fi, ')).toEqual(['sci-fi', 'slow burn']);
    expect(parseTags('Drama, romance', ['drama'])).toEqual(['drama', 'romance']);
    expect(parseTags('x'.repeat(150))[0]).toHaveLength(100);
  });
});
