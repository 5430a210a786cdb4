/**
 * npx tsx scripts/eval.ts — scores the film extractor on tests/corpus (labels.json) and on the real pages in
 * ../shared/corpus (its labels.json, with cast labels kept in tests/corpus/labels.json under "shared").
 * Prints one line per miss, then cast precision/recall, then the summary line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectFile } from './detect';
import { sameName } from '../src/shared/film/names';
import { fold } from '../src/shared/film/text';

export interface Label { isReview: boolean; title?: string; year?: number | null; directors?: string[]; cast?: string[] }
interface LabelFile { local: Record<string, Label>; shared?: Record<string, Partial<Label>> }

export interface EvalResult {
  precision: number; recall: number; title: number; year: number; director: number;
  castPrecision: number; castRecall: number; castF1: number;
  pages: number; misses: string[]; skipped: string | null;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function sameTitle(a: string | null, b: string): boolean {
  if (!a) return false;
  const strip = (s: string) => fold(s).replace(/^(?:the|a|an) /, '');
  return strip(a) === strip(b);
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
const f2 = (x: number) => x.toFixed(2);

export function runEval(root = repoRoot): EvalResult {
  const corpusDir = join(root, 'tests/corpus');
  const labels = JSON.parse(readFileSync(join(corpusDir, 'labels.json'), 'utf8')) as LabelFile;
  const pages: Array<{ file: string; label: Label }> = Object.entries(labels.local).map(([p, label]) => ({ file: resolve(corpusDir, p), label }));
  const sharedDir = resolve(root, '../shared/corpus');
  let skipped: string | null = null;
  if (existsSync(join(sharedDir, 'labels.json'))) {
    const shared = JSON.parse(readFileSync(join(sharedDir, 'labels.json'), 'utf8')) as Record<string, Label>;
    for (const [name, label] of Object.entries(shared)) {
      pages.push({ file: join(sharedDir, 'pages', name), label: { ...label, ...(labels.shared?.[name] ?? {}) } });
    }
  } else {
    skipped = `skipped ${sharedDir} (not found)`;
  }

  const misses: string[] = [];
  let tp = 0, fp = 0, fn = 0;
  let titleOk = 0, titleN = 0, yearOk = 0, yearN = 0, dirOk = 0, dirN = 0;
  let castTp = 0, castPred = 0, castGold = 0;
  for (const { file, label } of pages) {
    const rel = file.startsWith(root) ? file.slice(root.length + 1) : file;
    let d;
    try {
      d = detectFile(file);
    } catch (e) {
      misses.push(`error ${rel}: ${e instanceof Error ? e.message : String(e)}`);
      if (label.isReview) fn++;
      continue;
    }
    if (d.isReview && label.isReview) tp++;
    else if (d.isReview) {
      fp++;
      misses.push(`false positive ${rel} (confidence ${d.confidence}): ${d.signals.slice(0, 5).join('; ')}`);
    } else if (label.isReview) {
      fn++;
      misses.push(`false negative ${rel} (confidence ${d.confidence}): ${d.signals.slice(0, 5).join('; ')}`);
    }
    if (!label.isReview) continue;
    if (label.title !== undefined) {
      titleN++;
      if (sameTitle(d.film.title, label.title)) titleOk++;
      else misses.push(`title ${rel}: expected "${label.title}", got "${d.film.title}"`);
    }
    if (label.year !== undefined) {
      yearN++;
      if (d.film.year === label.year) yearOk++;
      else misses.push(`year ${rel}: expected ${label.year}, got ${d.film.year}`);
    }
    if (label.directors) {
      dirN++;
      const got = d.film.directors;
      const ok = got.length === label.directors.length && label.directors.every((x) => got.some((g) => sameName(g, x)));
      if (ok) dirOk++;
      else misses.push(`director ${rel}: expected ${JSON.stringify(label.directors)}, got ${JSON.stringify(got)}`);
    }
    if (label.cast) {
      const got = d.film.cast.map((c) => c.name);
      const hit = got.filter((g) => label.cast!.some((x) => sameName(g, x)));
      castTp += hit.length;
      castPred += got.length;
      castGold += label.cast.length;
      const extra = got.filter((g) => !label.cast!.some((x) => sameName(g, x)));
      const missing = label.cast.filter((x) => !got.some((g) => sameName(g, x)));
      if (extra.length || missing.length) misses.push(`cast ${rel}: missing ${JSON.stringify(missing)}, extra ${JSON.stringify(extra)}`);
    }
  }
  const castPrecision = ratio(castTp, castPred);
  const castRecall = ratio(castTp, castGold);
  return {
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    title: ratio(titleOk, titleN),
    year: ratio(yearOk, yearN),
    director: ratio(dirOk, dirN),
    castPrecision,
    castRecall,
    castF1: castPrecision + castRecall === 0 ? 0 : (2 * castPrecision * castRecall) / (castPrecision + castRecall),
    pages: pages.length,
    misses,
    skipped,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = runEval();
  if (r.skipped) console.log(r.skipped);
  for (const m of r.misses) console.log(`miss: ${m}`);
  console.log(`pages: ${r.pages}`);
  console.log(`cast: precision=${f2(r.castPrecision)} recall=${f2(r.castRecall)}`);
  console.log(`eval: precision=${f2(r.precision)} recall=${f2(r.recall)} title=${f2(r.title)} year=${f2(r.year)} director=${f2(r.director)} cast_f1=${f2(r.castF1)}`);
}
