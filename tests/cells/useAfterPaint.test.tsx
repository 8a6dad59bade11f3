// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from '../../src/cells/useAfterPaint';

/** The after-paint scheduler as a queue the test flushes, as if the frame had been painted. */
const paint = vi.hoisted(() => {
  const tasks = new Set<() => void>();
  return {
    tasks,
    afterPaint: (task: () => void) => {
      tasks.add(task);
      return () => tasks.delete(task);
    },
    flush: () => {
      const due = [...tasks];
      tasks.clear();
      for (const task of due) task();
    },
  };
});
vi.mock('../../src/charts/afterPaint', () => ({ afterPaint: paint.afterPaint }));

afterEach(() => {
  cleanup();
  paint.tasks.clear();
});

function Shown({ value }: { value: string }) {
  return <p>{useAfterPaint(value)}</p>;
}

describe('useAfterPaint', () => {
  it('useAfterPaint(value) gives the first value at once, with nothing waiting for a paint', () => {
    render(<Shown value="a" />);
    expect(screen.getByText('a')).toBeInTheDocument();
    expect(paint.tasks.size).toBe(0);
  });

  it('hands a new value on only once the frame has been painted', () => {
    const { rerender } = render(<Shown value="a" />);
    rerender(<Shown value="b" />);
    expect(screen.getByText('a')).toBeInTheDocument();
    act(paint.flush);
    expect(screen.getByText('b')).toBeInTheDocument();
    expect(paint.tasks.size).toBe(0);
  });

  it('hands on only the latest of values replaced before the paint', () => {
    const { rerender } = render(<Shown value="a" />);
    rerender(<Shown value="b" />);
    rerender(<Shown value="c" />);
    expect(paint.tasks.size).toBe(1);
    act(paint.flush);
    expect(screen.getByText('c')).toBeInTheDocument();
  });

  it('drops what waits for the paint when it unmounts', () => {
    const { rerender, unmount } = render(<Shown value="a" />);
    rerender(<Shown value="b" />);
    unmount();
    expect(paint.tasks.size).toBe(0);
  });
});
