// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fillCommitted } from '../../src/components/committedText';
import type { History } from '../../src/store/history';
import { isEditingText, undoKeyAction, useUndoKeys } from '../../src/share/useUndoKeys';

afterEach(cleanup);

function fakeHistory() {
  return { undo: vi.fn(() => true), redo: vi.fn(() => true) } as unknown as History & {
    undo: ReturnType<typeof vi.fn>;
    redo: ReturnType<typeof vi.fn>;
  };
}

function Keys({ history }: { history: History }) {
  useUndoKeys(history);
  return (
    <div>
      <button type="button">plain</button>
      <input aria-label="cell" defaultValue="1." />
      <textarea aria-label="text" defaultValue="[1. 2.]" />
      <textarea aria-label="idle text" data-undo="notebook" defaultValue="[1.]" />
    </div>
  );
}

describe('undoKeyAction', () => {
  const k = (
    key: string,
    mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
  ) => undoKeyAction({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
  it('maps Ctrl/⌘+Z to undo and Ctrl/⌘+Shift+Z or Ctrl+Y to redo', () => {
    expect(k('z', { ctrlKey: true })).toBe('undo');
    expect(k('z', { metaKey: true })).toBe('undo');
    expect(k('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(k('y', { ctrlKey: true })).toBe('redo');
  });
  it('ignores other keys and Alt combinations', () => {
    expect(k('z')).toBeNull();
    expect(k('z', { ctrlKey: true, altKey: true })).toBeNull();
    expect(k('x', { ctrlKey: true })).toBeNull();
  });
});

describe('useUndoKeys', () => {
  it('undoes and redoes from anywhere that is not text being edited', () => {
    const history = fakeHistory();
    const { getByText } = render(<Keys history={history} />);
    fireEvent.keyDown(getByText('plain'), { key: 'z', ctrlKey: true });
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true, shiftKey: true });
    fireEvent.keyDown(document.body, { key: 'y', ctrlKey: true });
    expect(history.undo).toHaveBeenCalledTimes(1);
    expect(history.redo).toHaveBeenCalledTimes(2);
  });

  it('leaves Ctrl+Z to a text field holding a draft, and takes it for a clean one', () => {
    const history = fakeHistory();
    const { getByLabelText } = render(<Keys history={history} />);
    const cell = getByLabelText('cell') as HTMLInputElement;
    fireEvent.keyDown(cell, { key: 'z', ctrlKey: true });
    expect(history.undo).toHaveBeenCalledTimes(1);
    cell.value = '7';
    const event = fireEvent.keyDown(cell, { key: 'z', ctrlKey: true });
    expect(event).toBe(true); // not prevented: the browser undoes the typing
    expect(history.undo).toHaveBeenCalledTimes(1);
  });

  it('tells a draft by the text the app filled the box with, where it did (no defaultValue)', () => {
    const box = document.createElement('input');
    document.body.append(box);
    fillCommitted(box, '0.5');
    expect(box.value).toBe('0.5');
    expect(box.defaultValue).toBe('');
    expect(isEditingText(box)).toBe(false);
    box.value = '0.75';
    expect(isEditingText(box)).toBe(true);
    fillCommitted(box, '0.75');
    expect(isEditingText(box)).toBe(false);
    box.remove();
  });

  it('leaves Ctrl+Z to a textarea unless it is marked data-undo="notebook"', () => {
    const history = fakeHistory();
    const { getByLabelText } = render(<Keys history={history} />);
    fireEvent.keyDown(getByLabelText('text'), { key: 'z', ctrlKey: true });
    expect(history.undo).not.toHaveBeenCalled();
    fireEvent.keyDown(getByLabelText('idle text'), { key: 'z', ctrlKey: true });
    expect(history.undo).toHaveBeenCalledTimes(1);
  });

  it('stops listening when unmounted', () => {
    const history = fakeHistory();
    const { unmount } = render(<Keys history={history} />);
    unmount();
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(history.undo).not.toHaveBeenCalled();
  });
});

describe('isEditingText', () => {
  it('is false for non-elements, buttons, read-only and non-text inputs', () => {
    expect(isEditingText(null)).toBe(false);
    expect(isEditingText(document.createElement('button'))).toBe(false);
    const ro = document.createElement('input');
    ro.readOnly = true;
    ro.value = 'changed';
    expect(isEditingText(ro)).toBe(false);
    const box = document.createElement('input');
    box.type = 'checkbox';
    expect(isEditingText(box)).toBe(false);
  });
  it('is true for contenteditable and data-undo="native"', () => {
    const div = document.createElement('div');
    div.setAttribute('data-undo', 'native');
    expect(isEditingText(div)).toBe(true);
  });
});
