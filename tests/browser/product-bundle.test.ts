/**
 * The shipped extension is the product only: the entry points the browser
 * tests use and the benchmarks' marks exist in the test build
 * (`npm run build:test`) and nowhere in `npm run build` / `build:firefox`.
 */
import { describe as suite, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Strings only a hook writes: the service worker's test entry point, the library's and popup's benchmark marks. */
const HOOK_MARKERS = ['onMenuClick', 'data-search-ms', 'reel-library-ready', 'reel-notes:popup-ready', 'reel-slice-requested'];

function scripts(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...scripts(path));
    else if (/\.(js|html)$/.test(name)) out.push(path);
  }
  return out;
}

function markersIn(dir: string): string[] {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No build in ${dir}: run the build first`);
  const text = scripts(dir).map((f) => readFileSync(f, 'utf8')).join('\n');
  return HOOK_MARKERS.filter((m) => text.includes(m));
}

suite('the built extension', () => {
  it.each(['dist', 'dist-firefox'])('%s (what ships) holds no test or benchmark hook', (dir) => {
    expect(markersIn(resolve(dir))).toEqual([]);
  });

  it('the test build holds every hook, so the check above looks for the right strings', () => {
    expect(markersIn(resolve(process.env.REEL_DIST ?? '.tmp/dist-test'))).toEqual(HOOK_MARKERS);
  });
});
