/**
 * The labelled corpus (tests/corpus and ../shared/corpus), each page analysed once: the page-only detection,
 * its film-index link and its source (site), so eval and fit-weights can rescore without re-parsing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from './detect';
import { loadFilmIndex } from './film-index-file';
import { analysePage } from '../src/shared/film/index';
import { linkAll, type FilmLink } from '../src/shared/film-index/link';
import type { Detection } from '../src/shared/film/types';

export interface Label { isReview: boolean; title?: string; year?: number | null; directors?: string[]; cast?: string[] }
interface LabelFile { local: Record<string, Label>; shared?: Record<string, Partial<Label>> }

export interface CorpusPage {
  file: string;
  rel: string;
  /** Where the page comes from: its site or fixture family; k-fold never splits one. */
  source: string;
  label: Label;
  detection: Detection | null;
  /** Films of the index the page links to, best first. */
  links: FilmLink[];
  error?: string;
}

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** "caalden-greyhound.html" → "caalden"; "../../public/demo/her-review.html" → "demo". */
export function sourceOf(file: string, shared: boolean): string {
  const name = basename(file).replace(/\.html?$/, '');
  if (!shared) return file.includes('public/demo') ? 'demo' : `local:${name.split('-')[0]}`;
  return name.split(/[-.]/)[0];
}

/** Every labelled page (the project's and ../shared/corpus), with its label and source, not yet analysed. */
export function corpusList(root = repoRoot): { list: Array<{ file: string; label: Label; source: string }>; skipped: string | null } {
  const corpusDir = join(root, 'tests/corpus');
  const labels = JSON.parse(readFileSync(join(corpusDir, 'labels.json'), 'utf8')) as LabelFile;
  const list: Array<{ file: string; label: Label; source: string }> = Object.entries(labels.local).map(([p, label]) => ({
    file: resolve(corpusDir, p),
    label,
    source: sourceOf(p, false),
  }));
  const sharedDir = resolve(root, '../shared/corpus');
  let skipped: string | null = null;
  if (existsSync(join(sharedDir, 'labels.json'))) {
    const shared = JSON.parse(readFileSync(join(sharedDir, 'labels.json'), 'utf8')) as Record<string, Label>;
    for (const [name, label] of Object.entries(shared)) {
      list.push({ file: join(sharedDir, 'pages', name), label: { ...label, ...(labels.shared?.[name] ?? {}) }, source: sourceOf(name, true) });
    }
  } else {
    skipped = `skipped ${sharedDir} (not found)`;
  }
  return { list, skipped };
}

export function loadCorpus(root = repoRoot): { pages: CorpusPage[]; skipped: string | null } {
  const { list, skipped } = corpusList(root);
  const index = loadFilmIndex();
  const pages = list.map(({ file, label, source }): CorpusPage => {
    const rel = file.startsWith(root) ? file.slice(root.length + 1) : file;
    try {
      const { detection, candidates } = analysePage(parseHtml(readFileSync(file, 'utf8')));
      return { file, rel, source, label, detection, links: linkAll(candidates, index) };
    } catch (e) {
      return { file, rel, source, label, detection: null, links: [], error: e instanceof Error ? e.message : String(e) };
    }
  });
  return { pages, skipped };
}
