// The dataset's way into the app. It is checked against the schema whenever Vite starts a build or
// the dev server sees it change, and it ships as a JSON file of its own beside the code, not inside
// the bundle:
// - code and data are cached apart, so correcting a talk does not make returning readers download
//   the app again, nor does an app release re-download the talks;
// - the browser parses JSON several times faster than the same data as JavaScript, which matters
//   once a catalog holds thousands of talks;
// - the first page view's JavaScript stays within its budget, whatever the catalog's size.
// The app imports the file's URL from `virtual:catalog-url`; prerendered pages preload it. The
// server build imports the data itself from `virtual:catalog-data`.
// The catalog may be several files (scripts/catalog-files.ts), composed here into one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import * as v from 'valibot';
import { parseCatalogFiles } from '../../src/catalog/validate-catalog.ts';
import { LinkStatusFileSchema } from '../../src/link-health/link-status-schema.ts';

const VIRTUAL_ID = 'virtual:catalog-url';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const DATA_ID = 'virtual:catalog-data';
const RESOLVED_DATA_ID = `\0${DATA_ID}`;

/** The key the emitted file has in Vite's build manifest, where the prerenderer finds its name. */
export const CATALOG_MANIFEST_KEY = 'catalog.json';

/** Where the dev server answers with the dataset, under the base path. */
const DEV_FILE = '@catalog.json';

export type CatalogDataOptions = { catalogFiles: readonly string[]; linkStatusFile: string };

/** The dataset, composed and validated, without the whitespace a person needs to edit it. */
function readValidCatalog(catalogFiles: readonly string[]): string {
  const files = catalogFiles.map((file) => ({ file: path.relative(process.cwd(), file), text: readFileSync(file, 'utf8') }));
  const result = parseCatalogFiles(files);
  if (!result.ok) throw new Error(`The dataset is invalid:\n  ${result.problems.join('\n  ')}`);
  return JSON.stringify(result.catalog);
}

function checkLinkStatus(linkStatusFile: string): void {
  const label = path.relative(process.cwd(), linkStatusFile);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(linkStatusFile, 'utf8'));
  } catch (error) {
    throw new Error(`${label} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const status = v.safeParse(LinkStatusFileSchema, parsed);
  if (!status.success) throw new Error(`${label} is invalid:\n${v.summarize(status.issues)}`);
}

export function catalogDataPlugin({ catalogFiles, linkStatusFile }: CatalogDataOptions): Plugin {
  let serving = false;
  let base = '/';
  const check = (): void => {
    readValidCatalog(catalogFiles);
    checkLinkStatus(linkStatusFile);
  };
  return {
    name: 'catalog-data',
    configResolved(config) {
      serving = config.command === 'serve';
      base = config.base;
    },
    buildStart: check,
    handleHotUpdate(ctx) {
      if (catalogFiles.includes(ctx.file) || ctx.file === linkStatusFile) check();
    },
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      return id === DATA_ID ? RESOLVED_DATA_ID : undefined;
    },
    load(id) {
      // JSON.parse of a string literal: engines parse that much faster than the same object literal.
      if (id === RESOLVED_DATA_ID) return `export default JSON.parse(${JSON.stringify(readValidCatalog(catalogFiles))});`;
      if (id !== RESOLVED_ID) return undefined;
      if (serving) return `export default ${JSON.stringify(`${base}${DEV_FILE}`)};`;
      const reference = this.emitFile({
        type: 'asset',
        name: 'catalog.json',
        originalFileName: CATALOG_MANIFEST_KEY,
        source: readValidCatalog(catalogFiles),
      });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== `${base}${DEV_FILE}`) {
          next();
          return;
        }
        try {
          const body = readValidCatalog(catalogFiles);
          response.setHeader('content-type', 'application/json; charset=utf-8');
          response.end(body);
        } catch (error) {
          next(error);
        }
      });
    },
  };
}
