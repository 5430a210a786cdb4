// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { quickCheck } from '../../../src/shared/film/quick-check';

const page = (head: string, body: string) => new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');

describe('quickCheck', () => {
  it('says no to an ordinary page', () => {
    const q = quickCheck(page('<title>Quarterly results</title>', '<h1>Revenue up 4%</h1><p>The film of oil on the water…</p>'));
    expect(q).toEqual({ likely: false, article: false, signals: [] });
  });

  // Issue 11: blog posts and articles with no review signs get the full look at idle time.
  it.each([
    ['<article>', '', '<article><h1>Her</h1></article>'],
    ['og:type article', '<meta property="og:type" content="article">', ''],
    ['blog generator', '<meta name="generator" content="WordPress 6.4.2">', ''],
    ['hentry', '', '<div class="post-57 hentry"><h1>Her</h1></div>'],
    ['BlogPosting JSON-LD', '<script type="application/ld+json">{"@type":"BlogPosting"}</script>', ''],
  ])('marks an article-shaped page (%s) without calling it likely', (_name, head, body) => {
    const q = quickCheck(page(`<title>Her</title>${head}`, body));
    expect(q.article).toBe(true);
    expect(q.likely).toBe(false);
  });

  it.each([
    ['json-ld review', '<script type="application/ld+json">{"@type":"Review"}</script>', ''],
    ['json-ld movie', '<script type="application/ld+json">{"@type":"Movie"}</script>', ''],
    ['og video.movie', '<meta property="og:type" content="video.movie">', ''],
    ['microdata', '', '<div itemscope itemtype="https://schema.org/Movie"></div>'],
    ['rdfa', '', '<div typeof="schema:Review"></div>'],
    ['hreview', '', '<div class="hreview"></div>'],
    ['title', '<title>Her review – a love story</title>', ''],
    ['og:title', '<meta property="og:title" content="Film Review | Her">', ''],
    ['h1', '', '<h1>Movie night</h1>'],
    ['tag', '', '<article><h1>Her</h1><a rel="tag" href="/tag/x">Film Reviews</a></article>'],
    ['category href', '', '<div class="post hentry"><h1>Her</h1><a rel="category tag" href="/category/film-reviews/">Stuff</a></div>'],
  ])('says maybe for %s', (_, head, body) => {
    expect(quickCheck(page(head, body)).likely).toBe(true);
  });

  it('reads body classes of a WordPress post titled "Her"', () => {
    const d = page('<title>Her</title>', '<h1>Her</h1>');
    d.body.className = 'single category-film-reviews';
    expect(quickCheck(d).signals).toContain('post classes');
  });

  // Searching the whole page for tag links cost more than every other check together on a large page.
  it('reads tag links only inside the post', () => {
    const q = quickCheck(page('<title>Her</title>', '<h1>Her</h1><aside><a rel="tag" href="/tag/film">Film</a></aside>'));
    expect(q).toEqual({ likely: false, article: false, signals: [] });
  });

  it('ignores "Review" outside JSON-LD scripts', () => {
    expect(quickCheck(page('<script>var x = "Review Movie"</script>', '<p>Review</p>')).likely).toBe(false);
  });
});
