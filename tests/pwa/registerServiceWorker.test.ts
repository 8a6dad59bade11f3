import { describe, expect, it, vi } from 'vitest';
import { registerServiceWorker, type ServiceWorkerEnvironment } from '../../src/pwa/registerServiceWorker';

/** An environment whose page has loaded already, with a spy for `register`. */
function environment(over: Partial<ServiceWorkerEnvironment> = {}) {
  const register = vi.fn((_url: string | URL, _options?: RegistrationOptions) =>
    Promise.resolve({} as ServiceWorkerRegistration),
  );
  const env: ServiceWorkerEnvironment = {
    production: true,
    baseUrl: '/sub/dir/',
    container: { register },
    afterLoad: (task) => task(),
    ...over,
  };
  return { env, register };
}

describe('registerServiceWorker', () => {
  it('registers sw.js under the base path, scoped to the base path, in a production build', () => {
    const { env, register } = environment();
    registerServiceWorker(env);
    expect(register).toHaveBeenCalledExactlyOnceWith('/sub/dir/sw.js', { scope: '/sub/dir/' });
  });

  it('registers nothing in development, where a caching worker would serve stale modules', () => {
    const { env, register } = environment({ production: false });
    registerServiceWorker(env);
    expect(register).not.toHaveBeenCalled();
  });

  it('does nothing where the browser has no service workers', () => {
    expect(() => registerServiceWorker(environment({ container: undefined }).env)).not.toThrow();
  });

  it('waits for the page to load before registering', () => {
    let loaded: (() => void) | null = null;
    const { env, register } = environment({ afterLoad: (task) => (loaded = task) });
    registerServiceWorker(env);
    expect(register).not.toHaveBeenCalled();
    loaded!();
    expect(register).toHaveBeenCalledOnce();
  });

  it('turns a failed registration into a warning, not an unhandled rejection', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const failure = new Error('insecure context');
    const { env } = environment({ container: { register: () => Promise.reject(failure) } });
    registerServiceWorker(env);
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('offline'), failure));
    warn.mockRestore();
  });
});
