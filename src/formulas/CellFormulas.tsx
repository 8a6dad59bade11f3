import type { Bilingual } from '../i18n/bilingual';
import type { Lang } from '../i18n/lang';
import { useLang } from '../i18n/useT';
import type { CellId } from '../notebook/cellIds';
import { Formula } from './Formula';
import { formulasOf } from './formulas';

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
          <div key={f.id} className="formula-row" data-formula-id={f.id}>
            <dt>
              <span lang={shown}>{f.label[shown]}</span>
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
