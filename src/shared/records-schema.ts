/**
 * Validation of stored records as they arrive from outside the database
 * (backup import, undo snapshots). Mirrors records.ts.
 */
import * as v from 'valibot';
import { ColorSchema, CorrectionSchema, DetectionSchema, EntryPatchSchema, SelectorSchema } from './messages/schema';

const str = (max = 8_000) => v.pipe(v.string(), v.maxLength(max));
const time = v.pipe(v.number(), v.integer(), v.minValue(0));

export const ReaderEntrySchema = v.required(EntryPatchSchema);

export const PageRecordSchema = v.object({
  id: v.pipe(str(), v.regex(/^https?:\/\//i, 'page id must be an http(s) URL')),
  url: v.pipe(str(), v.regex(/^https?:\/\//i, 'page url must be an http(s) URL')),
  aliases: v.pipe(v.array(str()), v.maxLength(1_000)),
  site: str(500),
  postTitle: str(2_000),
  detection: v.nullable(DetectionSchema),
  correction: v.nullable(CorrectionSchema),
  entry: ReaderEntrySchema,
  createdAt: time,
  updatedAt: time,
});

export const HighlightRecordSchema = v.object({
  id: v.pipe(str(200), v.minLength(1)),
  pageId: v.pipe(str(), v.regex(/^https?:\/\//i, 'highlight pageId must be an http(s) URL')),
  text: v.pipe(str(20_000), v.minLength(1)),
  selectors: v.pipe(v.array(SelectorSchema), v.minLength(1), v.maxLength(5)),
  color: ColorSchema,
  note: str(100_000),
  tags: v.optional(v.pipe(v.array(v.pipe(str(100), v.minLength(1))), v.maxLength(100))),
  lastStatus: v.picklist(['placed', 'orphan', 'unknown']),
  createdAt: time,
  updatedAt: time,
});

export const SnapshotSchema = v.object({
  page: PageRecordSchema,
  highlights: v.array(HighlightRecordSchema),
});

/** valibot issues, as one sentence a reader can act on. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 5)
    .map((i) => {
      const path = v.getDotPath(i);
      return path ? `${path}: ${i.message}` : i.message;
    })
    .join('; ');
}
