import { useContext } from 'react';
import { useT } from '../i18n/useT';
import { ChoiceButtons, type ChoiceOption } from '../prefs/ChoiceButtons';
import type { ThemeChoice } from './theme';
import { ThemeStoresContext } from './themeStores';
import { useThemeChoice } from './useTheme';

/** The theme switch: [data-theme-choice="system|light|dark"], the current choice pressed. */
export function ThemeSwitch() {
  const { choice } = useContext(ThemeStoresContext);
  const value = useThemeChoice();
  const t = useT();
  const options: readonly ChoiceOption<ThemeChoice>[] = [
    { value: 'system', label: t('theme.system'), attrs: { 'data-theme-choice': 'system' } },
    { value: 'light', label: t('theme.light'), attrs: { 'data-theme-choice': 'light' } },
    { value: 'dark', label: t('theme.dark'), attrs: { 'data-theme-choice': 'dark' } },
  ];
  return (
    <ChoiceButtons
      label={t('theme.label')}
      options={options}
      value={value}
      onChoose={choice.getState().choose}
    />
  );
}
