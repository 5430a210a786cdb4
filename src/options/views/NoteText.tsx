/** A note as the reader wrote it: Markdown rendered by the popup's safe renderer, searched words marked. */
import { Markdown } from '../../ui/markdown';
import { markText, useNeedles } from './search-context';

export function NoteText(props: { source: string; class?: string }) {
  const needles = useNeedles();
  return (
    <div class={`note ${props.class ?? ''}`}>
      <Markdown source={props.source} text={(t) => markText(t, needles)} />
    </div>
  );
}
