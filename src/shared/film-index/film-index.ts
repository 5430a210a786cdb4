/** The offline film index in memory: films by title key, each with its people. Pure; loading lives elsewhere. */
import { fold } from '../film/text';
import { INDEX_VERSION, type IndexFile, type IndexedFilm } from './format';

/** Title key: folded, a leading article dropped ("The Beyond" and "Beyond" meet; people decide). */
export function titleKey(title: string): string {
  return fold(title).replace(/^(?:the|a|an) (?=.)/, '');
}

export class FilmIndex {
  private byKey = new Map<string, number[]>();

  constructor(private file: IndexFile) {
    if (file.version !== INDEX_VERSION || !Array.isArray(file.films) || !Array.isArray(file.people)) {
      throw new Error(`film index: unsupported format (version ${String(file.version)})`);
    }
    file.films.forEach((row, i) => {
      const k = titleKey(row[0]);
      const list = this.byKey.get(k);
      if (list) list.push(i);
      else this.byKey.set(k, [i]);
    });
  }

  get size(): number {
    return this.file.films.length;
  }

  get attribution(): string {
    return this.file.attribution;
  }

  /** Films whose title has this key (several: remakes, namesakes). */
  byTitle(title: string): IndexedFilm[] {
    return (this.byKey.get(titleKey(title)) ?? []).map((i) => this.film(i));
  }

  hasTitle(title: string): boolean {
    return this.byKey.has(titleKey(title));
  }

  film(i: number): IndexedFilm {
    const [title, year, dirs, cast, href] = this.file.films[i];
    const p = this.file.people;
    return { title, year, directors: dirs.map((d) => p[d]), cast: cast.map((c) => p[c]), wikipedia: href ?? title.replace(/ /g, '_') };
  }
}

export const wikipediaUrl = (article: string) => `https://en.wikipedia.org/wiki/${encodeURIComponent(article).replace(/%2F/g, '/').replace(/%3A/g, ':')}`;
