import { SeedHeading } from './i18n/SeedText';
import { LangSwitch } from './i18n/LangSwitch';
import { usePick, useT } from './i18n/useT';
import { CELL_IDS } from './notebook/cellIds';
import { CELLS } from './notebook/cells';
import { ThemeSwitch } from './theme/ThemeSwitch';

// The seed's own heading above its sections.
const SEED_TITLE = { ja: '活性化関数レイヤの実装', en: 'Implementing the activation function layers' };

/** The page header: the app's name, the book's chapter, the language and theme switches, and the contents. */
export function AppHeader() {
  const t = useT();
  const pick = usePick();
  return (
    <header className="app-header">
      <div className="app-header-top">
        <h1>
          Layer Explorer <span className="app-subtitle">{t('app.subtitle')}</span>
        </h1>
        <div className="app-settings" role="group" aria-label={t('app.settings')}>
          <LangSwitch />
          <ThemeSwitch />
        </div>
      </div>
      <nav aria-label={t('app.sections')}>
        <ol className="toc">
          {CELL_IDS.map((id) => (
            <li key={id}>
              <a href={`#${id}`}>{pick(CELLS[id].title)}</a>
            </li>
          ))}
        </ol>
      </nav>
    </header>
  );
}

/** What the page is and how to use it. */
export function Intro() {
  const t = useT();
  return (
    <section className="intro" aria-label={t('intro.label')}>
      <p className="intro-kicker">
        <SeedHeading text={SEED_TITLE} />
      </p>
      <p>{t('intro.lead')}</p>
      <p>{t('intro.how')}</p>
    </section>
  );
}

/** Credits and what the numbers are checked against. */
export function AppFooter() {
  const t = useT();
  return (
    <footer className="app-footer">
      <p>{t('footer.text')}</p>
    </footer>
  );
}
