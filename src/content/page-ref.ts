/** The page's canonical link; only the head is searched (cheaper, and a link in the body is not the page's own). */
export function canonicalLink(doc: Document = document): string | null {
  return (doc.head ?? doc).querySelector<HTMLLinkElement>('link[rel~="canonical" i]')?.href ?? null;
}
