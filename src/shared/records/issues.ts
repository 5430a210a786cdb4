/**
 * The one way a failed validation is told to the reader, for messages,
 * imports and restores alike: where, and what is wrong, briefly.
 */
import type * as v from 'valibot';

/** A valibot issue path as the reader would write it: `pages[3].entry.rating`. */
export function issuePath(issue: v.BaseIssue<unknown>, prefix = ''): string {
  let out = prefix;
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string') out += /^[A-Za-z_$][\w$]*$/.test(key) ? (out ? `.${key}` : key) : `[${JSON.stringify(key.slice(0, 40))}]`;
  }
  return out;
}

/** The first few valibot issues as one sentence, each prefixed with where it is. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], prefix = ''): string {
  const parts = issues.slice(0, 3).map((i) => {
    const path = issuePath(i, prefix);
    // valibot quotes the value it received in full: a megabyte string would make a megabyte message.
    const message = clip(i.message, 160);
    return path ? `${path}: ${message}` : message;
  });
  if (issues.length > 3) parts.push(`and ${issues.length - 3} more problems`);
  return parts.join('; ');
}

/** Text for an error message: control characters dropped, cut to `max` characters. */
export function clip(text: string, max: number): string {
  const clean = text.replace(/[\u0000-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, ' ');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
