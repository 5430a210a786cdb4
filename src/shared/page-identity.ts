/**
 * A page's identity, so that one review reached two ways is one record, and
 * so that records belong to an origin: no page can name itself after a page
 * of another origin (or of another author on a shared host) and so read or
 * change that page's record.
 * Pure: takes strings, no browser APIs.
 */

const TRACKING_PARAMS = /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|mkt_tok|ref_src|ref_url|share|s_cid|cmpid|spm|__s|vero_id|oly_anon_id|oly_enc_id|rb_clickid|wt_mc)$/i;

/** The URL without fragment and without tracking parameters; null for anything but http(s). */
export function cleanUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMS.test(key)) url.searchParams.delete(key);
  }
  // URLSearchParams leaves a bare "?" behind when the last parameter goes.
  if ([...url.searchParams.keys()].length === 0) url.search = '';
  return url.href;
}

/**
 * Hosts that serve many authors under one origin, with the author or
 * publication as the first path segment (medium.com/@ellie, medium.com/some-publication,
 * substack.com/@name, letterboxd.com/name/film/…). Hosts that give each author
 * a subdomain (*.substack.com, *.blogspot.com, *.wordpress.com, *.github.io,
 * *.tumblr.com, *.medium.com) are already told apart by the origin rule.
 */
const PATH_AUTHOR_HOSTS = new Set([
  'medium.com',
  'substack.com',
  'wordpress.com',
  'blogger.com',
  'github.com',
  'letterboxd.com',
  'tumblr.com',
  'dev.to',
  'write.as',
  'hashnode.com',
  'mubi.com',
  'bsky.app',
]);
/** Hosts whose authors sit two segments deep (sites.google.com/view/name). */
const TWO_SEGMENT_HOSTS = new Set(['sites.google.com']);

/** Host and port (empty for the scheme's default), so that an http: page and its https: twin compare equal. */
function hostAndPort(url: URL): string {
  return `${url.hostname}:${url.port}`;
}

/** The author or publication a URL belongs to on a shared host; '' elsewhere, or at the host's root. */
function authorOf(url: URL): string {
  const segments = url.pathname.split('/').filter(Boolean).map((s) => s.toLowerCase());
  const host = url.hostname.replace(/^www\./, '');
  if (TWO_SEGMENT_HOSTS.has(host)) return segments.slice(0, 2).join('/');
  if (PATH_AUTHOR_HOSTS.has(host)) return segments[0] ?? '';
  // Tilde and @ paths name a person on any host (university pages, fediverse servers).
  const first = segments[0] ?? '';
  return first.startsWith('@') || first.startsWith('~') ? first : '';
}

/**
 * May a page at `page` take `canonical` as its identity? Only within its own
 * origin (scheme, host and port), where an http: page may name its https:
 * twin but never the reverse, and on shared hosts only under the same author.
 */
export function sameOwner(page: string, canonical: string): boolean {
  const p = new URL(page);
  const c = new URL(canonical);
  const twin = p.protocol === 'http:' && c.protocol === 'https:';
  if (p.protocol !== c.protocol && !twin) return false;
  if (hostAndPort(p) !== hostAndPort(c)) return false;
  return authorOf(p) === authorOf(c);
}

/**
 * The canonical link wins when the page owns it (see sameOwner); otherwise
 * the page is known by its own cleaned URL.
 */
export function pageIdFor(url: string, canonical?: string | null): string | null {
  const clean = cleanUrl(url);
  if (!clean) return null;
  if (canonical) {
    const canon = cleanUrl(canonical);
    if (canon && sameOwner(clean, canon)) return canon;
  }
  return clean;
}

/**
 * May a page at `url` read and change the record `pageId`? Only a record of
 * its own (see sameOwner): an alias left by older rules (which compared host
 * names only) never hands another origin's record to a page.
 */
export function ownsRecord(url: string, pageId: string): boolean {
  try {
    return sameOwner(url, pageId);
  } catch {
    return false;
  }
}

function siteOf(href: string): string {
  return new URL(href).hostname.replace(/^(?:www|m|amp)\./, '');
}

/** The site a page is shown under in the library (a display grouping, not an identity). */
export function siteFor(pageId: string): string {
  try {
    return siteOf(pageId);
  } catch {
    return '';
  }
}

/** The origin a page's painting setting is kept under: its https: twin, so both ways of reaching a site share it. */
export function paintingSiteOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return `https://${hostAndPort(u).replace(/:$/, '')}`;
  } catch {
    return null;
  }
}
