import { useState } from 'preact/hooks';
import { request } from '../platform/messaging';

/**
 * Painting on or off for the site: painting is the one thing a page can see
 * of Reel Notes. (What the site tried and was refused: ui/reader/RefusedNotice.)
 */
export function SiteSettings(props: { tabId: number; painting: boolean }) {
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
    </section>
  );
}
