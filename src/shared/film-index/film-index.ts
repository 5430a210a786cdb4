/** The offline film index in memory: films by title key, each with its people. Pure; loading lives elsewhere. */
import { fold } from '../film/text';
import { sameName } from '../film/names';
import { decodeIndex, fullArticle, toColumns, walkRefs, type IndexColumns, type IndexFile, type IndexedFilm } from './format';

/** Title key: folded, a leading article dropped ("The Beyond" and "Beyond" meet; people decide). */
export function titleKey(title: string): string {
  return fold(title).replace(/^(?:the|a|an) (?=.)/, '');
}

export class FilmIndex {
  private c: IndexColumns;

  /** From the logical shape (the build script, tests) or from decoded columns. */
  constructor(file: IndexFile | IndexColumns) {
    this.c = 'keys' in file ? file : toColumns(file, titleKey);
  }

  /** From the file's bytes (after gunzip). */
  static fromBytes(bytes: Uint8Array): FilmIndex {
    return new FilmIndex(decodeIndex(bytes));
  }

  get size(): number {
    return this.c.titles.length;
  }

  get attribution(): string {
    return this.c.attribution;
  }

  /** Position of the first film with this key, or -1 (keys are sorted: binary search). */
  private first(k: string): number {
    const keys = this.c.keys;
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid] < k) lo = mid + 1;
      else hi = mid;
    }
    return lo < keys.length && keys[lo] === k ? lo : -1;
  }

  /** Films whose title has this key (several: remakes, namesakes). */
  byTitle(title: string): IndexedFilm[] {
    const k = titleKey(title);
    const out: IndexedFilm[] = [];
    for (let i = this.first(k); i !== -1 && i < this.c.keys.length && this.c.keys[i] === k; i++) out.push(this.film(i));
    return out;
  }

  /**
   * The index's spelling of a person the index knows under a slightly different spelling ("Scarlett
   * Johanssen" → "Scarlett Johansson", same first name, see sameName), when exactly one person fits; null
   * when the name is spelt as the index spells it, or the index knows nobody (or several) like it.
   */
  usualSpelling(name: string): string | null {
    const k = fold(name);
    if (!k.includes(' ')) return null;
    this.byFirstName ??= peopleByFirstName(this.c.people);
    const like = this.byFirstName.get(firstName(name)) ?? [];
    if (like.some((p) => fold(p) === k)) return null;
    const fits = like.filter((p) => p.split(' ').length === name.split(' ').length && sameName(p, name));
    return fits.length === 1 ? fits[0] : null;
  }

  private byFirstName: Map<string, string[]> | null = null;

  hasTitle(title: string): boolean {
    return this.first(titleKey(title)) !== -1;
  }

  film(i: number): IndexedFilm {
    const { refs, refStart, people, titles, articles } = this.c;
    const lists: string[][] = [[], []];
    walkRefs(refs, refStart[i], (list, id) => lists[list].push(people[id]));
    const title = titles[i];
    const year = this.c.years[i];
    return { title, year, directors: lists[0], cast: lists[1], wikipedia: fullArticle(articles[i], title, year) };
  }
}

export const wikipediaUrl = (article: string) => `https://en.wikipedia.org/wiki/${encodeURIComponent(article).replace(/%2F/g, '/').replace(/%3A/g, ':')}`;

/**
 * The key of a person's bucket: the first word as written (names on pages and in the index are both
 * capitalised). Not folded: folding 27,000 names took 70 ms; this takes 5–10.
 */
const firstName = (name: string) => {
  const space = name.indexOf(' ');
  return space < 0 ? name : name.slice(0, space);
};

/** Built once, on the first spelling asked for (the background keeps the index loaded). */
function peopleByFirstName(people: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of people) {
    const first = firstName(p);
    const list = out.get(first);
    if (list) list.push(p);
    else out.set(first, [p]);
  }
  return out;
}
