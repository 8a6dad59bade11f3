import { useEffect, useState } from 'react';
import { loadedTexRenderer, loadTexRenderer, type TexRenderer } from './loadTexRenderer';

/** The TeX renderer once KaTeX has loaded (loading it on first use); null until then, or if it cannot. */
export function useTexRenderer(): TexRenderer | null {
  const [render, setRender] = useState<TexRenderer | null>(loadedTexRenderer);
  useEffect(() => {
    if (render) return;
    let live = true;
    void loadTexRenderer().then((r) => {
      if (live && r) setRender(() => r);
    });
    return () => {
      live = false;
    };
  }, [render]);
  return render;
}
