/// <reference types="vitest/config" />
import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { catalogDataPlugin } from './scripts/vite/catalog-data-plugin.ts';
import { previewStaticPages } from './scripts/prerender/preview-static-pages.ts';

import { catalogFiles } from './scripts/catalog-files.ts';

// The files the app is built with (CATALOG_FILE: others, e.g. a synthetic catalog or a pyvideo import).
const catalogFileList = catalogFiles();
const linkStatusFile = path.resolve('data/link-status.json');

export default defineConfig({
  // Serve from a sub-path on a static host with BASE_PATH=/talks/ npm run build.
  base: process.env.BASE_PATH ?? '/',
  // Tests use fixture catalogs, never the built data, so Vitest runs without the data plugin.
  plugins: [react(), ...(process.env.VITEST ? [] : [catalogDataPlugin({ catalogFiles: catalogFileList, linkStatusFile })]), previewStaticPages()],
  resolve: {
    // The browser fetches the dataset (virtual:catalog-url); the server build and the prerenderer
    // import it as a module (virtual:catalog-data).
    alias: { '@link-status': linkStatusFile },
  },
  build: {
    target: 'es2022',
    // The prerenderer links the chunks the first page needs (scripts/prerender/route-preloads.ts).
    modulePreload: false,
    rolldownOptions: {
      output: {
        // Everything the first page runs in one file. Left to itself, Rolldown puts each module
        // that split-off pages import too (the store, the paths, the messages…) in a small
        // chunk of its own, all of which the first page loads anyway: five files compressed
        // apart. One file is 2.0 KB gzip smaller (npm run size: 103.8 → 101.8 KB), and the
        // split-off pages import what they share from it.
        codeSplitting: { groups: [{ name: 'first-page', tags: ['$initial'] }] },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
