/**
 * The cheap detector the content script runs on every page: a handful of DOM
 * lookups, no full-text scan, no imports. High recall by design; extractFilm()
 * makes the real decision.
 *
 * Cost matters more than elegance here (`npm run bench` measures it in
 * Chromium): lookups by tag and class name use the browser's indexes, and the
 * only attribute selectors are ones Chromium answers without matching a
 * substring on every element (a combined `[typeof*=…]`/`a[rel~=…]` selector
 * cost over 1 ms on a 2,000-element news page).
 */
export interface QuickCheck {
  likely: boolean;
  /** The page is shaped like an article or blog post: worth a full look at idle time. */
  article: boolean;
  signals: string[];
}

const WORDS = /\b(?:reviews?|film|films|movie|movies|cinema|critique|kritik)\b/i;
const CLASS = /\b(?:category|tag|label)-[\w-]*(?:film|movie|cinema|review)/i;
const TAG_REL = /\b(?:tag|category)\b/i;
const MAX_LINKS = 3000;
const MARKUP = ['[itemtype*="Movie"]', '[itemtype*="Review"]', '[typeof*="Movie"]', '[typeof*="Review"]'];

function meta(doc: Document, property: string): string {
  const root = doc.head ?? doc;
  return root.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? '';
}

/** What the page's JSON-LD mentions: a review or film, or an article/blog post. */
function jsonLdKinds(doc: Document): { review: boolean; article: boolean } {
  const scripts = doc.getElementsByTagName('script');
  const out = { review: false, article: false };
  for (let i = 0, seen = 0; i < scripts.length && seen < 20; i++) {
    if (scripts[i].type !== 'application/ld+json') continue;
    seen++;
    const t = scripts[i].textContent ?? '';
    if (t.includes('Review') || t.includes('Movie')) out.review = true;
    if (t.includes('BlogPosting') || t.includes('Article')) out.article = true;
  }
  return out;
}

const GENERATOR = /wordpress|blogger|ghost|hugo|jekyll|eleventy|hexo|gatsby|medium|substack|tumblr|squarespace|wix|drupal|joomla|typepad|movable type/i;

/** A blog post or article: <article>, og:type article, a blog generator, hentry/post classes, Article JSON-LD. */
export function articleShape(doc: Document, jsonLdArticle = jsonLdKinds(doc).article): boolean {
  if (jsonLdArticle || doc.getElementsByTagName('article').length) return true;
  if (meta(doc, 'og:type') === 'article') return true;
  const gen = (doc.head ?? doc).querySelector('meta[name="generator"]')?.getAttribute('content') ?? '';
  if (gen && GENERATOR.test(gen)) return true;
  return doc.getElementsByClassName('hentry').length > 0 || doc.getElementsByClassName('post').length > 0 || doc.getElementsByClassName('type-post').length > 0;
}

function hasReviewMarkup(doc: Document): boolean {
  if (doc.getElementsByClassName('hreview').length || doc.getElementsByClassName('h-review').length) return true;
  // One selector per query: Chromium answers each alone in microseconds, a selector list of them ~100x slower.
  return MARKUP.some((selector) => doc.querySelector(selector) !== null);
}

function tagLinksMentionFilm(doc: Document): boolean {
  const links = doc.getElementsByTagName('a');
  for (let i = 0, seen = 0; i < links.length && i < MAX_LINKS && seen < 40; i++) {
    const a = links[i];
    if (!a.rel || !TAG_REL.test(a.rel)) continue;
    seen++;
    if (WORDS.test(a.textContent ?? '') || WORDS.test(a.getAttribute('href') ?? '')) return true;
  }
  return WORDS.test(meta(doc, 'article:section')) || WORDS.test(meta(doc, 'article:tag'));
}

export function quickCheck(doc: Document): QuickCheck {
  const signals: string[] = [];
  const ld = jsonLdKinds(doc);
  if (ld.review) signals.push('json-ld');
  if (meta(doc, 'og:type') === 'video.movie') signals.push('og:type video.movie');
  if (hasReviewMarkup(doc)) signals.push('markup');
  const h1 = doc.getElementsByTagName('h1')[0]?.textContent ?? '';
  if (WORDS.test(doc.title) || WORDS.test(meta(doc, 'og:title')) || WORDS.test(h1.slice(0, 300))) signals.push('title');
  if (tagLinksMentionFilm(doc)) signals.push('tags');
  const cls = `${doc.body?.className ?? ''} ${doc.getElementsByTagName('article')[0]?.className ?? ''}`;
  if (CLASS.test(cls)) signals.push('post classes');
  return { likely: signals.length > 0, article: articleShape(doc, ld.article), signals };
}
