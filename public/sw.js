/*
 * Layer Explorer's service worker: the app keeps working offline once it has been opened.
 * Registered by src/pwa/registerServiceWorker.ts in production builds only, with the app's base path as
 * its scope. Hand-written and small on purpose; docs/deploy.md explains what it caches and how an
 * update rolls out.
 *
 * - install: precache the app shell listed in sw-manifest.json (index.html and the build's hashed files,
 *   written by the precacheManifest plugin in vite.config.ts);
 * - fetch: hashed files (assets/) cache-first, they never change under one name; the page itself
 *   network-first, falling back to the cached shell offline; the MNIST data (data/) cached on first use;
 * - activate: delete the caches of every other version.
 */

// Replaced at build time by a hash of the precache list, so every new build is a new worker (a browser
// installs a new worker only when the bytes of this file change).
const VERSION = 'dev';

/** The app's root (the registration scope, e.g. https://host/sub/dir/): every URL below is relative to it. */
const SCOPE = new URL(self.registration.scope);

// Caches are shared by the whole origin: naming them after the scope keeps two copies of the app on one
// host (say /v1/ and /v2/) from deleting each other's caches.
const PREFIX = `layer-explorer ${SCOPE.pathname} `;
const SHELL_CACHE = `${PREFIX}shell-${VERSION}`;
const DATA_CACHE = `${PREFIX}data-${VERSION}`;
const INDEX = new URL('index.html', SCOPE).href;
const ASSETS = new URL('assets/', SCOPE).href;
const DATA = new URL('data/', SCOPE).href;

// Static hosts add Vary (vite preview: Origin; others: Accept-Encoding) and the page's module scripts are
// CORS requests while the precache's were not: for files that never vary by request, Vary must not stop
// a cached copy from answering.
const MATCH = { ignoreVary: true };

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

async function precache() {
  const response = await fetch(new URL('sw-manifest.json', SCOPE), { cache: 'no-store' });
  if (!response.ok) throw new Error(`sw-manifest.json: HTTP ${response.status}`);
  const manifest = await response.json();
  // A manifest from another build (a half-finished deploy, a stale CDN copy) would mix two versions:
  // failing the install makes the browser try again on a later visit.
  if (manifest.version !== VERSION) {
    throw new Error(`sw-manifest.json is for build ${manifest.version}, this worker is ${VERSION}`);
  }
  const cache = await caches.open(SHELL_CACHE);
  await cache.addAll(manifest.files.map((file) => new Request(new URL(file, SCOPE), { cache: 'reload' })));
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keep = new Set([SHELL_CACHE, DATA_CACHE]);
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && !keep.has(name)) await caches.delete(name);
      }
      // Take over the page that registered this first worker, so it works offline without a reload.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE.href)) return;
  if (request.mode === 'navigate') {
    event.respondWith(pageFirstFromNetwork(request));
  } else if (request.url.startsWith(ASSETS)) {
    event.respondWith(cacheFirst(request, SHELL_CACHE));
  } else if (request.url.startsWith(DATA)) {
    event.respondWith(cacheFirst(request, DATA_CACHE));
  } else {
    event.respondWith(networkFirst(request));
  }
});

/** The page: the newest from the network when online (and kept as the shell), the cached shell offline. */
async function pageFirstFromNetwork(request) {
  try {
    const response = await fetch(request);
    const path = new URL(request.url);
    path.search = '';
    if (response.status === 200 && (path.href === SCOPE.href || path.href === INDEX)) {
      const cache = await caches.open(SHELL_CACHE);
      await cache.put(INDEX, response.clone());
    }
    return response;
  } catch (error) {
    const shell = await caches.match(INDEX, MATCH);
    if (shell) return shell;
    throw error;
  }
}

/** A file whose name changes with its content: once cached, never fetched again. */
async function cacheFirst(request, cacheName) {
  const cached = await caches.match(request, MATCH);
  if (cached) return cached;
  const response = await fetch(request);
  // Only whole answers: a partial (206) or an error must not stand in for the file later.
  if (response.status === 200) {
    const cache = await caches.open(cacheName);
    await cache.put(request, response.clone());
  }
  return response;
}

/** Anything else in scope (icon, web manifest): fresh when online, the precached copy offline. */
async function networkFirst(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = await caches.match(request, MATCH);
    if (cached) return cached;
    throw error;
  }
}
