/**
 * What the popup and the side panel both show for a tab: the film (or, on a
 * page that is not a review, "This is a review of…"), the passages not found
 * (above the fold), the critic beside the reader, other reviews of the film,
 * the diary entry (only for a review, or when the reader already wrote one),
 * the highlights, and one status line with Undo.
 */
import type { ComponentChildren } from 'preact';
import type { PopupState } from '../../shared/messages/types';
import { effectiveFilm, effectiveIsReview, emptyEntry, type PageRecord, type ReaderEntry } from '../../shared/records';
import { RefusedNotice } from './RefusedNotice';
import { FilmPanel } from './FilmPanel';
import { EntryForm } from './EntryForm';
import { HighlightList } from './HighlightList';
import { OrphanList } from './OrphanList';
import { YouAndCritic } from './YouAndCritic';
import { OtherReviews } from './OtherReviews';
import { NoticeBar, useNotice } from './use-notice';
import type { ItemActions } from './HighlightItem';

const isEmpty = (e: ReaderEntry) => JSON.stringify(e) === JSON.stringify(emptyEntry());

export function ReaderView(props: {
  state: PopupState;
  setPage: (page: PageRecord) => void;
  reload: () => void;
  focusHighlight?: string | null;
  footer?: ComponentChildren;
}) {
  const { state } = props;
  const tab = state.tab!;
  const pageId = tab.pageId!;
  const notices = useNotice();
  const detection = tab.detection ?? state.page?.detection ?? null;
  const correction = state.page?.correction ?? null;
  const isReview = effectiveIsReview(detection, correction);
  const film = effectiveFilm(detection, correction);
  const entry = state.page?.entry ?? null;
  const actions: ItemActions = { changed: props.reload, say: notices.say };
  const placed = state.highlights.filter((h) => h.lastStatus !== 'orphan');
  const orphans = state.highlights.filter((h) => h.lastStatus === 'orphan');

  return (
    <>
      <RefusedNotice refused={tab.refusedWrites} />
      <FilmPanel state={state} onChanged={props.setPage} />
      {isReview && <YouAndCritic review={detection?.review} yours={entry?.rating ?? null} />}
      {isReview && film.title && <OtherReviews pageId={pageId} film={film.title} year={film.year} version={correction} />}
      <OrphanList tabId={tab.tabId} orphans={orphans} focusHighlight={props.focusHighlight} actions={actions} />
      {(isReview || (entry && !isEmpty(entry))) && (
        <EntryForm key={pageId} tabId={tab.tabId} pageId={pageId} page={state.page} knownTags={state.knownTags} onSaved={props.setPage} />
      )}
      <HighlightList
        key={`hl-${pageId}`}
        tabId={tab.tabId}
        highlights={placed}
        total={state.highlights.length}
        hidden={Boolean(tab.paintingHidden)}
        focusHighlight={props.focusHighlight}
        actions={actions}
      />
      <NoticeBar notices={notices} />
      {props.footer}
    </>
  );
}
