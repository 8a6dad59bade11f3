import type { CommentaryNote } from '../notebook/cellDefinition';

/** A cell's commentary: each note in Japanese and English side by side, the seed's told apart from ours. */
export function Commentary({ notes }: { notes: readonly CommentaryNote[] }) {
  if (notes.length === 0) return null;
  return (
    <div className="commentary">
      {notes.map((note, i) => (
        <div key={i} className={`note note-${note.source}`} data-note-source={note.source}>
          <span className="note-badge">
            {note.source === 'seed' ? 'シードのメモ · from the seed' : '補足 · our note'}
          </span>
          <p lang="ja">{note.text.ja}</p>
          <p lang="en">{note.text.en}</p>
        </div>
      ))}
    </div>
  );
}
