/** What registering needs from the page; the real one is `defaultEnvironment()`, tests pass fakes. */
export interface ServiceWorkerEnvironment {
  /** Whether this is a production build (`import.meta.env.PROD`): dev servers get no worker. */
  readonly production: boolean;
  /** The app's base path (`import.meta.env.BASE_URL`, e.g. '/sub/dir/'). */
  readonly baseUrl: string;
  /** `navigator.serviceWorker`, absent where the browser has none (or the page is not secure). */
  readonly container?: Pick<ServiceWorkerContainer, 'register'>;
  /** Runs `task` once the page has loaded, so the worker's precaching never competes with first paint. */
  readonly afterLoad: (task: () => void) => void;
}

/** The page's own environment. */
export function defaultEnvironment(): ServiceWorkerEnvironment {
  return {
    production: import.meta.env.PROD,
    baseUrl: import.meta.env.BASE_URL,
    container: 'serviceWorker' in navigator ? navigator.serviceWorker : undefined,
    afterLoad: (task) => {
      if (document.readyState === 'complete') task();
      else window.addEventListener('load', task, { once: true });
    },
  };
}

/**
 * Registers public/sw.js (see docs/deploy.md) with the app's base path as its scope, so the app keeps
 * working offline once loaded. Production builds only: in development a caching worker would serve stale
 * modules. A failed registration is logged as a warning: the app works as before, only not offline.
 */
export function registerServiceWorker(env: ServiceWorkerEnvironment = defaultEnvironment()): void {
  const { production, baseUrl, container } = env;
  if (!production || container === undefined) return;
  env.afterLoad(() => {
    container.register(`${baseUrl}sw.js`, { scope: baseUrl }).catch((error: unknown) => {
      console.warn('Layer Explorer: the service worker could not be registered; no offline use.', error);
    });
  });
}
