/** A stand-in for `matchMedia('(prefers-color-scheme: dark)')` whose answer a test can change. */
export function fakeMedia(matches: boolean) {
  const listeners = new Set<(e: MediaQueryListEvent) => void>();
  const media = {
    matches,
    media: '(prefers-color-scheme: dark)',
    addEventListener: (_type: string, listener: (e: MediaQueryListEvent) => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: (e: MediaQueryListEvent) => void) =>
      listeners.delete(listener),
  } as unknown as MediaQueryList;
  /** The system switches its preference, as a person changing the OS setting would. */
  const set = (dark: boolean) => {
    (media as { matches: boolean }).matches = dark;
    for (const l of listeners) l({ matches: dark } as MediaQueryListEvent);
  };
  return { media, set };
}
