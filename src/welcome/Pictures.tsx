/** Three small drawings for the three steps: select on a review, rate and note beside it, find it again in the library. */
const Page = () => (
  <>
    <rect class="pic-page" x="4" y="4" width="152" height="92" rx="6" />
    {[18, 30, 42, 54, 66, 78].map((y) => <rect class="pic-line" x="16" y={y} width={y === 78 ? 80 : 128} height="5" rx="2" />)}
  </>
);

export const SelectPicture = () => (
  <svg viewBox="0 0 160 100" aria-hidden="true">
    <Page />
    <rect class="pic-mark" x="40" y="38" width="100" height="13" rx="2" />
    <rect class="pic-accent" x="84" y="56" width="56" height="14" rx="4" />
  </svg>
);

export const PanelPicture = () => (
  <svg viewBox="0 0 160 100" aria-hidden="true">
    <rect class="pic-page" x="4" y="4" width="96" height="92" rx="6" />
    {[18, 30, 42, 54].map((y) => <rect class="pic-line" x="14" y={y} width="76" height="5" rx="2" />)}
    <rect class="pic-page" x="104" y="4" width="52" height="92" rx="6" />
    {[0, 1, 2, 3].map((i) => <circle class="pic-star" cx={114 + i * 10} cy="20" r="4" />)}
    {[34, 44, 54].map((y) => <rect class="pic-line" x="110" y={y} width="40" height="5" rx="2" />)}
  </svg>
);

export const LibraryPicture = () => (
  <svg viewBox="0 0 160 100" aria-hidden="true">
    <rect class="pic-page" x="4" y="4" width="152" height="92" rx="6" />
    <rect class="pic-line" x="14" y="14" width="132" height="10" rx="3" />
    {[32, 48, 64, 80].map((y) => (
      <>
        <rect class="pic-accent" x="14" y={y} width="8" height="8" rx="2" />
        <rect class="pic-line" x="28" y={y + 1} width="110" height="5" rx="2" />
      </>
    ))}
  </svg>
);
