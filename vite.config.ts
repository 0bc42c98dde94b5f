/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import * as v from 'valibot';
import { parseCatalogText } from './src/catalog/validate-catalog.ts';
import { LinkStatusFileSchema } from './src/link-health/link-status-schema.ts';
import { previewStaticPages } from './scripts/prerender/preview-static-pages.ts';

// The dataset the app is built with. The benchmark points this at a synthetic catalog.
const catalogFile = path.resolve(process.env.CATALOG_FILE ?? 'data/talks.json');
const linkStatusFile = path.resolve('data/link-status.json');

/** Refuses to build (or serve) a dataset that does not match the schema, naming every problem. */
function validateCatalogPlugin(): Plugin {
  const check = () => {
    const label = path.relative(process.cwd(), catalogFile);
    const result = parseCatalogText(readFileSync(catalogFile, 'utf8'), label);
    if (!result.ok) throw new Error(`The dataset is invalid:\n  ${result.problems.join('\n  ')}`);
    const status = v.safeParse(LinkStatusFileSchema, JSON.parse(readFileSync(linkStatusFile, 'utf8')));
    if (!status.success) throw new Error(`data/link-status.json is invalid:\n${v.summarize(status.issues)}`);
  };
  return {
    name: 'validate-catalog',
    buildStart: check,
    handleHotUpdate(ctx) {
      if (ctx.file === catalogFile || ctx.file === linkStatusFile) check();
    },
  };
}

export default defineConfig({
  // Serve from a sub-path on a static host with BASE_PATH=/talks/ npm run build.
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), validateCatalogPlugin(), previewStaticPages()],
  resolve: {
    alias: { '@catalog-data': catalogFile, '@link-status': linkStatusFile },
  },
  build: {
    target: 'es2022',
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
