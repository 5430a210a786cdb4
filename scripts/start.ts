/**
 * `npm start`: builds the extension, serves the demo review on 127.0.0.1 and
 * opens Chromium with the extension loaded on that page. The browser profile
 * is kept in .reel-notes-profile/ so what you save survives restarts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer } from './lib/page-server';
import { chromiumPath, CHROMIUM_FLAGS } from './lib/chromium';

function findChromium(): string {
  try {
    return chromiumPath({ wrapper: true });
  } catch (error) {
    console.error(`Reel Notes: ${(error as Error).message}`);
    process.exit(1);
  }
}

const chromiumBin = findChromium();
const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startServer(Number(process.env.PORT ?? 8420)).catch(() => startServer(0));
const demo = server.url('/demo/her-review.html');
const profile = resolve('.reel-notes-profile');
mkdirSync(profile, { recursive: true });
const dist = resolve('dist');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const args = [
  ...CHROMIUM_FLAGS.filter((f) => f !== '--no-sandbox' || process.getuid?.() === 0),
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${dist}`,
  `--load-extension=${dist}`,
  ...(headless ? ['--headless=new', '--remote-debugging-port=9222'] : []),
  demo,
];
console.log(`Reel Notes: demo review at ${demo}`);
if (headless) console.log('Reel Notes: no display found, so Chromium runs headless (DevTools on 127.0.0.1:9222).');
const browser = spawn(chromiumBin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
browser.stderr.on('data', () => undefined);
console.log('Reel Notes: Chromium is open with the extension. Close it (or press Ctrl-C) to stop.');
const stop = async () => {
  browser.kill();
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
browser.on('exit', () => void stop());
