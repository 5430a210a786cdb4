/**
 * The cheap detector the content script runs on every page: a handful of DOM queries, no full-text scan,
 * no imports. High recall by design; extractFilm() makes the real decision.
 */
export interface QuickCheck { likely: boolean; signals: string[] }

const WORDS = /\b(?:reviews?|film|films|movie|movies|cinema|critique|kritik)\b/i;
const CLASS = /\b(?:category|tag|label)-[\w-]*(?:film|movie|cinema|review)/i;

export function quickCheck(doc: Document): QuickCheck {
  const signals: string[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < 20; i++) {
    const t = scripts[i].textContent ?? '';
    if (t.includes('Review') || t.includes('Movie')) {
      signals.push('json-ld');
      break;
    }
  }
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  if (ogType === 'video.movie') signals.push('og:type video.movie');
  if (doc.querySelector('[itemtype*="Movie"], [itemtype*="Review"], [typeof*="Movie"], [typeof*="Review"], .hreview, .h-review')) {
    signals.push('markup');
  }
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  const h1 = doc.querySelector('h1')?.textContent ?? '';
  if (WORDS.test(doc.title) || WORDS.test(og) || WORDS.test(h1.slice(0, 300))) signals.push('title');
  const tags = doc.querySelectorAll('a[rel~="tag"], a[rel~="category"], meta[property="article:tag"], meta[property="article:section"]');
  for (let i = 0; i < tags.length && i < 40; i++) {
    const el = tags[i];
    if (WORDS.test(el.textContent || el.getAttribute('content') || '') || WORDS.test(el.getAttribute('href') ?? '')) {
      signals.push('tags');
      break;
    }
  }
  const cls = `${doc.body?.className ?? ''} ${doc.querySelector('article')?.className ?? ''}`;
  if (CLASS.test(cls)) signals.push('post classes');
  return { likely: signals.length > 0, signals };
}
