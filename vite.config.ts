import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * BASE_PATH lets the production build live under any static-host path (e.g. /layer-explorer/). It must be
 * a path from the host's root; the trailing slash is added when missing.
 */
function basePath(raw: string | undefined): string {
  if (raw === undefined || raw === '') return '/';
  if (!raw.startsWith('/'))
    throw new Error(`BASE_PATH must start with '/' (a path on the host), got '${raw}'`);
  return raw.endsWith('/') ? raw : `${raw}/`;
}

/** Every file under `dir`, as '/'-separated paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/**
 * Whether public/sw.js precaches a built file: everything the app can load offline, except the worker
 * and its manifest themselves, source maps, the MNIST data (cached on first use instead) and the font
 * formats other than woff2 (every browser with service workers reads woff2).
 */
function precached(file: string): boolean {
  return !/^(sw\.js|sw-manifest\.json|data\/.*|.*\.(map|woff|ttf))$/.test(file);
}

/**
 * After the build is written: dist/sw-manifest.json lists the app shell public/sw.js precaches, under a
 * version that hashes the files' names and bytes, and that version is stamped into dist/sw.js, so each
 * different build is a new worker for the browser (it compares the worker script byte for byte).
 */
function precacheManifest(): Plugin {
  let outDir = '';
  return {
    name: 'layer-explorer:precache-manifest',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      const files = filesUnder(outDir).filter(precached).sort();
      const hash = createHash('sha256');
      for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(outDir, file)));
      const version = hash.digest('hex').slice(0, 16);
      writeFileSync(join(outDir, 'sw-manifest.json'), `${JSON.stringify({ version, files }, null, 2)}\n`);
      const sw = join(outDir, 'sw.js');
      const source = readFileSync(sw, 'utf8');
      const stamped = source.replace(/^const VERSION = 'dev';$/m, `const VERSION = '${version}';`);
      if (stamped === source) throw new Error(`${sw}: no "const VERSION = 'dev';" line to stamp`);
      writeFileSync(sw, stamped);
    },
  };
}

export default defineConfig({
  base: basePath(process.env.BASE_PATH),
  plugins: [react(), precacheManifest()],
  // plotly.js's partial bundle reads `global`, which browsers do not define.
  define: { global: 'globalThis' },
  build: { target: 'es2022', sourcemap: true },
});
