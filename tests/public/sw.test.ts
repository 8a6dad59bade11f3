import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const SOURCE = readFileSync(new URL('../../public/sw.js', import.meta.url), 'utf8');
const SCOPE = 'https://example.test/sub/dir/';

/** What the worker passes to fetch() and the caches: a URL, a string, a Request or a fetch event's request. */
type Requested = string | URL | { readonly url: string };

function urlOf(r: Requested): string {
  return typeof r === 'object' && 'url' in r ? r.url : new URL(String(r)).href;
}

/** The Cache Storage API, in memory: caches by name, responses by URL; `addAll` fetches from `network`. */
function fakeCaches(network: (r: Requested) => Promise<Response>) {
  const store = new Map<string, Map<string, Response>>();
  const open = async (name: string) => {
    if (!store.has(name)) store.set(name, new Map());
    const entries = store.get(name)!;
    return {
      match: async (r: Requested) => entries.get(urlOf(r))?.clone(),
      put: async (r: Requested, response: Response) => void entries.set(urlOf(r), response.clone()),
      addAll: async (requests: Request[]) => {
        for (const r of requests) entries.set(urlOf(r), await network(r));
      },
      keys: async () => [...entries.keys()],
    };
  };
  return {
    store,
    api: {
      open,
      keys: async () => [...store.keys()],
      delete: async (name: string) => store.delete(name),
      match: async (r: Requested) => {
        for (const entries of store.values()) {
          const hit = entries.get(urlOf(r));
          if (hit) return hit.clone();
        }
        return undefined;
      },
    },
  };
}

/** What the fake server's sw-manifest.json says; by default the worker's own version and every file. */
interface ManifestOptions {
  readonly version?: string;
  readonly files?: readonly string[];
}

/**
 * Loads public/sw.js, stamped with `version` as the build stamps it, into a fresh worker scope whose
 * network serves `files` (paths under the scope) and a sw-manifest.json.
 */
function worker(version: string, files: Record<string, string>, manifest: ManifestOptions = {}) {
  const hits: string[] = [];
  let online = true;
  const network = async (r: Requested) => {
    const url = urlOf(r);
    hits.push(url);
    if (!online) throw new TypeError('Failed to fetch');
    const path = new URL(url).pathname.slice(new URL(SCOPE).pathname.length);
    const listed = { version: manifest.version ?? version, files: manifest.files ?? Object.keys(files) };
    const body = path === 'sw-manifest.json' ? JSON.stringify(listed) : files[path || 'index.html'];
    return body === undefined
      ? new Response('missing', { status: 404 })
      : new Response(body, { status: 200 });
  };
  const caches = fakeCaches(network);
  const listeners = new Map<string, (event: unknown) => void>();
  let claimed = false;
  const self = {
    registration: { scope: SCOPE },
    clients: { claim: async () => void (claimed = true) },
    addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
  };
  runInNewContext(SOURCE.replace("const VERSION = 'dev';", `const VERSION = '${version}';`), {
    self,
    caches: caches.api,
    fetch: network,
    Request,
    Response,
    URL,
  });
  /** Dispatches a lifecycle event and waits for what it asked to wait for. */
  const lifecycle = async (type: 'install' | 'activate') => {
    let work: Promise<unknown> = Promise.resolve();
    listeners.get(type)!({ waitUntil: (p: Promise<unknown>) => (work = p) });
    await work;
  };
  /** Dispatches a fetch; resolves to the worker's answer, or null when it lets the browser handle it. */
  const request = async (url: string, mode: RequestMode = 'cors'): Promise<Response | null> => {
    let answer: Promise<Response> | null = null;
    listeners.get('fetch')!({
      request: { url: new URL(url).href, method: 'GET', mode },
      respondWith: (p: Promise<Response>) => (answer = p),
    });
    return answer;
  };
  return {
    caches,
    hits,
    lifecycle,
    request,
    claimed: () => claimed,
    goOffline: () => (online = false),
  };
}

const BUILD = { 'index.html': '<p>v1</p>', 'assets/index-abc.js': 'js v1', 'favicon.svg': '<svg/>' };

describe('public/sw.js', () => {
  it('precaches every file of its build’s manifest when installed', async () => {
    const sw = worker('v1', BUILD);
    await sw.lifecycle('install');
    const shell = sw.caches.store.get('layer-explorer /sub/dir/ shell-v1')!;
    expect([...shell.keys()].sort()).toEqual(
      Object.keys(BUILD)
        .map((f) => SCOPE + f)
        .sort(),
    );
  });

  it('refuses to install from a manifest of another build (a half-finished deploy, a stale copy)', async () => {
    const sw = worker('v3', BUILD, { version: 'v2' });
    await expect(sw.lifecycle('install')).rejects.toThrow(
      'sw-manifest.json is for build v2, this worker is v3',
    );
    expect(sw.caches.store.size).toBe(0);
  });

  it('on activation deletes its own older caches, keeps other copies’ and other apps’ caches, and takes the page', async () => {
    const sw = worker('v2', BUILD);
    await sw.caches.api.open('layer-explorer /sub/dir/ shell-v1');
    await sw.caches.api.open('layer-explorer /sub/dir/ data-v1');
    await sw.caches.api.open('layer-explorer /other/copy/ shell-v1');
    await sw.caches.api.open('someone-else');
    await sw.lifecycle('install');
    await sw.lifecycle('activate');
    expect([...sw.caches.store.keys()].sort()).toEqual([
      'layer-explorer /other/copy/ shell-v1',
      'layer-explorer /sub/dir/ shell-v2',
      'someone-else',
    ]);
    expect(sw.claimed()).toBe(true);
  });

  it('answers hashed assets from the cache without the network', async () => {
    const sw = worker('v1', BUILD);
    await sw.lifecycle('install');
    const before = sw.hits.length;
    const response = await sw.request(`${SCOPE}assets/index-abc.js`);
    expect(await response!.text()).toBe('js v1');
    expect(sw.hits.length).toBe(before);
  });

  it('serves the page from the network when online, keeping it, and the kept page offline', async () => {
    const files = { ...BUILD };
    const sw = worker('v1', files);
    await sw.lifecycle('install');
    files['index.html'] = '<p>v1, edited on the host</p>';
    expect(await (await sw.request(SCOPE, 'navigate'))!.text()).toBe('<p>v1, edited on the host</p>');
    expect(sw.hits.at(-1)).toBe(SCOPE);
    sw.goOffline();
    const offline = await sw.request(`${SCOPE}?from=link`, 'navigate');
    expect(await offline!.text()).toBe('<p>v1, edited on the host</p>');
  });

  it('caches the MNIST data on first use and serves it offline', async () => {
    const sw = worker('v1', { ...BUILD, 'data/mnist-10k.bin': 'digits' }, { files: Object.keys(BUILD) });
    await sw.lifecycle('install');
    expect(await sw.caches.api.match(`${SCOPE}data/mnist-10k.bin`)).toBeUndefined();
    expect(await (await sw.request(`${SCOPE}data/mnist-10k.bin`))!.text()).toBe('digits');
    sw.goOffline();
    expect(await (await sw.request(`${SCOPE}data/mnist-10k.bin`))!.text()).toBe('digits');
    expect(sw.caches.store.get('layer-explorer /sub/dir/ data-v1')!.has(`${SCOPE}data/mnist-10k.bin`)).toBe(
      true,
    );
  });

  it('leaves requests outside its scope to the browser', async () => {
    const sw = worker('v1', BUILD);
    expect(await sw.request('https://example.test/other/app.js')).toBeNull();
    expect(await sw.request('https://cdn.example.test/sub/dir/assets/x.js')).toBeNull();
  });
});
