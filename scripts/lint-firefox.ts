/**
 * `web-ext lint` (Mozilla's addons-linter) on the Firefox build. Fails on any
 * error; prints every warning, and with `--strict` also fails on warnings that
 * are not in KNOWN below.
 *
 * Usage: tsx scripts/lint-firefox.ts [--strict] [dir]   (dir: dist-firefox)
 * Build first with `npm run build:firefox`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

interface Message {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

/** Whether our own code (not a dependency) assigns markup: then an innerHTML warning is ours to fix. */
function sourceAssignsMarkup(dir = 'src'): boolean {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f))
    .some((f) => /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML/.test(readFileSync(join(dir, f), 'utf8')));
}

/** Warnings understood and accepted, each with its reason. */
const KNOWN: { code: string; file?: RegExp; when?: () => boolean; why: string }[] = [
  {
    code: 'KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION',
    why: 'data_collection_permissions is read from Firefox 140; 128-139 ignore it (scripts/manifest-for.ts)',
  },
  { code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION', why: 'the same key, on Firefox for Android' },
  {
    // The chunk that holds preact's runtime changes name as the code changes.
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^assets\/[\w.-]+\.js$/,
    when: () => !sourceAssignsMarkup(),
    why: "preact's dangerouslySetInnerHTML support; src/ assigns no markup",
  },
];

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist-firefox');
if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`No Firefox build in ${dir}: run \`npm run build:firefox\` first.`);
  process.exit(2);
}

const require = createRequire(import.meta.url);
const bin = join(dirname(require.resolve('web-ext')), 'bin', 'web-ext.js');
const run = spawnSync(process.execPath, [bin, 'lint', '--source-dir', dir, '--output', 'json', '--no-input'], { encoding: 'utf8' });
let report: { errors: Message[]; warnings: Message[]; notices: Message[] };
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error('web-ext lint gave no JSON report:\n', run.stdout, run.stderr);
  process.exit(2);
}

const where = (m: Message) => (m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''})` : '');
const known = (m: Message) => KNOWN.find((k) => k.code === m.code && (!k.file || k.file.test(m.file ?? '')) && (!k.when || k.when()));
for (const m of report.errors) console.error(`error   ${m.code}: ${m.message}${where(m)}`);
const unexpected: Message[] = [];
for (const m of report.warnings) {
  const k = known(m);
  if (!k) unexpected.push(m);
  console.log(`warning ${m.code}: ${m.message}${where(m)}${k ? ` [known: ${k.why}]` : ''}`);
}
for (const m of report.notices) console.log(`notice  ${m.code}: ${m.message}${where(m)}`);
console.log(`web-ext lint ${dir}: ${report.errors.length} errors, ${report.warnings.length} warnings (${unexpected.length} not known), ${report.notices.length} notices`);
process.exit(report.errors.length > 0 || (strict && unexpected.length > 0) ? 1 : 0);
