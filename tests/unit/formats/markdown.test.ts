import { describe, expect, it } from 'vitest';
import { escapeText, safeNote, stars, toMarkdown } from '../../../src/shared/formats/markdown';
import { amelie, herPage, highlight, sampleLibrary } from './sample-library';

/** What a CommonMark/GFM renderer could turn into a link or HTML: unescaped <, [..](, autolinks. */
function dangerous(md: string): string[] {
  const found: string[] = [];
  const unescaped = (re: RegExp) => {
    for (const m of md.matchAll(re)) if (md[m.index! - 1] !== '\\') found.push(m[0]);
  };
  unescaped(/<(?!https?:\/\/[^\s<>]*>)[a-z/!?]/gi); // raw HTML (our own <https://…> link destinations allowed)
  unescaped(/\]\((?!<?https?:\/\/)/g); // links anywhere but the web
  for (const m of md.matchAll(/^ {0,3}\[[^\]]*\]:/gm)) found.push(m[0]); // reference definitions
  return found;
}

describe('Markdown export', () => {
  it('has one section per film with rating, directors, note, tags and passages', () => {
    const md = toMarkdown(sampleLibrary());
    expect(md).toContain('## Her (2013)');
    expect(md).toContain('Directed by Spike Jonze');
    expect(md).toContain('Rating: ★★★★½ (4.5/5) · Liked ♥ · Watched 2024\\-02\\-14'.replace(/\\-/g, '-'));
    expect(md).toContain('Tags: romance, sci\\-fi'.replace('\\-', '-'));
    expect(md).toContain('> The past is just a story we tell ourselves.');
    expect(md).toContain('The line.');
    expect(md).toContain('## Amélie (2001)'); // the reader's correction wins
    expect(md).toContain('Directed by Jean-Pierre Jeunet');
    expect(md).toContain('Rewatch');
    expect(md).toContain('## Other pages');
    expect(md).toContain('(<https://filmdiary.example.com/2014/01/her-review/?utm_source=x>)');
    // a multi-line passage stays in the blockquote
    expect(md).toMatch(/> Phoenix plays it "open", with commas, and\n> newlines/);
  });

  it('draws half stars', () => {
    expect(stars(5)).toBe('★★★★★');
    expect(stars(0.5)).toBe('½');
    expect(stars(3.5)).toBe('★★★½');
    expect(stars(null)).toBe('');
  });

  it('escapes hostile page text so nothing renders as a link or HTML', () => {
    const hostile = '<img src=x onerror=alert(1)> [x](javascript:alert(1)) <script>alert(2)</script> ![i](http://evil/) https://evil.example www.evil.example a@b.example &lt;b&gt; `code`';
    const page = herPage({
      postTitle: hostile,
      url: 'https://filmdiary.example.com/a"onmouseover=alert(1)<x>',
      detection: { ...herPage().detection!, film: { title: hostile, year: 2013, directors: [hostile], cast: [] } },
      entry: { ...herPage().entry, tags: [hostile], note: 'mine <iframe src=x> [ok](https://fine.example) [bad](javascript:alert(1))\n[ref]: javascript:alert(1)' },
    });
    const md = toMarkdown({ pages: [page], highlights: [highlight('h', page.id, `${hostile}\n# heading\n- list`, 1, { note: '<b onclick=x>' })] });
    expect(dangerous(md)).toEqual([]);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('\\[x\\](javascript\\:alert(1))');
    expect(md).toContain('https\\://evil.example');
    expect(md).toContain('www\\.evil.example');
    expect(md).toContain('\\&lt;b\\&gt;');
    expect(md).toContain('> \\# heading');
    expect(md).toContain('> \\- list');
    // the reader's own web link survives, the javascript: one does not
    expect(md).toContain('[ok](https://fine.example)');
    expect(md).not.toMatch(/[^\\]\]\(javascript/);
    expect(md).toContain('\\[ref\\]: javascript');
    // our own link destination cannot be broken out of
    expect(md).toContain('<https://filmdiary.example.com/a"onmouseover=alert%281%29%3Cx%3E>'.replace('%28', '(').replace('%29', ')'));
  });

  it('escapeText and safeNote handle the edges', () => {
    expect(escapeText('1. Not a list')).toBe('1\\. Not a list');
    expect(escapeText('line\nbreak\u0000')).toBe('line break');
    expect(safeNote('see <https://x.example>')).toBe('see \\<https://x.example\\>');
  });

  it('groups several reviews of one film under one heading', () => {
    const second = { ...herPage(), id: 'https://other.example/her', url: 'https://other.example/her', aliases: [] };
    const md = toMarkdown({ pages: [herPage(), second, amelie()], highlights: [] });
    expect(md.match(/## Her \(2013\)/g)).toHaveLength(1);
    expect(md.match(/### /g)).toHaveLength(3);
  });
});
