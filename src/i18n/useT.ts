import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { pick, type Bilingual } from './bilingual';
import type { Lang } from './lang';
import { langStore, type LangStore } from './langStore';
import { TRANSLATORS, type Translate } from './translate';

/** Which language store the components below read: the page's own unless a test provides another. */
export const LangStoreContext = createContext<LangStore>(langStore);

/** The page's language; the component re-renders when it changes. */
export function useLang(): Lang {
  return useStore(useContext(LangStoreContext), (s) => s.value);
}

/** `t(key, params?)` in the page's language: `const t = useT(); t('share.copied')`. */
export function useT(): Translate {
  return TRANSLATORS[useLang()];
}

/** `pick` bound to the page's language, for {ja, en} pairs: `const p = usePick(); p(def.title)`. */
export function usePick(): (text: Bilingual) => string {
  const lang = useLang();
  return (text) => pick(text, lang);
}
