/**
 * The cheap detector the content script runs on every page: a handful of DOM
 * lookups, no full-text scan, no imports. High recall by design; extractFilm()
 * makes the real decision.
 *
 * Cost matters more than elegance here (`npm run bench` measures it in
 * Chromium, on the large real pages too). What costs, measured on a
 * 10,000-element page: every walk of the whole document (about 0.05–0.15 ms
 * each once the DOM is warm, the first one more), and above all JavaScript
 * loops over many elements (reading `rel` of 3,000 links took over 1 ms). So:
 * the head is read first (small); the body is asked only single selectors,
 * which Chromium answers natively (a selector *list* is matched element by
 * element and costs several times the sum of its parts); loops run over a
 * query's few matches, never over all links; and the search stops as soon as
 * the page is likely a review.
 */
export interface QuickCheck {
  likely: boolean;
  /**
   * The page is shaped like an article or blog post: worth a full look at idle time. Only worked out
   * when the page is not `likely` (a likely page gets the page tools at once anyway).
   */
  article: boolean;
  signals: string[];
}

const WORDS = /\b(?:reviews?|film|films|movie|movies|cinema|critique|kritik)\b/i;
const CLASS = /\b(?:category|tag|label)-[\w-]*(?:film|movie|cinema|review)/i;
const GENERATOR = /wordpress|blogger|ghost|hugo|jekyll|eleventy|hexo|gatsby|medium|substack|tumblr|squarespace|wix|drupal|joomla|typepad|movable type/i;
const MAX_LD = 20;
const MAX_TAGS = 40;

function meta(head: ParentNode, attr: 'property' | 'name', key: string): string {
  return head.querySelector(`meta[${attr}="${key}"]`)?.getAttribute('content') ?? '';
}

/** What the page's JSON-LD mentions: a review or film, or an article/blog post. */
function jsonLdKinds(doc: Document): { review: boolean; article: boolean } {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  const out = { review: false, article: false };
  for (let i = 0; i < scripts.length && i < MAX_LD; i++) {
    const t = scripts[i].textContent ?? '';
    if (t.includes('Review') || t.includes('Movie')) out.review = true;
    if (t.includes('BlogPosting') || t.includes('Article')) out.article = true;
  }
  return out;
}

/** Microformat or microdata/RDFa review or film markup. Absent attributes cost one walk each, not two. */
function hasReviewMarkup(doc: Document): boolean {
  if (doc.querySelector('.hreview') || doc.querySelector('.h-review')) return true;
  for (const attr of ['itemtype', 'typeof']) {
    if (!doc.querySelector(`[${attr}]`)) continue;
    if (doc.querySelector(`[${attr}*="Movie"]`) || doc.querySelector(`[${attr}*="Review"]`)) return true;
  }
  return false;
}

/** The first heading's words; a heading wrapping half the page is not read whole. */
function headingText(doc: Document): string {
  const h1 = doc.querySelector('h1');
  if (!h1 || h1.childElementCount > 20) return '';
  return (h1.textContent ?? '').slice(0, 300);
}

/** Tag and category links (rel=tag, as WordPress and Blogger write them) that name film or reviews. */
function tagLinksMentionFilm(links: NodeListOf<HTMLAnchorElement>): boolean {
  for (let i = 0; i < links.length && i < MAX_TAGS; i++) {
    if (WORDS.test(links[i].textContent ?? '') || WORDS.test(links[i].getAttribute('href') ?? '')) return true;
  }
  return false;
}

/**
 * The page's post: its first <article>, else the first hentry (microformats, WordPress) or post (Blogger,
 * WordPress) element. (`type-post` always comes with `post`.)
 */
function postElement(doc: Document, firstArticle: Element | null): Element | null {
  return firstArticle ?? doc.querySelector('.hentry') ?? doc.querySelector('.post');
}

/** A blog post or article: Article JSON-LD, og:type article, a blog generator, or a post element. */
function articleShaped(head: ParentNode, ldArticle: boolean, post: () => Element | null): boolean {
  if (ldArticle || meta(head, 'property', 'og:type') === 'article') return true;
  if (GENERATOR.test(meta(head, 'name', 'generator'))) return true;
  return post() !== null;
}

/** The article-shape test alone (the page tools' extraction uses it as one signal among many). */
export function articleShape(doc: Document): boolean {
  return articleShaped(doc.head ?? doc, jsonLdKinds(doc).article, () => postElement(doc, doc.querySelector('article')));
}

export function quickCheck(doc: Document): QuickCheck {
  const head = doc.head ?? doc;
  const signals: string[] = [];
  // The head first: it is small, and holds most of what review pages declare.
  const ld = jsonLdKinds(doc);
  if (ld.review) signals.push('json-ld');
  if (meta(head, 'property', 'og:type') === 'video.movie') signals.push('og:type video.movie');
  if (WORDS.test(doc.title) || WORDS.test(meta(head, 'property', 'og:title'))) signals.push('title');
  if (WORDS.test(meta(head, 'property', 'article:section')) || WORDS.test(meta(head, 'property', 'article:tag'))) signals.push('tags');
  const firstArticle = doc.querySelector('article');
  if (CLASS.test(`${doc.body?.className ?? ''} ${firstArticle?.className ?? ''}`)) signals.push('post classes');
  // The body, only while nothing says "review" yet.
  if (!signals.length && WORDS.test(headingText(doc))) signals.push('title');
  if (!signals.length && hasReviewMarkup(doc)) signals.push('markup');
  let post: Element | null | undefined;
  const thePost = () => (post === undefined ? (post = postElement(doc, firstArticle)) : post);
  // Tag links are read inside the post only: a page-wide search for them cost more than all the rest.
  if (!signals.length && thePost() && tagLinksMentionFilm(thePost()!.querySelectorAll<HTMLAnchorElement>('a[rel$="tag"]'))) signals.push('tags');
  const likely = signals.length > 0;
  // A likely page gets the page tools at once, so its shape only matters to the others.
  return { likely, article: likely ? false : articleShaped(head, ld.article, thePost), signals };
}
