import { describe, expect, it } from 'vitest';
import { keyAction, type KeyContext } from '../../../src/components/MatrixEditor/keyAction';

const k = (key: string, over: Partial<KeyContext> = {}): KeyContext => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  composing: false,
  dirty: false,
  caretAtStart: false,
  caretAtEnd: false,
  ...over,
});

describe('keyAction', () => {
  it('Enter commits and moves down, Shift+Enter up', () => {
    expect(keyAction(k('Enter'))).toEqual({ kind: 'move', dr: 1, dc: 0 });
    expect(keyAction(k('Enter', { shiftKey: true }))).toEqual({ kind: 'move', dr: -1, dc: 0 });
  });
  it('Tab steps forward in reading order, Shift+Tab back', () => {
    expect(keyAction(k('Tab'))).toEqual({ kind: 'step', step: 1 });
    expect(keyAction(k('Tab', { shiftKey: true }))).toEqual({ kind: 'step', step: -1 });
  });
  it('Escape reverts', () => {
    expect(keyAction(k('Escape'))).toEqual({ kind: 'revert' });
  });
  it('Up and Down always move', () => {
    expect(keyAction(k('ArrowUp', { dirty: true }))).toEqual({ kind: 'move', dr: -1, dc: 0 });
    expect(keyAction(k('ArrowDown'))).toEqual({ kind: 'move', dr: 1, dc: 0 });
  });
  it('Left and Right move between cells unless a draft’s caret can still move within it', () => {
    expect(keyAction(k('ArrowLeft'))).toEqual({ kind: 'move', dr: 0, dc: -1 });
    expect(keyAction(k('ArrowRight', { dirty: true }))).toBeNull();
    expect(keyAction(k('ArrowRight', { dirty: true, caretAtEnd: true }))).toEqual({
      kind: 'move',
      dr: 0,
      dc: 1,
    });
    expect(keyAction(k('ArrowLeft', { dirty: true, caretAtStart: true }))).toEqual({
      kind: 'move',
      dr: 0,
      dc: -1,
    });
  });
  it('leaves other keys and every modifier chord to the text box', () => {
    expect(keyAction(k('a'))).toBeNull();
    expect(keyAction(k('Enter', { ctrlKey: true }))).toBeNull();
    expect(keyAction(k('ArrowDown', { metaKey: true }))).toBeNull();
  });
  it('leaves every key to an input method while it composes (Enter confirms Japanese input)', () => {
    expect(keyAction(k('Enter', { composing: true }))).toBeNull();
    expect(keyAction(k('Escape', { composing: true }))).toBeNull();
  });
});
