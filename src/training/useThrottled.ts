import { useEffect, useRef, useState } from 'react';

/**
 * `value`, but changing at most once every `ms` milliseconds (the newest value wins, and the last one
 * always arrives). Charts use it so that 20 progress reports a second do not mean 20 redraws.
 */
export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const lastShown = useRef(0);
  useEffect(() => {
    const wait = lastShown.current + ms - Date.now();
    const timer = setTimeout(
      () => {
        lastShown.current = Date.now();
        setShown(value);
      },
      Math.max(0, wait),
    );
    return () => clearTimeout(timer);
  }, [value, ms]);
  return shown;
}
