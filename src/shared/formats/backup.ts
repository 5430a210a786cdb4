/**
 * The versioned JSON backup of everything the reader saved.
 *
 * `makeBackup` writes records in a stable order with stable key order, so that
 * export → wipe → import → export gives the same JSON apart from `exportedAt`.
 * `parseBackup` checks the whole file before anything is written and refuses it
 * with an {@link ImportError} naming the first problem.
 * Pure: no browser APIs.
 */
import * as v from 'valibot';
import { HighlightRecordSchema } from '../records/highlight';
import { PageRecordSchema } from '../records/page';
import type { HighlightRecord, PageRecord } from '../records';
import { clip, describe, ImportError, sortLibrary, type Library } from './library';
import { FilmRecordSchema, fromLegacyRating, type FilmRecord, type LegacyFilmRating } from '../records/films';
import { LegacyFilmRatingSchema } from './legacy-films';
import { LIMITS } from '../records/limits';

export const BACKUP_FORMAT = 'reel-notes-backup';
/** 2: films are identities with a diary (schema v4). Version 1 files are still read. */
export const BACKUP_VERSION = 2;
/** Larger files are refused before parsing: the importer's one limit (LIMITS.importFile). */
export const MAX_BACKUP_CHARS = LIMITS.importFile;

export interface Backup extends Library {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
}

const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: v.pipe(v.string(), v.maxLength(100)),
  pages: v.array(PageRecordSchema),
  highlights: v.array(HighlightRecordSchema),
  films: v.optional(v.array(FilmRecordSchema)),
});

/** Version 1: films as one folded rating each (schema v2/v3). */
const BackupV1Schema = v.object({ ...BackupSchema.entries, version: v.literal(1), films: v.optional(v.array(LegacyFilmRatingSchema)) });

/** The keys that lead each record, so a backup reads well; the rest follow alphabetically. */
const LEADING_KEYS = ['format', 'version', 'exportedAt', 'id', 'pageId', 'type', 'url', 'title'];

/** A copy with keys in a stable order and `undefined` members dropped, as JSON would. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const src = value as Record<string, unknown>;
  const keys = Object.keys(src).sort((a, b) => {
    const ia = LEADING_KEYS.indexOf(a);
    const ib = LEADING_KEYS.indexOf(b);
    if (ia !== ib) return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    if (src[k] === undefined) continue;
    // defineProperty: a key named "__proto__" stays data, never a prototype.
    Object.defineProperty(out, k, { value: canonical(src[k]), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** The backup object for a library; `JSON.stringify(makeBackup(...), null, 2)` is the file. */
export function makeBackup(lib: Library, exportedAt: string): Backup {
  const sorted = sortLibrary(lib);
  return canonical({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    pages: sorted.pages,
    highlights: sorted.highlights,
    films: sorted.films ?? [],
  }) as Backup;
}

/**
 * The backup file a part at a time, exactly as `JSON.stringify(makeBackup(lib,
 * exportedAt), null, 2)` writes it whole, so that a library of any size is
 * written from bounded reads (issue 12). Sections come in the file's order
 * (`films`, `highlights`, `pages`: keys after the leading ones are sorted), each fed its records in backup order
 * (pages and films by id; highlights by page, creation, id; see
 * `sortLibrary`). `emit` receives the text in order (a Blob's parts).
 */
const NESTED_HEAD = '{\n  "x": [';
const NESTED_TAIL = '\n  ]\n}';

export function backupWriter(exportedAt: string, emit: (text: string) => void) {
  const head = JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt }, null, 2);
  emit(head.slice(0, -2));
  const order = Object.keys(canonical({ pages: 0, highlights: 0, films: 0 }) as object) as ('pages' | 'highlights' | 'films')[];
  let section = -1;
  let count = 0;
  const close = () => {
    if (section >= 0) emit(count ? '\n  ]' : ']');
  };
  const open = (name: 'pages' | 'highlights' | 'films') => {
    const at = order.indexOf(name);
    if (at < section) throw new Error(`backupWriter: ${name} after ${order[section]}`);
    while (section < at) {
      close();
      section++;
      count = 0;
      emit(`,\n  "${order[section]}": [`);
    }
  };
  return {
    /** Records of one section, in backup order, after every record of the sections before it. */
    add(name: 'pages' | 'highlights' | 'films', records: readonly unknown[]): void {
      open(name);
      if (!records.length) return;
      // One stringify per chunk, nested as deep as the file nests it: its records come out indented as in the whole file.
      const nested = JSON.stringify({ x: canonical(records) }, null, 2);
      emit(`${count ? ',' : ''}${nested.slice(NESTED_HEAD.length, -NESTED_TAIL.length)}`);
      count += records.length;
    },
    end(): void {
      open(order[order.length - 1]);
      close();
      emit('\n}');
    },
  };
}

/** Parses JSON text into a value, refusing truncated or oversized text with a readable reason. */
export function parseJsonText(text: string, what: string): unknown {
  if (text.length > MAX_BACKUP_CHARS) throw new ImportError(`${what} is too large to import (${Math.round(text.length / 1e6)} MB): Reel Notes imports files of up to ${MAX_BACKUP_CHARS / 1e6} MB`);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(detail);
    const atEnd = at !== null && Number(at[1]) >= text.trimEnd().length - 1;
    const hint = atEnd || /end of (json|data)|unterminated|unexpected end/i.test(detail) ? ' — the file looks truncated' : '';
    throw new ImportError(`${what} is not valid JSON${hint} (${clip(detail, 200)})`, { cause: e });
  }
}

/** A short, safe rendering of any value for an error message. */
export function preview(x: unknown): string {
  if (typeof x === 'string') return `"${clip(x, 40)}"`;
  if (typeof x === 'number' || typeof x === 'boolean' || x === null || x === undefined) return String(x);
  return Array.isArray(x) ? 'a list' : typeof x === 'object' ? 'an object' : typeof x;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Validates a backup (JSON text or an already parsed value) and returns its
 * records. Throws {@link ImportError} on anything wrong: not JSON, another
 * format, a future version, a record that does not fit its schema, duplicate
 * ids, or a highlight whose page is not in the file.
 */
export function parseBackup(json: unknown): Library {
  const data = typeof json === 'string' ? parseJsonText(json, 'The backup') : json;
  if (!isObject(data)) throw new ImportError('This is not a Reel Notes backup: expected a JSON object at the top level');
  if (data.format !== BACKUP_FORMAT) {
    const got = typeof data.format === 'string' ? ` (its format is "${clip(data.format, 60)}")` : '';
    throw new ImportError(`This is not a Reel Notes backup${got}: the "format" field must be "${BACKUP_FORMAT}"`);
  }
  if (typeof data.version === 'number' && Number.isInteger(data.version) && data.version > BACKUP_VERSION) {
    throw new ImportError(
      `This backup was made by a newer Reel Notes (backup version ${data.version}); update the extension, then import it again`,
    );
  }
  if (data.version !== BACKUP_VERSION && data.version !== 1) {
    throw new ImportError(`version: this Reel Notes reads backup versions 1 to ${BACKUP_VERSION}, the file says ${preview(data.version)}`);
  }
  const result = data.version === 1 ? v.safeParse(BackupV1Schema, data, { abortEarly: true }) : v.safeParse(BackupSchema, data, { abortEarly: true });
  if (!result.success) throw new ImportError(`${describe(result.issues)}`);
  const out = result.output as { version: number; pages: PageRecord[]; highlights: HighlightRecord[]; films?: unknown[] };
  const { pages, highlights } = out;
  const films: FilmRecord[] = out.version === 1 ? ((out.films ?? []) as LegacyFilmRating[]).map(fromLegacyRating) : ((out.films ?? []) as FilmRecord[]);
  checkIdentities(pages, highlights);
  const filmIds = new Set<string>();
  films.forEach((f, i) => {
    if (filmIds.has(f.id)) throw new ImportError(`films[${i}].id: the film ${clip(f.id, 60)} appears twice`);
    filmIds.add(f.id);
  });
  return { pages, highlights, films };
}

/** Ids unique, every highlight's page present: what a schema cannot say. */
export function checkIdentities(pages: PageRecord[], highlights: HighlightRecord[]): void {
  const pageIds = new Map<string, number>();
  pages.forEach((p, i) => {
    const first = pageIds.get(p.id);
    if (first !== undefined) throw new ImportError(`pages[${i}].id: the page ${p.id} appears twice (also pages[${first}])`);
    pageIds.set(p.id, i);
  });
  const highlightIds = new Map<string, number>();
  highlights.forEach((h, i) => {
    const first = highlightIds.get(h.id);
    if (first !== undefined) throw new ImportError(`highlights[${i}].id: the highlight ${h.id} appears twice (also highlights[${first}])`);
    highlightIds.set(h.id, i);
    if (!pageIds.has(h.pageId)) throw new ImportError(`highlights[${i}].pageId: its page ${h.pageId} is not in the backup`);
    for (const s of h.selectors) {
      if (s.type === 'TextPositionSelector' && s.end < s.start) {
        throw new ImportError(`highlights[${i}].selectors: a TextPositionSelector ends before it starts`);
      }
    }
  });
}
