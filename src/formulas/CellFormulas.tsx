import type { CellId } from '../notebook/cellIds';
import { Formula } from './Formula';
import { formulasOf, type BookFormula } from './formulas';

function Label({ formula, lang }: { formula: BookFormula; lang?: 'ja' | 'en' }) {
  if (lang) return <span lang={lang}>{formula.label[lang]}</span>;
  return (
    <>
      <span lang="ja">{formula.label.ja}</span> · <span lang="en">{formula.label.en}</span>
    </>
  );
}

/**
 * The book's equations for one cell, each with what it says: in `lang` alone, or in Japanese and
 * English when no language is given. Renders nothing for a cell without equations of its own.
 */
export function CellFormulas({ cell, lang }: { cell: CellId; lang?: 'ja' | 'en' }) {
  const formulas = formulasOf(cell);
  if (formulas.length === 0) return null;
  return (
    <figure className="formulas" data-formulas={cell}>
      <figcaption>
        {lang === 'en' ? "The book's equations" : lang === 'ja' ? '本の式' : "本の式 · The book's equations"}
      </figcaption>
      <dl>
        {formulas.map((f) => (
          <div key={f.id} className="formula-row" data-formula-id={f.id}>
            <dt>
              <Label formula={f} lang={lang} />
            </dt>
            <dd>
              <Formula tex={f.tex} display />
            </dd>
          </div>
        ))}
      </dl>
    </figure>
  );
}
