/** A text in Japanese and English side by side (the app shows both until it gets a language switch). */
export function Bi({ ja, en }: { readonly ja: string; readonly en: string }) {
  return (
    <>
      <span lang="ja">{ja}</span>{' '}
      <span lang="en" className="bi-en">
        {en}
      </span>
    </>
  );
}
