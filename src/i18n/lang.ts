/** The two languages of the page: the seed's Japanese and English. */
export type Lang = 'ja' | 'en';

/** Every language, in the order the switch shows them. */
export const LANGS: readonly Lang[] = ['ja', 'en'];

/** Whether `value` names one of the page's languages (a stored preference may be anything). */
export function isLang(value: unknown): value is Lang {
  return value === 'ja' || value === 'en';
}

/**
 * The language a first visit starts in: the first of the browser's preferred languages the page speaks
 * (`ja`, `ja-JP`… → ja; `en-*` → en), and English when it speaks none of them.
 */
export function langOfBrowser(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'ja') return 'ja';
    if (primary === 'en') return 'en';
  }
  return 'en';
}
