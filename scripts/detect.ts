/**
 * npx tsx scripts/detect.ts FILE_OR_DIR...
 * Parses saved HTML with jsdom (no page scripts, no resource loading) and prints one JSON line per page.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractFilm } from '../src/shared/film/index';
import type { Detection } from '../src/shared/film/types';
import { loadFilmIndex } from './film-index-file';

const quiet = new VirtualConsole();

/** Parse without running scripts or fetching anything (jsdom's defaults, made explicit). */
export function parseHtml(html: string, url?: string): Document {
  return new JSDOM(html, { url: url ?? 'http://localhost/', runScripts: undefined, resources: undefined, virtualConsole: quiet }).window.document;
}

/** Detection as the extension makes it: the page, then the film index in the background. */
export function detectFile(file: string): Detection {
  const html = readFileSync(file, 'utf8');
  return extractFilm(parseHtml(html), { index: loadFilmIndex() });
}

export function listHtml(p: string): string[] {
  const st = statSync(p);
  if (!st.isDirectory()) return [p];
  return readdirSync(p)
    .sort()
    .flatMap((f) => {
      const full = join(p, f);
      return statSync(full).isDirectory() ? listHtml(full) : /\.x?html?$/i.test(f) ? [full] : [];
    });
}

function main(args: string[]): number {
  if (!args.length) {
    process.stderr.write('usage: detect FILE_OR_DIR...\n');
    return 2;
  }
  let failed = 0;
  for (const arg of args) {
    let files: string[];
    try {
      files = listHtml(arg);
    } catch (e) {
      console.log(JSON.stringify({ file: arg, error: e instanceof Error ? e.message : String(e) }));
      failed++;
      continue;
    }
    for (const file of files) {
      try {
        const d = detectFile(file);
        console.log(JSON.stringify({ file, isReview: d.isReview, confidence: d.confidence, film: d.film, review: d.review, signals: d.signals, features: d.features }));
      } catch (e) {
        console.log(JSON.stringify({ file, error: e instanceof Error ? e.message : String(e) }));
        failed++;
      }
    }
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
