import { pick } from '../i18n/bilingual';
import { useLang } from '../i18n/useT';

/** A text given in Japanese and English, shown in the page's language only (follows the language switch). */
export function Bi({ ja, en }: { readonly ja: string; readonly en: string }) {
  const lang = useLang();
  return <span lang={lang}>{pick({ ja, en }, lang)}</span>;
}
