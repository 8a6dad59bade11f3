import { pick } from '../i18n/bilingual';
import { SeedText } from '../i18n/SeedText';
import { useLang, useT } from '../i18n/useT';
import type { CommentaryNote } from '../notebook/cellDefinition';

/**
 * A cell's commentary in the page's language, the seed's notes told apart from ours. The seed's notes keep
 * their Japanese original one click away in English.
 */
export function Commentary({ notes }: { notes: readonly CommentaryNote[] }) {
  const lang = useLang();
  const t = useT();
  if (notes.length === 0) return null;
  return (
    <div className="commentary">
      {notes.map((note, i) => (
        <div key={i} className={`note note-${note.source}`} data-note-source={note.source}>
          <span className="note-badge">{note.source === 'seed' ? t('note.seed') : t('note.ours')}</span>
          {note.source === 'seed' ? (
            <SeedText text={note.text} />
          ) : (
            <p lang={lang}>{pick(note.text, lang)}</p>
          )}
        </div>
      ))}
    </div>
  );
}
