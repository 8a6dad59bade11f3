import type { Lang } from './lang';

/** A text in both of the page's languages; the notebook's data (titles, commentary, pitfalls) is made of these. */
export interface Bilingual {
  readonly ja: string;
  readonly en: string;
}

/** The rendering of `text` in `lang`. */
export function pick(text: Bilingual, lang: Lang): string {
  return text[lang];
}
