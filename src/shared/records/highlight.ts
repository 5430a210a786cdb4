/** A passage the reader highlighted, with its note; an orphan is kept, never dropped. */
import * as v from 'valibot';
import { HIGHLIGHT_COLORS, LIMITS } from './limits';
import { PageRecordSchema } from './page';
import { recordId, revision, str, time, httpUrl } from './schema-parts';
import { SelectorsSchema } from './selector';
import { TagsSchema } from './entry';

export const ColorSchema = v.picklist(HIGHLIGHT_COLORS);

export const HighlightRecordSchema = v.object({
  id: recordId,
  pageId: httpUrl('highlight pageId'),
  text: v.pipe(str(LIMITS.text), v.minLength(1)),
  selectors: SelectorsSchema,
  color: ColorSchema,
  note: str(LIMITS.note),
  /** Tags of the passage itself (imported annotations carry them); absent when it has none. */
  tags: v.optional(TagsSchema),
  /** Where the last visit found it. */
  lastStatus: v.picklist(['placed', 'orphan', 'unknown']),
  createdAt: time,
  updatedAt: time,
  /** Since schema v5: one more on every edit of the note, colour or passage (absent in older backups: 0). */
  rev: v.optional(revision),
});

/** A page with its highlights, as deleted (for undo) and restored. */
export const PageSnapshotSchema = v.object({
  page: PageRecordSchema,
  highlights: v.array(HighlightRecordSchema),
});

export type HighlightRecord = v.InferOutput<typeof HighlightRecordSchema>;
export type PageSnapshot = v.InferOutput<typeof PageSnapshotSchema>;
