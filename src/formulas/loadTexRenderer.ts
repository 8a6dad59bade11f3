/** Turns TeX into HTML (see katexRenderer.ts). */
export type TexRenderer = (tex: string, display: boolean) => string;

let loading: Promise<TexRenderer | null> | null = null;
let loaded: TexRenderer | null = null;

/**
 * KaTeX, loaded once, on first use: it is too large to sit in the JavaScript that paints the first
 * numbers. Resolves to null when the chunk cannot be fetched (offline before it was cached), so that
 * formulas stay readable as TeX; the next call tries again.
 */
export function loadTexRenderer(): Promise<TexRenderer | null> {
  loading ??= import('./katexRenderer').then(
    (m) => (loaded = m.renderTex),
    () => {
      loading = null;
      return null;
    },
  );
  return loading;
}

/** The renderer if KaTeX has already loaded, so that later formulas typeset on their first render. */
export function loadedTexRenderer(): TexRenderer | null {
  return loaded;
}
