/**
 * `npm run bench`: builds the extension into its own folder, then runs every
 * benchmark. Each prints lines `bench: NAME = VALUE UNIT`; baselines measured
 * in the same run are named `baseline-…`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const out = resolve('.tmp/bench-dist');
// A test build: the benchmarks read the marks and attributes only test builds have.
const env = { ...process.env, REEL_OUT_DIR: out, REEL_DIST: out, REEL_TEST_HOOKS: '1' };
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);

const benches = ['bench/content-script.ts', 'bench/film-detection.ts', 'bench/anchoring.ts', 'bench/popup.ts', 'bench/options.ts'];
let failed = 0;
for (const file of benches) {
  if (!existsSync(file)) {
    console.log(`# ${file}: not present`);
    continue;
  }
  console.log(`# ${file}`);
  const run = spawnSync('npx', ['tsx', file], { stdio: ['ignore', 'inherit', 'pipe'], env, encoding: 'utf8' });
  if (run.status !== 0) {
    failed++;
    console.error(`# ${file} failed (exit ${run.status}):\n${run.stderr.split('\n').filter((l) => !/dbus/.test(l)).slice(-15).join('\n')}`);
  }
}
process.exit(failed ? 1 : 0);
