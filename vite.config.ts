import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { manifestFor, type Target } from './scripts/manifest-for';

const target = (process.env.REEL_TARGET ?? 'chrome') as Target;
const outDir = target === 'firefox' ? 'dist-firefox' : 'dist';

/** The demo review lives in public/ for `npm start` and the tests, but it is not part of the extension. */
function dropDemoPages(): Plugin {
  return {
    name: 'reel-notes:drop-demo-pages',
    apply: 'build',
    closeBundle() {
      rmSync(resolve(outDir, 'demo'), { recursive: true, force: true });
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
    dropDemoPages(),
  ],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    modulePreload: false,
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5174 } },
});
