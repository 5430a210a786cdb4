/**
 * What a page offers for linking to the film index: title candidates (headline, <title>, italics, quotes,
 * structured data, URL slug) and the people it names (capitalised runs of the text). Small enough to send
 * from the page to the background, where the index lives.
 */
import type { Evidence, PageContext } from './context';
import type { ProseEvidence } from './adapters/prose';
import { quotedTitle } from './adapters/post-title';
import { clean, splitYear, tidyTitle, wordCount } from './text';

export interface TitleCandidate { text: string; weight: number; from: string }
export interface LinkCandidates {
  titles: TitleCandidate[];
  /** Capitalised runs of 2–4 words in the page's own spelling ("Scarlett Johanssen"), each once. */
  names: string[];
  /** Years the page states (headline, "(2013)" after a title, structured data). */
  years: number[];
}

const MAX_TITLES = 60;
const MAX_NAMES = 3000;
const SEPARATORS = /\s+[|–—:·•»]\s+|\s+-\s+|:\s+/;
const REVIEW_LABEL = /\b(?:(?:film|movie)\s+)?reviews?\b|\bcr[ií]tica\b|\brecensione\b|\bkritik\b/gi;
const TOKEN = "\\p{Lu}[\\p{L}'’.]*(?:-\\p{Lu}[\\p{L}'’.]*)?";
const NAME_RUN = new RegExp(`${TOKEN}(?: (?:(?:de|del|van|von|der|da|di|du|le|la) )?${TOKEN}){1,5}`, 'gu');

/** Headline pieces: the whole, each segment, quoted parts, and leading word runs ("The Interview Is a …"). */
function headlinePieces(h: string): string[] {
  const out: string[] = [];
  const { title: whole } = splitYear(h);
  out.push(whole);
  const q = quotedTitle(h);
  if (q) out.push(q);
  for (const seg of whole.split(SEPARATORS)) {
    const s = tidyTitle(seg.replace(REVIEW_LABEL, ' ').replace(/\s+/g, ' '));
    if (!s) continue;
    out.push(s);
    const words = s.split(' ');
    for (let n = Math.min(words.length - 1, 7); n >= 1; n--) out.push(tidyTitle(words.slice(0, n).join(' ')));
  }
  return out;
}

/** "/2022-10-30-cannibal-holocaust-1980/" → "cannibal holocaust"; "/reviews/the-menu/" → "the menu". */
function slugTitle(url: string): string | null {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '').replace(/\/(?:index\.html?)?$/i, '');
  const last = decodeURIComponent(path.split('/').pop() ?? '').replace(/\.\w+$/, '');
  const words = last
    .replace(/^\d{4}-\d\d-\d\d-/, '')
    .split(/[-_]+/)
    .filter((w) => w && !/^(?:review|reviews|critica|film|movie)$/i.test(w));
  if (words.length && /^(?:18|19|20)\d\d$/.test(words[words.length - 1])) words.pop();
  return words.length && words.length <= 10 && !words.some((w) => /^\d{3,}$/.test(w)) ? words.join(' ') : null;
}

export function linkCandidates(ctx: PageContext, evs: Evidence[]): LinkCandidates {
  const titles: TitleCandidate[] = [];
  const add = (text: string | null | undefined, weight: number, from: string) => {
    const t = tidyTitle(clean(text, 200));
    if (!t || wordCount(t) > 12 || titles.some((x) => x.text === t && x.weight >= weight)) return;
    titles.push({ text: t, weight, from });
  };
  const years = new Set<number>();
  for (const e of evs) {
    if (e.title) add(e.title, e.structured ? 5 : (e.titleWeight ?? 1) >= 5 ? 4 : 3, e.source);
    if (e.year) years.add(e.year);
  }
  const heads = [ctx.postTitle, ...ctx.metaTitles].filter((h): h is string => !!h);
  heads.forEach((h, i) => headlinePieces(h).forEach((p, j) => add(p, i === 0 && j === 0 ? 3 : 2, 'headline')));
  for (const h of heads) {
    const y = splitYear(h).year;
    if (y) years.add(y);
  }
  const italics = (evs.find((e) => e.source === 'prose') as ProseEvidence | undefined)?.italics ?? [];
  for (const it of italics.slice(0, 15)) {
    add(it.text, it.year ? 3 : 2, 'italic');
    if (it.year) years.add(it.year);
  }
  add(slugTitle(ctx.url), 2, 'URL');
  const names = new Set<string>();
  for (const m of ctx.text.slice(0, 100_000).matchAll(NAME_RUN)) {
    names.add(m[0].replace(/[.'’-]+$/, ''));
    if (names.size >= MAX_NAMES) break;
  }
  return { titles: titles.slice(0, MAX_TITLES), names: [...names], years: [...years].slice(0, 20) };
}
