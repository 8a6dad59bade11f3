import { useEffect, useState } from 'react';
import { afterPaint } from '../charts/afterPaint';

/**
 * `value` as of the last painted frame: a new value is handed on only once the frame showing the rest of
 * the update has been painted (see `afterPaint`). Charts read their inputs through it, so that not even
 * building their traces sits between an edit and its numbers on screen.
 */
export function useAfterPaint<T>(value: T): T {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    if (Object.is(painted, value)) return;
    return afterPaint(() => setPainted(() => value));
  }, [value, painted]);
  return painted;
}

/**
 * False until the frame of the first render has been painted, then true: a part of the page that waits
 * for it (code loaded on demand) neither delays the first numbers nor competes with them for the network.
 */
export function usePaintedOnce(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => (painted ? undefined : afterPaint(() => setPainted(true))), [painted]);
  return painted;
}
