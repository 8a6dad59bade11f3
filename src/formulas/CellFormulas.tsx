import { useScrollFocus } from '../components/useScrollFocus';
import type { Bilingual } from '../i18n/bilingual';
import type { Lang } from '../i18n/lang';
import { useLang } from '../i18n/useT';
import type { CellId } from '../notebook/cellIds';
import { Formula } from './Formula';
import { formulasOf, type BookFormula } from './formulas';

const CAPTION: Bilingual = { ja: '本の式', en: "The book's equations" };

/**
 * The book's equations for one cell, each with what it says: in `lang` when given (the notebook export
 * picks one), else in the page's language. Renders nothing for a cell without equations of its own.
 */
export function CellFormulas({ cell, lang }: { cell: CellId; lang?: Lang }) {
  const pageLang = useLang();
  const shown = lang ?? pageLang;
  const formulas = formulasOf(cell);
  if (formulas.length === 0) return null;
  return (
    <figure className="formulas" data-formulas={cell}>
      <figcaption lang={shown}>{CAPTION[shown]}</figcaption>
      <dl>
        {formulas.map((f) => (
          <FormulaRow key={f.id} formula={f} lang={shown} />
        ))}
      </dl>
    </figure>
  );
}

/**
 * One equation and what it says. A wide equation scrolls sideways in its box (on a phone), which is then
 * a tab stop named by what the equation says.
 */
function FormulaRow({ formula, lang }: { formula: BookFormula; lang: Lang }) {
  const boxRef = useScrollFocus<HTMLDivElement>(formula.tex);
  return (
    <div className="formula-row" data-formula-id={formula.id}>
      <dt>
        <span lang={lang}>{formula.label[lang]}</span>
      </dt>
      <dd>
        <div className="formula-box" ref={boxRef} role="group" aria-label={formula.label[lang]}>
          <Formula tex={formula.tex} display />
        </div>
      </dd>
    </div>
  );
}
