import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// BASE_PATH lets the production build live under any static-host path (e.g. /layer-explorer/).
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [react()],
  // plotly.js's partial bundle reads `global`, which browsers do not define.
  define: { global: 'globalThis' },
  build: { target: 'es2022', sourcemap: true },
});
