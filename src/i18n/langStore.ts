import {
  createChoiceStore,
  preferenceStorage,
  type ChoiceStore,
  type PreferenceStorage,
} from '../prefs/choiceStore';
import { LANGS, langOfBrowser, type Lang } from './lang';

/** Where the reader's language is remembered. */
export const LANG_STORAGE_KEY = 'layer-explorer:lang';

/** The page's language as a preference store. */
export type LangStore = ChoiceStore<Lang>;

/**
 * A language store: the remembered choice, or on a first visit the browser's preferred languages
 * (`navigator.languages`).
 */
export function createLangStore(env: {
  storage: PreferenceStorage | null;
  languages: readonly string[];
}): LangStore {
  return createChoiceStore<Lang>({
    key: LANG_STORAGE_KEY,
    values: LANGS,
    fallback: () => langOfBrowser(env.languages),
    storage: env.storage,
  });
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** The page's language store. */
export const langStore: LangStore = createLangStore({
  storage: preferenceStorage(),
  languages: browserLanguages(),
});
