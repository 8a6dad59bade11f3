// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n/lang';
import { createLangStore } from '../../src/i18n/langStore';
import { SeedHeading, SeedText } from '../../src/i18n/SeedText';
import { LangStoreContext } from '../../src/i18n/useT';

const note = { ja: '入力を変えてみる', en: "Let's change the input." };

function inLang(lang: Lang, ui: ReactElement) {
  const store = createLangStore({ storage: null, languages: [lang] });
  return render(<LangStoreContext value={store}>{ui}</LangStoreContext>).container;
}

// Vitest runs without globals here, so Testing Library cannot unmount between tests by itself.
afterEach(cleanup);

describe('SeedText', () => {
  it("shows the seed's Japanese as it is in Japanese, and nothing else", () => {
    const container = inLang('ja', <SeedText text={note} />);
    expect(container).toHaveTextContent(/^入力を変えてみる$/);
    expect(container.querySelector('p')).toHaveAttribute('lang', 'ja');
    expect(container.querySelector('details')).toBeNull();
  });

  it('shows the English rendering in English, with the original in a 原文 / original disclosure', () => {
    const container = inLang('en', <SeedText text={note} />);
    expect(container.querySelector('p[lang="en"]')).toHaveTextContent("Let's change the input.");
    const original = container.querySelector('details[data-original]')!;
    expect(original.querySelector('summary')).toHaveTextContent('原文 / original');
    expect(original.querySelector('[lang="ja"]')).toHaveTextContent('入力を変えてみる');
    expect(original).not.toHaveAttribute('open');
  });
});

describe('SeedHeading', () => {
  const title = { ja: 'Sigmoidレイヤ', en: 'The Sigmoid layer' };

  it('is the seed’s heading alone in Japanese', () => {
    expect(inLang('ja', <SeedHeading text={title} />)).toHaveTextContent(/^Sigmoidレイヤ$/);
  });

  it('is the English heading followed by the original in English', () => {
    const container = inLang('en', <SeedHeading text={title} />);
    expect(container).toHaveTextContent('The Sigmoid layer Sigmoidレイヤ');
    expect(container.querySelector('[data-original]')).toHaveAttribute('lang', 'ja');
  });
});
