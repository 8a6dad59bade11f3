import type { Bilingual } from './bilingual';
import { useLang, useT } from './useT';

/**
 * A paragraph from the seed. The seed's Japanese is the original: in Japanese it is shown as it is; in
 * English the rendering comes first and the original stays one click away ("原文 / original").
 */
export function SeedText({ text, className }: { text: Bilingual; className?: string }) {
  const lang = useLang();
  const t = useT();
  if (lang === 'ja') {
    return (
      <p lang="ja" className={className}>
        {text.ja}
      </p>
    );
  }
  return (
    <>
      <p lang="en" className={className}>
        {text.en}
      </p>
      <details className="original" data-original="">
        <summary>{t('original.summary')}</summary>
        <p lang="ja">{text.ja}</p>
      </details>
    </>
  );
}

/**
 * A heading from the seed, inside an `<h2>` or a link: in English its rendering followed by the seed's
 * Japanese, small (a heading cannot hold a disclosure, and the original is short).
 */
export function SeedHeading({ text }: { text: Bilingual }) {
  const lang = useLang();
  const t = useT();
  if (lang === 'ja') return <span lang="ja">{text.ja}</span>;
  return (
    <>
      <span lang="en">{text.en}</span>{' '}
      <span className="original-inline" lang="ja" title={t('original.title')} data-original="">
        {text.ja}
      </span>
    </>
  );
}
