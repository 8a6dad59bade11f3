// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/App';
import { langStore } from '../../src/i18n/langStore';
import { CELL_IDS } from '../../src/notebook/cellIds';
import { numpyOf, renderWithStore } from './renderWithStore';

describe('App', () => {
  it("shows the five cells in the seed's order", () => {
    const { container } = renderWithStore(<App />);
    const ids = [...container.querySelectorAll('[data-cell]')].map((el) => el.getAttribute('data-cell'));
    expect(ids).toEqual([...CELL_IDS]);
  });

  it('names the app and the chapter in its header, in the page language', () => {
    renderWithStore(<App />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Layer Explorer — Deep Learning from Scratch (ゼロから作るDeep Learning), chapter 5',
    );
    act(() => langStore.getState().choose('ja'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Layer Explorer — ゼロから作るDeep Learning 5章',
    );
    act(() => langStore.getState().choose('en'));
  });

  it("ends with the seed's closing section, the two-layer net, and then training on MNIST", () => {
    const { container } = renderWithStore(<App />);
    expect(screen.getByRole('region', { name: /誤差逆伝播の実装/ })).toHaveAttribute(
      'data-cell',
      'two-layer-net',
    );
    const sections = [...container.querySelectorAll('main > section')].map((s) => s.id);
    expect(sections.slice(-2)).toEqual(['two-layer-net', 'training']);
  });

  it('shows every number the seed printed, read through the test hooks', () => {
    const { container } = renderWithStore(<App />);
    const at = (cell: string, name: string) => numpyOf(container, cell, name);
    expect(at('relu', 'out')).toBe('[[1. 0.]\n [0. 3.]]');
    expect(at('relu', 'mask')).toBe('[[False  True]\n [ True False]]');
    expect(at('relu', 'dx')).toBe('[[1. 0.]\n [0. 3.]]');
    expect(at('sigmoid', 'out')).toBe('[[0.73105858 0.37754067]\n [0.11920292 0.95257413]]');
    expect(at('sigmoid', 'dx')).toBe('[[ 0.19661193 -0.11750186]\n [-0.20998717  0.13552998]]');
    expect(at('batch-affine', 'out')).toBe('[[ 1  2  3]\n [11 12 13]]');
    expect(at('batch-affine', 'db')).toBe('[5 7 9]');
    expect(at('softmax-with-loss', 'loss')).toBe('0.10406420174253615');
    expect(at('softmax-with-loss', 'dx')).toBe('[[-0.18242552 -0.81757448]\n [ 0.00669285  0.99330715]]');
  });
});
