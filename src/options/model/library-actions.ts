/** What the views may do to the library; the App carries each action out through the background. */
import type { HighlightRecord, PageRecord } from '../../shared/records';
import type { FilmSummary as FilmRatingRecord } from '../../shared/records/films';
import type { HighlightRow, PageRow } from './library-model';

export interface LibraryActions {
  pageSaved(page: PageRecord): void;
  highlightSaved(highlight: HighlightRecord): void;
  deletePage(row: PageRow): Promise<void>;
  deleteHighlight(h: HighlightRow): Promise<void>;
  deleteRating(rating: FilmRatingRecord): Promise<void>;
}

/** What was just deleted and how to bring it back, as the undo bar offers it. */
export interface UndoOffer {
  id: number;
  message: string;
  undo: () => Promise<void>;
}
