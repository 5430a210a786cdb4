/** What the adapters share: the page read once (post title, entry content, taxonomy, bounded text). */
import { MAX_TEXT, clean } from './text';
import { articleShape } from './quick-check';
import type { CastMember, ReviewInfo } from './types';

export interface PageContext {
  doc: Document;
  url: string;
  /** The post's own headline (h1.entry-title, Blogger h3.post-title, …), null if none found. */
  postTitle: string | null;
  /** og:title and <title> with the site name removed. */
  metaTitles: string[];
  siteName: string;
  /** The element holding the post body, or the article/main/body fallback. */
  content: Element | null;
  /** The post body text with paragraphs separated by "\n", at most MAX_TEXT characters. */
  text: string;
  /** Text of tag/category links and article:tag/section metas belonging to this post. */
  taxonomy: string[];
  /** Class tokens of body and article ("category-film-reviews"). */
  classTokens: string[];
  /** Shaped like an article or blog post (see quick-check.ts). */
  article: boolean;
}

export interface Evidence {
  source: string;
  signals: string[];
  /** Review evidence; negative for counter-evidence (a book review, a recipe). */
  score: number;
  /** Evidence from explicit markup (schema.org, hReview), trusted over page heuristics. */
  structured?: boolean;
  title?: string;
  titleWeight?: number;
  year?: number;
  directors?: string[];
  cast?: CastMember[];
  review?: ReviewInfo;
  /** Full names (e.g. from tags or structured data) whose spelling is trusted. */
  spellings?: string[];
}

export type Adapter = (ctx: PageContext) => Evidence | null;

const CONTENT_SELECTORS = [
  '.entry-content',
  '.post-body',
  '.post-content',
  '.article-content',
  '.article-body',
  '.available-content .body',
  '.body.markup',
  '[itemprop="articleBody"]',
  '[itemprop="reviewBody"]',
  '[data-testid="article-body"]',
  'article section',
  'article',
  '[role="main"]',
  'main',
];

/** Metas live in <head>; searching only there keeps a 5 MB body from costing a full scan per key. */
function metaRoot(doc: Document): ParentNode {
  return doc.head ?? doc;
}

export function meta(doc: Document, key: string): string {
  const el = metaRoot(doc).querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return clean(el?.getAttribute('content') ?? el?.getAttribute('value') ?? '');
}

export function metaAll(doc: Document, key: string): string[] {
  return Array.from(metaRoot(doc).querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`))
    .slice(0, 50)
    .map((el) => clean(el.getAttribute('content') ?? el.getAttribute('value') ?? ''))
    .filter(Boolean);
}

const TITLE_SELECTORS = [
  'article h1.entry-title',
  'h1.entry-title',
  '.entry-title',
  'h1.post-title',
  'h3.post-title',
  'h2.post-title',
  '.post-title',
  'h1[data-testid="storyTitle"]',
  'article h1',
  'h1.headline',
  'main h1',
  'h1[class*="title"]',
];

function stripSite(t: string, site: string): string {
  let s = t;
  if (site) {
    for (const sep of [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' » ']) {
      if (s.endsWith(sep + site)) s = s.slice(0, -(sep + site).length);
      if (s.startsWith(site + sep)) s = s.slice((site + sep).length);
    }
  }
  return s.trim();
}

/**
 * The first element matching the earliest selector in `sels` that passes `ok`, found with a single
 * document scan (one querySelectorAll, then cheap `matches` calls) rather than one scan per selector.
 */
export function firstByPriority(root: ParentNode, sels: readonly string[], ok: (el: Element) => boolean = () => true): Element | null {
  const all = Array.from(root.querySelectorAll(sels.join(', '))).slice(0, 2000);
  for (const sel of sels) {
    for (const el of all) if (el.matches(sel) && ok(el)) return el;
  }
  return null;
}

/**
 * Whether an element holds more than `n` characters of text: `textContent.length > n` without building the
 * string, stopping at the first text nodes that pass it. A long page has hundreds of candidate containers,
 * most of them large, and their whole text was built once each only to be measured.
 */
export function hasTextOver(el: Element, n: number): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let len = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if ((len += (t as Text).data.length) > n) return true;
  return false;
}

/** Text of an element with block boundaries kept as newlines; iterative so deep DOMs cannot overflow the stack. */
export function blockText(root: Element, max = MAX_TEXT): string {
  const parts: string[] = [];
  let len = 0;
  const blocks = root.querySelectorAll('p, li, h2, h3, h4, blockquote, dd, figcaption');
  if (blocks.length === 0) return clean(root.textContent, max);
  for (const b of Array.from(blocks)) {
    if (b.parentElement?.closest('p, li, blockquote') && b.tagName !== 'LI') continue;
    const t = (b.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!t) continue;
    parts.push(t);
    len += t.length + 1;
    if (len > max) break;
  }
  return parts.join('\n').slice(0, max);
}

export function buildContext(doc: Document, url?: string): PageContext {
  const siteName = meta(doc, 'og:site_name') || clean(doc.querySelector('.site-title, #blog-title, .blog-title')?.textContent, 100);
  const titleOk = (el: Element) => {
    const t = clean(el.textContent, 300);
    return !!t && t !== siteName;
  };
  const titleEl = firstByPriority(doc, TITLE_SELECTORS, titleOk);
  let postTitle: string | null = titleEl ? clean(titleEl.textContent, 300) : null;
  const metaTitles = [meta(doc, 'og:title'), meta(doc, 'twitter:title'), clean(doc.title, 300)]
    .map((t) => stripSite(t, siteName))
    .filter((t, i, a) => t && a.indexOf(t) === i);
  if (!postTitle) {
    const h1s = Array.from(doc.querySelectorAll('h1')).slice(0, 5).map((h) => clean(h.textContent, 300));
    postTitle = h1s.find((t) => t && t !== siteName && metaTitles.some((m) => m.includes(t) || t.includes(m))) ?? null;
  }
  let content = firstByPriority(doc, CONTENT_SELECTORS, (el) => hasTextOver(el, 200));
  // A first <section> that holds under half of its article is a part (a summary box), not the post.
  const whole = content?.matches('article section') ? content.closest('article') : null;
  if (whole && (content!.textContent ?? '').length * 2 < (whole.textContent ?? '').length) content = whole;
  content ??= doc.body;
  const text = content ? blockText(content) : '';
  const post = doc.querySelector('article, .post, .hentry, .post-outer, main') ?? doc.body;
  const taxonomy: string[] = [];
  if (post) {
    for (const a of Array.from(post.querySelectorAll('a[rel~="tag"], a[rel~="category"], .post-labels a, .cat-links a, .tags-links a, .tags a[href*="/tag"]')).slice(0, 60)) {
      const t = clean(a.textContent, 80);
      if (t) taxonomy.push(t);
    }
  }
  taxonomy.push(...metaAll(doc, 'article:tag'), ...metaAll(doc, 'article:section'));
  const kw = meta(doc, 'keywords') || meta(doc, 'news_keywords');
  if (kw) taxonomy.push(...kw.split(',').map((k) => k.trim()).filter(Boolean).slice(0, 30));
  const classTokens = [doc.body?.className, post?.className]
    .filter((c): c is string => typeof c === 'string')
    .join(' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 200);
  const canonical = metaRoot(doc).querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  return {
    doc,
    url: url || canonical || meta(doc, 'og:url') || '',
    postTitle,
    metaTitles,
    siteName,
    content,
    text,
    taxonomy,
    classTokens,
    article: articleShape(doc),
  };
}
