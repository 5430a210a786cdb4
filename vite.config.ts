import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { manifestFor, type Target } from './scripts/manifest-for';

const target = (process.env.REEL_TARGET ?? 'chrome') as Target;
// REEL_OUT_DIR lets parallel builds (tests, benches) write elsewhere than dist/.
const outDir = process.env.REEL_OUT_DIR ?? (target === 'firefox' ? 'dist-firefox' : 'dist');
// Test and benchmark hooks (src/env.d.ts) exist only in test builds: `npm run build` ships without them.
const testHooks = process.env.REEL_TEST_HOOKS === '1';

/**
 * After crxjs has written the extension: the demo review (in public/ for
 * `npm start` and the tests) is not part of it, and the page tools need no
 * web_accessible_resources entry (scripting.executeScript injects them), so
 * no page can probe for the extension through them.
 */
function finishBuild(): Plugin {
  return {
    name: 'reel-notes:finish-build',
    apply: 'build',
    closeBundle() {
      rmSync(resolve(outDir, 'demo'), { recursive: true, force: true });
      // crxjs also emits the page tools as an ES chunk nothing loads; only the IIFE is injected.
      for (const f of readdirSync(resolve(outDir, 'assets'))) if (f.startsWith('page-tools.ts-')) rmSync(resolve(outDir, 'assets', f));
      const file = resolve(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8'));
      const war = (manifest.web_accessible_resources ?? [])
        .map((entry: { resources: string[] }) => ({ ...entry, resources: entry.resources.filter((r) => !r.startsWith('src/content/tools/')) }))
        .filter((entry: { resources: string[] }) => entry.resources.length > 0);
      if (war.length) manifest.web_accessible_resources = war;
      else delete manifest.web_accessible_resources;
      writeFileSync(file, JSON.stringify(manifest, null, 2));
    },
  };
}

/**
 * The popup's first paint waits for all of its code: listing every chunk it runs as `modulepreload` in
 * its HTML fetches and compiles them together while the HTML is parsed, instead of discovering each
 * level of imports only after the one above has loaded (see src/popup/main.tsx). The other pages
 * already list their static chunks as scripts; the library's lazy importers stay lazy.
 */
function preloadPopupCode(): Plugin {
  return {
    name: 'reel-notes:preload-popup-code',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        const entry = ctx.chunk;
        if (!bundle || !entry || !ctx.path.endsWith('/popup/index.html')) return [];
        const seen = new Set<string>();
        const visit = (file: string) => {
          const chunk = bundle[file];
          if (seen.has(file) || !chunk || chunk.type !== 'chunk') return;
          seen.add(file);
          chunk.imports.forEach(visit);
        };
        visit(entry.fileName);
        seen.delete(entry.fileName);
        return [...seen].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', href: `/${file}`, crossorigin: true }, injectTo: 'head' as const }));
      },
    },
  };
}

export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest: manifestFor(target),
      browser: target,
      // The every-page content script is one self-contained file: no loader, no
      // web-accessible chunk a page could probe to detect the extension.
      contentScripts: { standaloneFiles: ['src/content/index.ts'] },
    }),
    finishBuild(),
    preloadPopupCode(),
  ],
  define: { __TEST_HOOKS__: JSON.stringify(testHooks) },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    modulePreload: false,
    // Extension pages no manifest field names for crxjs on every target: the
    // side panel (Firefox's sidebar_action) and the welcome page.
    rollupOptions: { input: { sidepanel: 'src/sidepanel/index.html', welcome: 'src/welcome/index.html' } },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5174 } },
});
