/**
 * Tags as the reader types them: comma separated, trimmed, inner spaces
 * collapsed, the first spelling of a tag kept when it repeats in another case.
 * Pure: no browser APIs.
 */
export function parseTags(text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of text.split(',')) {
    const tag = raw.trim().replace(/\s+/g, ' ').slice(0, 100);
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      out.push(tag);
    }
  }
  return out;
}
