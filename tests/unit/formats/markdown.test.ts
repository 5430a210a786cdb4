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
    expect(md).toContain('[ok](<https://fine.example>)');
    expect(md).not.toMatch(/[^\\]\]\(javascript/);
    expect(md).toContain('\\[ref\\]: javascript');
    // our own link destination cannot be broken out of
    expect(md).toContain('<https://filmdiary.example.com/a"onmouseover=alert%281%29%3Cx%3E>'.replace('%28', '(').replace('%29', ')'));
  });

  it('the reader’s notes keep only http(s) and mailto links, however a link is spelled; images become links', () => {
    const traps = [
      '[x](javascript&#58;alert(1))',
      '[x](javascript&#x3A;alert(1))',
      '[x](java\\script:alert(1))',
      '[x](<javascript:alert(1)>)',
      '[x][r]\n\n[r]: javascript:alert(1)',
      '   [r]: javascript:alert(1)',
      '> [r]: javascript:alert(1)',
      '[x](data:text/html,<script>alert(1)</script>)',
      '[x]( vbscript:msgbox)',
      '[x](/relative)',
    ];
    for (const t of traps) {
      const out = safeNote(t.replace(/\\n/g, '\n'));
      // no unescaped "](" or "]:" or "[" is left to form a link
      expect(out, t).not.toMatch(/(^|[^\\])\]\(|(^|[^\\])\]:|(^|[^\\])\[/m);
    }
    expect(safeNote('see [site](https://a.example/x_(y)) and [me](mailto:a@b.example)')).toBe('see [site](<https://a.example/x_(y)>) and [me](<mailto:a@b.example>)');
    expect(safeNote('![pixel](https://track.example/p.gif)')).toBe('[pixel](<https://track.example/p.gif>)');
    expect(safeNote('![local](file:///etc/passwd)')).toBe('!\\[local\\](file:///etc/passwd)');
  });

  it('holds every Letterboxd film, watch and review', () => {
    const film = { id: 'lb:https://boxd.it/x', title: 'Rain', year: 2019, directors: [], ids: { letterboxd: 'https://boxd.it/x', imdb: 'tt1', tmdb: null, wikipedia: null }, rating: 4, ratedDate: null, watched: null, watchlist: null, liked: { date: null }, source: 'letterboxd' as const, importedAt: 1,
      diary: [
        { id: 'a', watchedDate: '2020-01-01', loggedDate: null, rating: 3, rewatch: false, review: '<b>first</b> [x](javascript:alert(1))', tags: ['t1'], uri: null },
        { id: 'b', watchedDate: '2021-01-01', loggedDate: null, rating: 4, rewatch: true, review: 'second', tags: [], uri: null },
      ] };
    const md = toMarkdown({ pages: [], highlights: [], films: [film, { ...film, id: 'w', title: 'Wanted', diary: [], rating: null, liked: null, watchlist: { date: '2022-02-02' } }] });
    expect(md).toContain('### Rain (2019)');
    expect(md).toContain('- Watched 2020-01-01 · ★★★ (3/5) · tags: t1');
    expect(md).toContain('- Watched 2021-01-01 · ★★★★ (4/5) · rewatch');
    expect(md).toContain('\\<b\\>first\\</b\\>');
    expect(md).toContain('second');
    expect(md).toContain('On the watchlist since 2022-02-02');
    expect(dangerous(md)).toEqual([]);
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
