import { CELL_IDS } from './notebook/cellIds';
import { CELLS } from './notebook/cells';

/** The page header: the app's name, the book's chapter, and a table of contents. */
export function AppHeader() {
  return (
    <header className="app-header">
      <h1>
        Layer Explorer <span className="app-subtitle">— ゼロから作るDeep Learning 5章</span>
      </h1>
      <nav aria-label="Sections">
        <ol className="toc">
          {CELL_IDS.map((id) => (
            <li key={id}>
              <a href={`#${id}`}>{CELLS[id].title.ja}</a>
            </li>
          ))}
        </ol>
      </nav>
    </header>
  );
}

const INTRO_JA =
  'このノートブックは「ゼロから作るDeep Learning」5章の学習ノート（シード）を、そのままの順序で動かせるようにしたものです。' +
  'どの配列も編集でき、forward の出力、ReLU の mask、backward の勾配が入力の隣ですぐに変わります。';

/** What the page is and how to use it. */
export function Intro() {
  return (
    <section className="intro" aria-label="Introduction">
      <p className="intro-kicker" lang="ja">
        活性化関数レイヤの実装
      </p>
      <p lang="ja">{INTRO_JA}</p>
      <p>
        This is a learner&apos;s notebook on chapter 5 of <cite>Deep Learning from Scratch</cite> (the seed),
        brought to life: the same sections in the same order, the same numbers as NumPy printed them, and
        every array editable. Change an input and the forward output, the mask and the backward gradients
        change beside it. Values are computed the way NumPy computes them, dtype included; when NumPy would
        raise an error, you see its message in place of the result.
      </p>
    </section>
  );
}

/** Where the notebook goes next: the two-layer net, which is not built yet. */
export function ClosingSection() {
  return (
    <section className="closing" aria-labelledby="closing-title">
      <h2 id="closing-title">
        <span lang="ja">誤差逆伝播の実装</span>{' '}
        <span className="cell-title-en">Putting backpropagation to work</span>
      </h2>
      <p lang="ja">
        シードはここで「ch04-3.ipynbに書いた実装を参照」として、二層ニューラルネットワークへ進みます。
      </p>
      <p>
        The seed ends here by pointing at its two-layer network (“see the implementation in ch04-3.ipynb”).
        These layers stacked into that network, with gradient checking and training, are the next part of this
        app; it is not built yet and is planned for the next issue.
      </p>
    </section>
  );
}

/** Credits and what the numbers are checked against. */
export function AppFooter() {
  return (
    <footer className="app-footer">
      <p>
        Layer Explorer — a study companion to 斎藤康毅『ゼロから作るDeep Learning』(O&apos;Reilly Japan),
        chapter 5. Every number is computed in your browser by a small TypeScript re-implementation of the
        NumPy it needs, tested against NumPy running the seed notebook&apos;s own classes.
      </p>
    </footer>
  );
}
