// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TextMode } from '../../../src/components/MatrixEditor/TextMode';
import { PARSE_LIMITS, toNested, type Tensor } from '../../../src/engine';
import { createLangStore } from '../../../src/i18n/langStore';
import { LangStoreContext } from '../../../src/i18n/useT';

afterEach(cleanup);

/** TextMode under its own language store, starting in English. */
function setup(text = '[1 2]') {
  const onCommit = vi.fn<(t: Tensor) => void>();
  const user = userEvent.setup();
  const lang = createLangStore({ storage: null, languages: ['en'] });
  render(
    <LangStoreContext.Provider value={lang}>
      <TextMode
        name="x"
        label="x"
        text={text}
        id="x-text"
        allowedDtypes={['float64', 'int64', 'bool']}
        onCommit={onCommit}
      />
    </LangStoreContext.Provider>,
  );
  const box = screen.getByRole('textbox') as HTMLTextAreaElement;
  const switchTo = (l: 'ja' | 'en') => act(() => lang.getState().choose(l));
  return { onCommit, user, box, switchTo };
}

async function apply(user: ReturnType<typeof userEvent.setup>, box: HTMLTextAreaElement, text: string) {
  await user.clear(box);
  await user.click(box);
  await user.paste(text);
  await user.keyboard('{Control>}{Enter}{/Control}');
}

describe('TextMode words', () => {
  it('an error on screen is worded again when the language changes, all of it', async () => {
    const { user, box, switchTo } = setup();
    await apply(user, box, '[1, 2');
    expect(screen.getByRole('alert')).toHaveTextContent(
      "Line 1, column 6: the '[' at line 1, column 1 is never closed: expected ']'",
    );
    switchTo('ja');
    expect(screen.getByRole('alert')).toHaveTextContent(
      "1 行 6 列目: 1 行 1 列目の '[' が閉じられていません。']' が必要です",
    );
    switchTo('en');
    expect(screen.getByRole('alert')).toHaveTextContent(/^Line 1, column 6: the '\[' at line 1/);
  });

  it('full-width text: the error names the character and the button puts the half-width text in the box', async () => {
    const { user, box, onCommit, switchTo } = setup();
    switchTo('ja');
    await apply(user, box, '［１．５，　－３］');
    expect(screen.getByRole('alert')).toHaveTextContent(/^1 行 1 列目: invalid character '［' \(U\+FF3B\)/);
    expect(screen.getByRole('alert')).toHaveTextContent('半角にすると: [1.5, -3]');
    await user.click(screen.getByRole('button', { name: /半角に直す/ }));
    expect(box.value).toBe('[1.5, -3]');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onCommit).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(box);
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(toNested(onCommit.mock.calls[0][0])).toEqual([1.5, -3]);
  });

  it('other refusals offer no half-width text', async () => {
    const { user, box } = setup();
    await apply(user, box, '[1, @]');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /half-width/ })).toBeNull();
  });

  it('a paste past the length cap is refused before it reaches the box; the draft stays', async () => {
    const { user, box, onCommit } = setup();
    await user.clear(box);
    await user.click(box);
    await user.paste('[7, 8]');
    const data = { getData: () => '1 '.repeat(PARSE_LIMITS.maxChars / 2 + 1) };
    const notCancelled = fireEvent.paste(box, { clipboardData: data });
    expect(notCancelled).toBe(false);
    expect(box.value).toBe('[7, 8]');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Not pasted: the text is 2.0 MB long: the limit is 2.0 MB, so it was not read (your draft is kept)',
    );
    expect(onCommit).not.toHaveBeenCalled();
    // A paste that fits goes in as usual.
    expect(fireEvent.paste(box, { clipboardData: { getData: () => '1' } })).toBe(true);
  });

  it('caps its height at 40 rows however long the draft, so a long paste scrolls inside the box', async () => {
    const { user, box } = setup();
    await user.clear(box);
    await user.click(box);
    await user.paste('1\n'.repeat(5000));
    expect(box).toHaveAttribute('rows', '40');
  });
});
