// @vitest-environment jsdom
/** Never throws, never hangs: malformed data, huge and deep DOMs, hostile strings, backtracking bait. */
import { describe, expect, it } from 'vitest';
import { extractFilm } from '../../../src/shared/film';
import { readProse } from '../../../src/shared/film/adapters/prose';
import { quickCheck } from '../../../src/shared/film/quick-check';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const post = (title: string, body: string, head = '') =>
  parse(`<html><head>${head}</head><body class="category-film-reviews"><article class="post"><h1 class="entry-title">${title}</h1><div class="entry-content">${body}</div></article></body></html>`);

describe('malformed JSON-LD', () => {
  it.each([
    ['truncated', '{"@type":"Review","itemReviewed":{"@type":"Movie","name":"Her"'],
    ['not json', 'var x = {};'],
    ['empty', ''],
    ['null', 'null'],
    ['number', '42'],
    ['wrong shapes', '{"@type":["Review",{"x":1}],"itemReviewed":"Her","author":[[[]]],"reviewRating":{"ratingValue":"NaN"}}'],
    ['cyclic ids', '{"@graph":[{"@id":"#a","@type":"Review","itemReviewed":{"@id":"#b"}},{"@id":"#b","@type":"Movie","name":"Up","review":{"@id":"#a"}}]}'],
  ])('%s', (_, json) => {
    const d = extractFilm(post('Her', '<p>Directed by Spike Jonze.</p>', `<script type="application/ld+json">${json}</script>`));
    expect(typeof d.isReview).toBe('boolean');
    expect(d.confidence).toBeGreaterThanOrEqual(0);
    expect(d.confidence).toBeLessThanOrEqual(1);
  });

  it('recovers a trailing comma and a CDATA wrapper', () => {
    const json = '<![CDATA[{"@type":"Review","itemReviewed":{"@type":"Movie","name":"Aftersun",},}]]>';
    const d = extractFilm(post('x', '<p>x</p>', `<script type="application/ld+json">${json}</script>`));
    expect(d.film.title).toBe('Aftersun');
    expect(d.isReview).toBe(true);
  });

  it('rates with a normalised 0–5 score and keeps the scale', () => {
    const json = '{"@type":"Review","itemReviewed":{"@type":"Movie","name":"Up"},"reviewRating":{"ratingValue":"7","bestRating":"10","worstRating":"0"}}';
    const d = extractFilm(post('x', '<p>x</p>', `<script type="application/ld+json">${json}</script>`));
    expect(d.review.rating).toEqual({ value: 7, best: 10, worst: 0, normalized: 3.5 });
  });
});

describe('size and depth', () => {
  it('handles a 5 MB page', () => {
    // ~1 KB paragraphs: 5 MB of text in ~5000 elements, like a long real page (jsdom parsing dominates the cost).
    const para = `<p>${'This Spike Jonze written and directed film starring Joaquin Phoenix is a film about a man and a machine. '.repeat(10)}</p>`;
    const body = para.repeat(Math.ceil((5 * 1024 * 1024) / para.length));
    const d = extractFilm(post('Her', body));
    expect(d.isReview).toBe(true);
    expect(d.film.title).toBe('Her');
    expect(d.film.directors).toEqual(['Spike Jonze']);
  });

  it('handles a 5000-level deep DOM', () => {
    const doc = post('Her', '<p>Starring Joaquin Phoenix.</p>');
    let el: Element = doc.querySelector('.entry-content')!;
    for (let i = 0; i < 5000; i++) {
      const child = doc.createElement(i % 2 ? 'div' : 'span');
      el.appendChild(child);
      el = child;
    }
    el.textContent = 'Directed by Spike Jonze.';
    const d = extractFilm(doc);
    expect(d.film.title).toBe('Her');
    expect(quickCheck(doc).likely).toBe(true);
  });

  it('survives a document without body or head', () => {
    const doc = document.implementation.createDocument(null, null, null) as unknown as Document;
    expect(extractFilm(doc).isReview).toBe(false);
    expect(() => quickCheck(doc)).not.toThrow();
  });
});

describe('hostile strings stay plain strings', () => {
  it('keeps markup in a JSON-LD title as text', () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const json = JSON.stringify({ '@type': 'Review', itemReviewed: { '@type': 'Movie', name: evil, director: evil, actor: [{ name: evil }] } }).replace(/</g, '\\u003c');
    const d = extractFilm(post('x', '<p>x</p>', `<script type="application/ld+json">${json}</script>`));
    expect(d.film.title).toBe(evil);
    expect(typeof d.film.title).toBe('string');
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });

  it('takes an escaped <script> in a post title as text', () => {
    const d = extractFilm(post('Review: &lt;script&gt;alert(1)&lt;/script&gt; (2013)', '<p>A film.</p>'));
    expect(d.film.title).toBe('<script>alert(1)</script>');
    expect(d.film.year).toBe(2013);
  });
});

describe('no catastrophic backtracking', () => {
  it('long runs of capitalised words', () => {
    const run = 'Abc Def Ghi Jkl '.repeat(25_000);
    const d = extractFilm(post('Review: Her', `<p>${run}(${run})</p><p>${run} as ${run}</p>`));
    expect(d.film.title).toBe('Her');
  });

  it('"starring" repeated 10k times', () => {
    const d = extractFilm(post('Review: Her', `<p>${'starring '.repeat(10_000)}</p><p>${'Starring '.repeat(10_000)}Joaquin Phoenix</p>`));
    expect(d.film.cast.length).toBeLessThanOrEqual(80);
  });

  it('prose patterns on adversarial input', () => {
    const bits = [
      'voiced by '.repeat(5000),
      'X'.repeat(100_000),
      '('.repeat(50_000) + 'Aa' + ')'.repeat(50_000),
      'A-'.repeat(50_000),
      "O'".repeat(50_000),
      'directed by Aaaa Bbbb, and Cccc Dddd, '.repeat(5000),
      'Aaaa-aaa-aaa-aaa-'.repeat(10_000),
      'J. '.repeat(50_000),
    ];
    for (const b of bits) expect(readProse(b)).toBeTruthy();
  });

  it('headline shapes on a long title', () => {
    const t = 'review: - – | '.repeat(2000) + 'x';
    expect(extractFilm(post(t, '<p>x</p>')).isReview).toBeTypeOf('boolean');
  });
});
