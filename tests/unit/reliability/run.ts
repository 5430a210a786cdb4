/**
 * Issue 7's fuzz figures: `tsx tests/unit/reliability/run.ts [--seed N] [--count N] [--bound-ms N] [--family NAME]...`
 *
 * Runs every family of tests/unit/reliability/families.ts in worker threads
 * (two at a time, the extractor split in shards), prints one line per family:
 *   reliability: FAMILY tried=N refused=N accepted=N lost=N slowest_ms=N
 * and exits non-zero if anything was lost, a case threw an unclear error, or a
 * case broke the time bound. A case that never ends is caught by a watchdog
 * that stops its worker. Every failure prints its seed: `--family F --seed S`
 * with `--only-case I` re-runs it.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { FAMILY_NAMES, figuresLine, runFamily, type FamilyResult } from './families';

interface Job {
  family: string;
  seed: number;
  from: number;
  count: number;
  boundMs: number;
}

/**
 * tsx registers its TypeScript loader in the main thread only, and a worker
 * started on a .ts file fails ("Unknown file extension .ts", Node 20); the
 * worker registers tsx itself, then loads this file.
 */
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); })`;

type WorkerMessage = { type: 'progress'; i: number; soFar: FamilyResult } | { type: 'done'; result: FamilyResult };

if (!isMainThread) {
  const job = workerData as Job;
  const result = await runFamily(job.family, {
    seed: job.seed,
    from: job.from,
    count: job.count,
    boundMs: job.boundMs,
    onProgress: (i, soFar) => parentPort!.postMessage({ type: 'progress', i, soFar } satisfies WorkerMessage),
  });
  parentPort!.postMessage({ type: 'done', result } satisfies WorkerMessage);
} else {
  await main();
}

function args() {
  const argv = process.argv.slice(2);
  const get = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const families = argv.flatMap((a, i) => (a === '--family' ? [argv[i + 1]] : []));
  return {
    seed: Number(get('--seed') ?? 20240601),
    count: Number(get('--count') ?? 2000),
    boundMs: Number(get('--bound-ms') ?? 3000),
    onlyCase: get('--only-case') === undefined ? undefined : Number(get('--only-case')),
    families: families.length ? families : FAMILY_NAMES,
  };
}

/** Runs one job in a worker; a worker silent for longer than the bound (plus start-up) is stopped and reported. */
function runJob(job: Job): Promise<FamilyResult> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_BOOT, { eval: true, workerData: job });
    let current = job.from;
    let soFar: FamilyResult | null = null;
    let settled = false;
    const finish = (result: FamilyResult) => {
      if (settled) return;
      settled = true;
      clearInterval(watchdog);
      void worker.terminate();
      resolve(result);
    };
    /** What the worker had done, plus the case it never finished (counted as tried, and as a failure). */
    const stuck = (problem: string): FamilyResult => {
      const base = soFar ?? { family: job.family, tried: 0, refused: 0, accepted: 0, lost: 0, slowestMs: 0, failures: [], reasons: [] };
      return {
        ...base,
        tried: base.tried + 1,
        slowestMs: Math.max(base.slowestMs, Date.now() - lastSign),
        failures: [...base.failures, { case: current, seed: job.seed, how: 'see --only-case', problem }],
      };
    };
    let lastSign = Date.now();
    const startUp = 30_000;
    let started = false;
    const watchdog = setInterval(() => {
      // Generous: a slow case is already caught by the bound; this is for a case that never ends.
      const limit = started ? job.boundMs * 10 : startUp;
      if (Date.now() - lastSign > limit) finish(stuck(`case ${current} did not end within ${limit} ms; its worker was stopped`));
    }, 500);
    worker.on('message', (m: WorkerMessage) => {
      lastSign = Date.now();
      started = true;
      if (m.type === 'progress') {
        current = m.i;
        soFar = m.soFar;
      } else finish(m.result);
    });
    worker.on('error', (e) => finish(stuck(`worker crashed: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`)));
    worker.on('exit', (code) => finish(stuck(`worker exited with code ${code} before reporting`)));
  });
}

function merge(family: string, parts: FamilyResult[]): FamilyResult {
  const out: FamilyResult = { family, tried: 0, refused: 0, accepted: 0, lost: 0, slowestMs: 0, failures: [], reasons: [] };
  for (const p of parts) {
    out.tried += p.tried;
    out.refused += p.refused;
    out.accepted += p.accepted;
    out.lost += p.lost;
    out.slowestMs = Math.max(out.slowestMs, p.slowestMs);
    out.failures.push(...p.failures);
    for (const r of p.reasons) if (!out.reasons.includes(r) && out.reasons.length < 8) out.reasons.push(r);
    out.skipped ??= p.skipped;
  }
  return out;
}

async function main() {
  const a = args();
  const t0 = Date.now();
  const jobs: Job[] = [];
  for (const family of a.families) {
    if (a.onlyCase !== undefined) {
      jobs.push({ family, seed: a.seed, from: a.onlyCase, count: 1, boundMs: a.boundMs });
      continue;
    }
    // The extractor (jsdom) is the slowest family: split it so both cores share it.
    const shards = family === 'extractor' ? 2 : 1;
    const size = Math.ceil(a.count / shards);
    for (let s = 0; s < shards; s++) {
      const from = s * size;
      const count = Math.min(size, a.count - from);
      if (count > 0) jobs.push({ family, seed: a.seed, from, count, boundMs: a.boundMs });
    }
  }
  // Longest first, so the two cores finish together.
  jobs.sort((x, y) => Number(y.family === 'extractor') - Number(x.family === 'extractor'));
  const results = new Map<string, FamilyResult[]>();
  const parallel = Math.max(1, Math.min(2, availableParallelism()));
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        const result = await runJob(job);
        results.set(job.family, [...(results.get(job.family) ?? []), result]);
      }
    }),
  );
  let bad = false;
  for (const family of a.families) {
    const r = merge(family, results.get(family) ?? []);
    if (r.skipped) {
      console.log(`reliability: ${family} SKIPPED (${r.skipped})`);
      continue;
    }
    for (const f of r.failures.slice(0, 10)) {
      console.log(`  ${family} case ${f.case} (--family ${family} --seed ${a.seed} --only-case ${f.case}): ${f.problem} [${f.how.slice(0, 160)}]`);
    }
    if (r.failures.length > 10) console.log(`  ${family}: ${r.failures.length - 10} more failures`);
    if (r.lost > 0 || r.failures.length > 0) bad = true;
    console.log(figuresLine(r));
  }
  console.log(`reliability: seed=${a.seed} bound_ms=${a.boundMs} wall_ms=${Date.now() - t0}${bad ? ' FAILED' : ' ok'}`);
  process.exit(bad ? 1 : 0);
}
