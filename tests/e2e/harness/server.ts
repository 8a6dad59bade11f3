import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { preview } from 'vite';

/** The production build, served by `vite preview`. */
export interface ServedApp {
  /** The page's address, ending in '/'. */
  readonly url: string;
  /** Where the build was written. */
  readonly outDir: string;
  readonly close: () => Promise<void>;
}

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** A port nobody is listening on right now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

/**
 * `vite build` in a child process with NODE_ENV=production, exactly as `npm run build` bundles the app
 * (inside a test runner NODE_ENV is 'test', which would bundle React's development build).
 */
async function viteBuild(outDir: string, basePath: string | undefined): Promise<void> {
  const vite = resolve(ROOT, 'node_modules/vite/bin/vite.js');
  await promisify(execFile)(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', ...(basePath && { BASE_PATH: basePath }) },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
}

/** How to build and serve. */
export interface ServeOptions {
  /** BASE_PATH for the build (e.g. '/sub/dir/'), served under that path; the config's own by default. */
  readonly basePath?: string;
}

/**
 * Builds the app once with `vite build` into its own folder under node_modules/.e2e (so concurrent runs
 * and `npm run build` do not clobber each other) and serves it with `vite preview` on a free port.
 */
export async function buildAndServe(name: string, options: ServeOptions = {}): Promise<ServedApp> {
  const outDir = resolve(ROOT, 'node_modules/.e2e', name);
  await viteBuild(outDir, options.basePath);
  const port = await freePort();
  const server = await preview({
    root: ROOT,
    ...(options.basePath && { base: options.basePath }),
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const base = server.config.base.startsWith('/') ? server.config.base : '/';
  return {
    url: `http://127.0.0.1:${port}${base}`,
    outDir,
    close: () => server.close(),
  };
}
