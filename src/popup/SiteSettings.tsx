import { useState } from 'preact/hooks';
import { request } from '../platform/messaging';
import type { RefusedWrites } from '../shared/messages/types';

/**
 * What this site may see and what it tried: painting on or off for the site
 * (painting is the one thing a page can see of Reel Notes), and the writes the
 * background refused from this tab (a page that drove saves, or a flood).
 */
export function SiteSettings(props: { tabId: number; painting: boolean; refused: RefusedWrites | undefined }) {
  const [painting, setPainting] = useState(props.painting);
  const [error, setError] = useState<string | null>(null);
  const toggle = async (paint: boolean) => {
    setPainting(paint);
    try {
      await request({ type: 'site/painting', tabId: props.tabId, paint });
      setError(null);
    } catch (e) {
      setPainting(!paint);
      setError((e as Error).message);
    }
  };
  return (
    <section class="site-settings stack" aria-label="This site">
      <label class="row">
        <input type="checkbox" checked={painting} onChange={(e) => void toggle((e.currentTarget as HTMLInputElement).checked)} />
        Paint highlights on this site
      </label>
      {error && <p class="error" role="alert">{error}</p>}
      {props.refused && props.refused.count > 0 && (
        <p class="error" role="status">
          Refused {props.refused.count} {props.refused.count === 1 ? 'write' : 'writes'} from this page (last at{' '}
          {new Date(props.refused.last).toLocaleTimeString()}): {props.refused.reason}
        </p>
      )}
    </section>
  );
}
