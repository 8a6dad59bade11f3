import { useContext } from 'react';
import { useStore } from 'zustand';
import { ChoiceButtons, type ChoiceOption } from '../prefs/ChoiceButtons';
import type { Lang } from './lang';
import { LangStoreContext, useT } from './useT';

// Each language is named in itself, so a reader who cannot read the current one still finds their own.
const OPTIONS: readonly ChoiceOption<Lang>[] = [
  { value: 'ja', label: '日本語', attrs: { 'data-lang': 'ja', lang: 'ja' } },
  { value: 'en', label: 'English', attrs: { 'data-lang': 'en', lang: 'en' } },
];

/** The language switch: [data-lang="ja"] and [data-lang="en"], the current one pressed. */
export function LangSwitch() {
  const store = useContext(LangStoreContext);
  const lang = useStore(store, (s) => s.value);
  const t = useT();
  return (
    <ChoiceButtons
      label={t('lang.label')}
      options={OPTIONS}
      value={lang}
      onChoose={store.getState().choose}
    />
  );
}
