/**
 * What a write from the reader's surfaces (popup, side panel, library) says:
 * each changed field with what it was based on. A set (tags) is sent as what
 * was added and removed, so that changes made elsewhere meanwhile combine; a
 * text or a value as `from` (what the reader's copy held) and `to`, so that
 * the background can tell an edit made on a stale copy and merge it rather
 * than overwrite (see ../edits/).
 */
import * as v from 'valibot';
import { HalfStarSchema, IsoDateSchema, TagsSchema } from './entry';
import { ColorSchema } from './highlight';
import { CorrectionSchema } from './page';
import { LIMITS } from './limits';
import { str } from './schema-parts';

const change = <S extends v.GenericSchema>(schema: S) => v.strictObject({ from: schema, to: schema });
const SetChangeSchema = v.strictObject({ add: TagsSchema, remove: TagsSchema });

export const EntryEditSchema = v.strictObject({
  rating: v.optional(change(v.nullable(HalfStarSchema))),
  liked: v.optional(change(v.boolean())),
  rewatch: v.optional(change(v.boolean())),
  watchedDate: v.optional(change(v.nullable(IsoDateSchema))),
  tags: v.optional(SetChangeSchema),
  note: v.optional(change(str(LIMITS.note))),
});

export const HighlightEditSchema = v.strictObject({
  note: v.optional(change(str(LIMITS.note))),
  color: v.optional(change(ColorSchema)),
});

export const CorrectionEditSchema = v.strictObject({
  correction: v.optional(change(v.nullable(CorrectionSchema))),
});

export type EntryEdit = v.InferOutput<typeof EntryEditSchema>;
export type HighlightEdit = v.InferOutput<typeof HighlightEditSchema>;
export type CorrectionEdit = v.InferOutput<typeof CorrectionEditSchema>;
