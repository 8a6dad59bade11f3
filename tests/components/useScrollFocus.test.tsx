// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useScrollFocus } from '../../src/components/useScrollFocus';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** jsdom has no layout: each box reports the sizes a test gives it. */
function sized(el: HTMLElement, scrollWidth: number, clientWidth: number) {
  Object.defineProperty(el, 'scrollWidth', { configurable: true, value: scrollWidth });
  Object.defineProperty(el, 'clientWidth', { configurable: true, value: clientWidth });
  Object.defineProperty(el, 'scrollHeight', { configurable: true, value: 20 });
  Object.defineProperty(el, 'clientHeight', { configurable: true, value: 20 });
}

/** A ResizeObserver whose callbacks the test fires, recording what it observes. */
function fakeResizeObserver() {
  const observers: { callback: () => void; targets: Element[]; live: boolean }[] = [];
  class FakeObserver {
    private readonly entry: (typeof observers)[number];
    constructor(callback: () => void) {
      this.entry = { callback, targets: [], live: true };
      observers.push(this.entry);
    }
    observe(target: Element) {
      this.entry.targets.push(target);
    }
    disconnect() {
      this.entry.live = false;
    }
  }
  vi.stubGlobal('ResizeObserver', FakeObserver);
  return { observers, resize: () => observers.filter((o) => o.live).forEach((o) => o.callback()) };
}

function Box({ content, size }: { content: string; size: [number, number] }) {
  const ref = useScrollFocus<HTMLPreElement>(content);
  return (
    <pre
      data-testid="box"
      ref={(el) => {
        if (el) sized(el, ...size);
        return ref(el);
      }}
    >
      <code>{content}</code>
    </pre>
  );
}

describe('useScrollFocus', () => {
  it('makes a box that overflows a tab stop, and one that fits not, once the browser has laid it out', () => {
    // A real ResizeObserver reports every box once as soon as it is observed, after layout.
    const { resize } = fakeResizeObserver();
    const { getByTestId, rerender } = render(<Box content="a very long line" size={[400, 100]} />);
    resize();
    expect(getByTestId('box')).toHaveAttribute('tabindex', '0');
    rerender(<Box content="short" size={[80, 100]} />);
    resize();
    expect(getByTestId('box')).not.toHaveAttribute('tabindex');
  });

  it('reads no size while React commits, so a render forces no layout', () => {
    fakeResizeObserver();
    const read = vi.fn(() => 400);
    function Spied() {
      const ref = useScrollFocus<HTMLDivElement>('x');
      return (
        <div
          ref={(el) => {
            if (el) Object.defineProperty(el, 'scrollWidth', { configurable: true, get: read });
            return ref(el);
          }}
        />
      );
    }
    render(<Spied />);
    expect(read).not.toHaveBeenCalled();
  });

  it('measures no box that has left the document', () => {
    const { resize } = fakeResizeObserver();
    const { getByTestId } = render(<Box content="x" size={[400, 100]} />);
    const box = getByTestId('box');
    const parent = box.parentNode!;
    box.remove();
    resize();
    expect(box).not.toHaveAttribute('tabindex');
    parent.appendChild(box); // back, for React to unmount
  });

  it('checks again when the box or its content is resized', () => {
    const { resize, observers } = fakeResizeObserver();
    const { getByTestId } = render(<Box content="x" size={[80, 100]} />);
    const box = getByTestId('box');
    expect(box).not.toHaveAttribute('tabindex');
    expect(observers.at(-1)!.targets).toEqual([box, box.firstElementChild]);
    sized(box, 300, 100);
    resize();
    expect(box).toHaveAttribute('tabindex', '0');
  });

  it('stops observing once unmounted', () => {
    const { observers } = fakeResizeObserver();
    const { unmount } = render(<Box content="x" size={[80, 100]} />);
    unmount();
    expect(observers.every((o) => !o.live)).toBe(true);
  });

  it('leaves the box alone where there is no ResizeObserver (jsdom, old browsers) and it fits', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const { getByTestId } = render(<Box content="x" size={[80, 100]} />);
    expect(getByTestId('box')).not.toHaveAttribute('tabindex');
  });
});
