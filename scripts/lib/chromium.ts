/**
 * Where Debian's Chromium is, and the flags every run of it here uses
 * (`npm start`, the browser tests, the benchmarks).
 * /usr/bin/chromium is a shell wrapper that adds flags; the binary is beside it.
 */
import { existsSync } from 'node:fs';

const INSTALL = 'install it with `sudo apt-get install chromium`, or set CHROME_PATH to a Chromium binary';

/** `wrapper`: prefer Debian's wrapper script (a desktop session for a person) over the bare binary (automation). */
export function chromiumPath({ wrapper = false } = {}): string {
  const both = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  const candidates = [process.env.CHROME_PATH, ...(wrapper ? both.reverse() : both)].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`Chromium not found: ${INSTALL}.`);
  return found;
}

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--no-default-browser-check',
];
