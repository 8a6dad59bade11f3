// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TextMode } from '../../../src/components/MatrixEditor/TextMode';
import { toNested, type Tensor } from '../../../src/engine';

afterEach(cleanup);

function setup(text = '[1 2]', allowed = ['float64', 'int64', 'bool'] as const) {
  const onCommit = vi.fn<(t: Tensor) => void>();
  const user = userEvent.setup();
  const { rerender } = render(
    <TextMode name="b" label="b" text={text} id="b-text" allowedDtypes={allowed} onCommit={onCommit} />,
  );
  const box = screen.getByRole('textbox') as HTMLTextAreaElement;
  const rerenderText = (t: string) =>
    rerender(
      <TextMode name="b" label="b" text={t} id="b-text" allowedDtypes={allowed} onCommit={onCommit} />,
    );
  return { onCommit, user, box, rerenderText };
}

/** '[3, 4]' typed over '[1 2]' and applied; the parent has re-rendered with the committed value's text. */
async function appliedDraft() {
  const s = setup();
  await s.user.clear(s.box);
  await s.user.paste('[3, 4]');
  await s.user.keyboard('{Control>}{Enter}{/Control}');
  s.rerenderText('[3 4]');
  return s;
}

describe('TextMode', () => {
  it('is a textarea[data-numpy-input] showing the text of the value in force', () => {
    const { box } = setup();
    expect(box).toHaveAttribute('data-numpy-input', 'b');
    expect(box.value).toBe('[1 2]');
  });

  it('the Apply button commits the parsed text', async () => {
    const { user, box, onCommit } = setup();
    await user.clear(box);
    await user.paste('[0.5, 1.5, 2.5]');
    await user.click(screen.getByRole('button', { name: 'Apply b text' }));
    expect(toNested(onCommit.mock.lastCall![0])).toEqual([0.5, 1.5, 2.5]);
  });

  it('a plain Enter only starts a new line', async () => {
    const { user, box, onCommit } = setup();
    await user.type(box, '{Enter}');
    expect(onCommit).not.toHaveBeenCalled();
    expect(box.value).toBe('[1 2]\n');
  });

  it('a parse error is shown with role="alert", selects where it is, and keeps the draft', async () => {
    const { user, box, onCommit } = setup();
    await user.clear(box);
    await user.paste('[1, 2');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(screen.getByRole('alert')).toHaveTextContent(/^Line 1, column \d+: /);
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box.value).toBe('[1, 2');
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('Escape drops the draft and the message, showing the value in force again', async () => {
    const { user, box } = setup();
    await user.clear(box);
    await user.paste('[[');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await user.keyboard('{Escape}');
    expect(box.value).toBe('[1 2]');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('follows the value in force while there is no draft, and keeps a draft when it changes', async () => {
    const { user, box, rerenderText } = setup();
    rerenderText('[3 4]');
    expect(box.value).toBe('[3 4]');
    await user.type(box, ' ');
    rerenderText('[5 6]');
    expect(box.value).toBe('[3 4] ');
  });

  it('keeps an applied draft, caret and all, while focused; shows NumPy’s text once left', async () => {
    const { user, box, onCommit, rerenderText } = setup();
    await user.clear(box);
    await user.paste('[3, 4]');
    box.setSelectionRange(1, 1);
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(toNested(onCommit.mock.lastCall![0])).toEqual([3, 4]);
    // The parent re-renders with the committed value's text.
    rerenderText('[3 4]');
    expect(box.value).toBe('[3, 4]');
    expect(box.selectionStart).toBe(1);
    await user.tab();
    expect(box.value).toBe('[3 4]');
  });

  it('an applied draft gives way when the value changes from elsewhere', async () => {
    const { box, rerenderText } = await appliedDraft();
    expect(box.value).toBe('[3, 4]');
    rerenderText('[7 8]');
    expect(box.value).toBe('[7 8]');
  });

  it('an undo back to the value before Apply also ends the applied draft', async () => {
    const { box, rerenderText } = await appliedDraft();
    rerenderText('[1 2]');
    expect(box.value).toBe('[1 2]');
  });

  it('typing after Apply makes the draft unapplied again: a change elsewhere keeps it', async () => {
    const { user, box, rerenderText } = await appliedDraft();
    await user.type(box, ' ');
    rerenderText('[7 8]');
    expect(box.value).toBe('[3, 4] ');
  });

  it('never shrinks below the lines of the value in force, and grows with a longer draft', async () => {
    const { user, box } = setup('[[1 2]\n [3 4]\n [5 6]]');
    expect(box).toHaveAttribute('rows', '3');
    await user.clear(box);
    await user.paste('[[1, 2], [3, 4], [5, 6]]');
    expect(box).toHaveAttribute('rows', '3');
    await user.paste('\n\n\n');
    expect(box).toHaveAttribute('rows', '4');
  });
});
