import type { RefusedWrites } from '../../shared/messages/types';

/**
 * The writes the background refused from this tab (a page that drove saves,
 * or a flood): said where the reader looks, in the popup and the side panel,
 * never silent.
 */
export function RefusedNotice(props: { refused: RefusedWrites | undefined }) {
  const refused = props.refused;
  if (!refused || refused.count === 0) return null;
  return (
    <p class="error refused-writes" role="status">
      Refused {refused.count} {refused.count === 1 ? 'write' : 'writes'} from this page (last at{' '}
      {new Date(refused.last).toLocaleTimeString()}): {refused.reason}
    </p>
  );
}
