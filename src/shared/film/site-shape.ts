/**
 * A page's shape on its site, for learning from the reader's corrections: the URL path with its variable parts
 * (numbers, slugs) replaced, so "/2014/02/16/her/" and "/2015/03/01/selma/" share the shape "/#/#/#/*".
 * Pure.
 */
export function urlShape(url: string): { origin: string; shape: string } | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const segs = u.pathname.split('/').filter(Boolean);
  const shape = segs
    .map((s, i) => (/^\d+$/.test(s) ? '#' : i === segs.length - 1 || /[-_]/.test(s) || s.length > 24 ? '*' : s.toLowerCase()))
    .join('/');
  return { origin: u.origin, shape: `/${shape}` };
}

export interface SiteExample { url: string; isReview: boolean }

/**
 * What the reader taught about pages of this shape on this site: +1 when they marked one a review, -1 when they
 * said one is not, 0 when they said nothing (or both). The page itself is not its own example.
 */
export function siteEvidence(url: string, examples: SiteExample[]): number {
  const me = urlShape(url);
  if (!me) return 0;
  let yes = 0, no = 0;
  for (const e of examples) {
    if (e.url === url) continue;
    const s = urlShape(e.url);
    if (!s || s.origin !== me.origin || s.shape !== me.shape) continue;
    if (e.isReview) yes++;
    else no++;
  }
  return yes && !no ? 1 : no && !yes ? -1 : 0;
}
