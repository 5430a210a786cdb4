/** The registry: runs every evidence adapter and combines their findings into one Detection. */
import type { Adapter, Evidence, PageContext } from './context';
import { firstByPriority, meta } from './context';
import type { CastMember, Detection, Film, ReviewInfo } from './types';
import { jsonLd } from './adapters/json-ld';
import { microdata, rdfa } from './adapters/microdata';
import { openGraph } from './adapters/open-graph';
import { hReview } from './adapters/hreview';
import { facts } from './adapters/facts';
import { postTitle } from './adapters/post-title';
import { taxonomy } from './adapters/taxonomy';
import { prose, type ProseEvidence } from './adapters/prose';
import { mergeCast, mergeNames, sameName } from './names';
import { clean, fold, wordCount } from './text';
import { decide, type Features } from './model';
import { linkCandidates, type LinkCandidates } from './candidates';

/** Strongest evidence first; the order is also the order of signals. */
export const ADAPTERS: ReadonlyArray<{ name: string; run: Adapter }> = [
  { name: 'json-ld', run: jsonLd },
  { name: 'microdata', run: microdata },
  { name: 'rdfa', run: rdfa },
  { name: 'open-graph', run: openGraph },
  { name: 'hreview', run: hReview },
  { name: 'facts', run: facts },
  { name: 'post title', run: postTitle },
  { name: 'taxonomy', run: taxonomy },
  { name: 'prose', run: prose },
];


function runAll(ctx: PageContext): Evidence[] {
  const out: Evidence[] = [];
  for (const a of ADAPTERS) {
    try {
      const ev = a.run(ctx);
      if (ev) out.push(ev);
    } catch {
      out.push({ source: a.name, signals: [`${a.name}: failed, ignored`], score: 0 });
    }
  }
  return out;
}

const YEAR_AFTER = /^\s*[([]\s*((?:18|19|20)\d\d)\s*[)\]]/;

/** "Title (2013)" in the text or right after an italicised title. */
function yearNear(ctx: PageContext, title: string): number | null {
  const hay = ctx.text.slice(0, 100_000);
  let i = hay.indexOf(title);
  for (let n = 0; i !== -1 && n < 50; n++) {
    const m = YEAR_AFTER.exec(hay.slice(i + title.length, i + title.length + 12));
    if (m) return Number(m[1]);
    i = hay.indexOf(title, i + title.length);
  }
  return null;
}

/** "Past Lives <small>2023</small>": a headline that is the title and a bare year. */
function headlineYear(ctx: PageContext, title: string): number | null {
  const h = ctx.postTitle ?? '';
  if (!h.startsWith(title)) return null;
  const m = /^\s*[–—-]?\s*((?:18|19|20)\d\d)$/.exec(h.slice(title.length));
  return m ? Number(m[1]) : null;
}

function chooseTitle(evs: Evidence[], ctx: PageContext, filmCategory: boolean): { title: string | null; year: number | null; from: string } {
  const cands: Array<{ title: string; w: number; year: number | null; from: string }> = [];
  for (const e of evs) {
    if (!e.title) continue;
    let w = e.titleWeight ?? 1;
    // The bare post title ("Her") is trusted only when the post is filed as a film review.
    if (e.source === 'post title' && w <= 4 && filmCategory) w = 6;
    cands.push({ title: e.title, w, year: e.year ?? null, from: e.source });
  }
  const italic = (evs.find((e) => e.source === 'prose') as ProseEvidence | undefined)?.italics ?? [];
  const it = italic.map((i) => i.text);
  const heads = [ctx.postTitle ?? '', ...ctx.metaTitles].map(fold).join(' | ');
  const inHead = it.find((t) => fold(t).length > 1 && (` ${heads} `).includes(` ${fold(t)} `));
  if (inHead) cands.push({ title: inHead, w: 5.5, year: null, from: 'italic title' });
  // "<em>Anatomy of a Fall</em> (2023)": an italicised title followed by its year.
  const withYear = italic.find((i) => i.year);
  if (withYear) cands.push({ title: withYear.text, w: 6.5, year: withYear.year, from: 'italic title' });
  cands.sort((a, b) => b.w - a.w);
  const best = cands[0];
  if (!best) return { title: null, year: null, from: '' };
  let title = best.title;
  // Headlines shorten titles ("'Fantastic Beasts'"); the italicised full title in the text wins.
  if (best.from !== 'json-ld' && best.from !== 'microdata' && best.from !== 'RDFa') {
    const f = fold(title);
    const longer = it.find((t) => fold(t).startsWith(f + ' ') && wordCount(t) <= 10);
    if (longer) title = longer;
  }
  return { title, year: best.year, from: best.from };
}

const AUTHOR_SELECTORS = ['.byline .author .fn', '.byline .fn', '.author.vcard .fn', '.post-author .fn', '.author-name', '[rel="author"]', '.byline a'];
const TIME_SELECTORS = ['article time[datetime]', 'time.entry-date[datetime]', 'time.published[datetime]', 'abbr.published[title]', 'time[datetime]'];

function reviewMeta(ctx: PageContext): ReviewInfo {
  const info: ReviewInfo = {};
  const doc = ctx.doc;
  const author =
    meta(doc, 'author') ||
    meta(doc, 'article:author') ||
    clean(firstByPriority(doc, AUTHOR_SELECTORS)?.textContent, 100);
  if (author && !/^https?:/.test(author)) info.author = author;
  const pub = meta(doc, 'article:published_time') || (() => {
    const t = firstByPriority(doc, TIME_SELECTORS);
    return clean(t?.getAttribute('datetime') ?? t?.getAttribute('title'), 60);
  })();
  if (pub) info.published = pub;
  return info;
}

const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|me|myself)\b/g;
const OPINION = /\b(?:recommend(?:ed)?|enjoy(?:ed)?|loved|liked|disappointing|disappointed|brilliant|masterpiece|overrated|underrated|worth (?:watching|seeing|a watch)|must-see|boring|gripping|stunning|mesmeri[sz]ing|forgettable|memorable|entertaining|flawed|compelling|captivating|tedious|superb|excellent|terrible|awful)\b/gi;

/**
 * Section names of a reference entry about a film or a person (an encyclopedia or database page): a
 * review is one voice on one film and has none of these as headings, or one at most ("Cast").
 */
const REFERENCE_HEADINGS = new Set([
  'plot', 'cast', 'production', 'development', 'casting', 'filming', 'release', 'reception', 'critical reception',
  'critical response', 'box office', 'accolades', 'awards and nominations', 'soundtrack', 'references', 'notes',
  'external links', 'see also', 'further reading', 'early life', 'career', 'personal life', 'filmography',
]);
/** "Her is a 2013 American science-fiction romantic drama film …": the definition that opens a reference entry. */
const DEFINITION = /^[^.]{1,120}?\b(?:is|was) an? (?:(?:18|19|20)\d\d )?[^.]{0,120}?\b(?:film|movie)\b/;

/** How much the page reads like a reference entry: two or more distinct reference headings, and a definition first. */
function referenceShape(ctx: PageContext): number {
  const seen = new Set<string>();
  for (const h of ctx.doc.querySelectorAll('h2, h3')) {
    const name = (h.textContent ?? '').trim().toLowerCase().replace(/\s+/g, ' ').replace(/\[edit\]$/, '').trim();
    if (REFERENCE_HEADINGS.has(name)) seen.add(name);
    if (seen.size >= 6) break;
  }
  if (seen.size < 2) return 0;
  // Many reviews open with a definition too: it counts only on a page with the headings.
  return Math.min(2, seen.size / 3) + (DEFINITION.test(ctx.text.slice(0, 400)) ? 1 : 0);
}

const countUpTo = (text: string, re: RegExp, max: number) => {
  let n = 0;
  for (const _ of text.matchAll(re)) if (++n >= max) break;
  return n;
};

/** The model's inputs: each adapter's support (summed per source), all counter-evidence together, the prose's voice. */
function featuresOf(evs: Evidence[], ctx: PageContext): Features {
  const f: Record<string, number> = {};
  let counter = 0;
  for (const e of evs) {
    // Feature names are lower case ("RDFa" evidence is the "rdfa" feature).
    const key = e.source.toLowerCase();
    f[key] = (f[key] ?? 0) + Math.max(0, e.score);
    counter += Math.min(0, e.score);
  }
  if (counter) f.counter = -counter;
  // A review is someone's opinion: first person and evaluative words, per the first 30,000 characters.
  const sample = ctx.text.slice(0, 30_000);
  const fp = countUpTo(sample, FIRST_PERSON, 10);
  if (fp) f['first person'] = fp / 10;
  const op = countUpTo(sample, OPINION, 5);
  if (op) f.opinion = op / 5;
  if (evs.some((e) => e.source === 'prose' && e.review?.rating)) f.rated = 1;
  if (ctx.article) f.article = 1;
  const reference = referenceShape(ctx);
  if (reference) f.reference = reference;
  return f as Features;
}

export interface Analysis { detection: Detection; candidates: LinkCandidates }

/** Everything the page alone says: the detection without the film index, and what to link it with. */
export function analyse(ctx: PageContext): Analysis {
  const evs = runAll(ctx);
  const features = featuresOf(evs, ctx);
  const { isReview, confidence } = decide(features);
  const signals = evs.flatMap((e) => e.signals).slice(0, 16);
  const structured = evs.filter((e) => e.structured && e.title);
  const filmCategory = evs.some((e) => e.source === 'taxonomy' && e.score >= 3);
  const spellings = evs.flatMap((e) => e.spellings ?? []);
  const candidates = linkCandidates(ctx, evs);

  const { title, year: titleYear } = chooseTitle(evs, ctx, filmCategory);
  const year =
    titleYear ?? structured.find((e) => e.year)?.year ?? evs.find((e) => e.year)?.year ?? (title ? yearNear(ctx, title) ?? headlineYear(ctx, title) : null);
  if (year && !candidates.years.includes(year)) candidates.years.push(year);

  const proseEv = evs.find((e) => e.source === 'prose');
  const sDirectors = structured.flatMap((e) => e.directors ?? []);
  let directors = mergeNames(sDirectors.length ? sDirectors : proseEv?.directors ?? [], spellings);

  const castLists: Array<{ rank: number; cast: CastMember[] }> = [];
  for (const e of structured) if (e.cast?.length) castLists.push({ rank: 3, cast: e.cast });
  if (proseEv?.cast?.length) {
    const dropped = proseEv.cast.filter(
      (c) => !directors.some((d) => sameName(d, c.name)) && !(title && fold(c.name) === fold(title)),
    );
    castLists.push({ rank: 1, cast: dropped });
  }
  const cast = mergeCast(castLists, spellings);
  directors = directors.filter((d) => !cast.some((c) => c.character && sameName(c.character, d)));

  const review: ReviewInfo = reviewMeta(ctx);
  for (const e of [...structured, ...evs.filter((x) => !x.structured)]) {
    if (!e.review) continue;
    if (e.review.author && !review.author) review.author = e.review.author;
    if (e.review.author && e.structured) review.author = e.review.author;
    if (e.review.published && e.structured) review.published = e.review.published;
    if (e.review.rating && !review.rating) review.rating = e.review.rating;
  }
  const film: Film = { title, year: year ?? null, directors, cast };
  return { detection: { isReview, confidence, signals, film, review, features: features as Record<string, number> }, candidates };
}
