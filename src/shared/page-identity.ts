/**
 * A page's identity, so that one review reached two ways is one record.
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

function siteOf(href: string): string {
  return new URL(href).hostname.replace(/^(?:www|m|amp)\./, '');
}

/** The first path segment: the author or blog on hosts shared by many (medium.com/@name, blogspot paths). */
function sectionOf(href: string): string {
  const first = new URL(href).pathname.split('/').filter(Boolean)[0] ?? '';
  return first.startsWith('@') || first.startsWith('~') ? first.toLowerCase() : '';
}

/**
 * The canonical link wins when it points at the same site and, on hosts
 * shared by many authors, at the same author: a page cannot claim another
 * site's (or another author's) identity and so read or overwrite that
 * page's record.
 */
export function pageIdFor(url: string, canonical?: string | null): string | null {
  const clean = cleanUrl(url);
  if (!clean) return null;
  if (canonical) {
    const canon = cleanUrl(canonical);
    if (canon && siteOf(canon) === siteOf(clean) && sectionOf(canon) === sectionOf(clean)) return canon;
  }
  return clean;
}

export function siteFor(pageId: string): string {
  try {
    return siteOf(pageId);
  } catch {
    return '';
  }
}
