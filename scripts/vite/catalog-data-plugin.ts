// The dataset's way into the app. It is composed from its files (scripts/catalog-files.ts) and
// checked against the schema whenever Vite starts a build or the dev server sees it change. It
// ships as JSON files of its own beside the code, never inside the bundle, so code and data are
// cached apart and the first view's JavaScript stays the same size whatever the catalog's:
// - outline.json: what every page needs, small at any size (src/catalog/page-data.ts).
// Each page's slice, each long list's talks and the archive's search index are written by the
// prerenderer (the index into the folder `indexUrl` names, scripts/archive-index/).
// The app imports the URLs from `virtual:catalog-url`; prerendered pages preload the outline. The
// dev server hands the app the whole catalog instead (`wholeUrl`), so it needs no index.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import * as v from 'valibot';
import type { Catalog } from '../../src/catalog/catalog-schema.ts';
import { outlineOf } from '../../src/catalog/page-data.ts';
import { parseCatalogFiles } from '../../src/catalog/validate-catalog.ts';
import { LinkStatusFileSchema } from '../../src/link-health/link-status-schema.ts';
import { archiveIndexFolder } from '../archive-index/build-archive-index.ts';

const VIRTUAL_ID = 'virtual:catalog-url';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** The keys the emitted files have in Vite's build manifest, where the prerenderer finds their names. */
export const OUTLINE_MANIFEST_KEY = 'outline.json';

/** Where the dev server answers with the files, under the base path. */
const DEV_FILES = { outline: '@outline.json', whole: '@catalog.json' } as const;

export type CatalogDataOptions = { catalogFiles: readonly string[]; linkStatusFile: string };

/** The dataset, composed and validated. */
export function readValidCatalog(catalogFiles: readonly string[]): Catalog {
  const files = catalogFiles.map((file) => ({ file: path.relative(process.cwd(), file), text: readFileSync(file, 'utf8') }));
  const result = parseCatalogFiles(files);
  if (!result.ok) throw new Error(`The dataset is invalid:\n  ${result.problems.join('\n  ')}`);
  return result.catalog;
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
  let catalog: Catalog | undefined;
  const check = (): void => {
    catalog = readValidCatalog(catalogFiles);
    checkLinkStatus(linkStatusFile);
  };
  const current = (): Catalog => (catalog ??= readValidCatalog(catalogFiles));
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
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (serving) {
        const urls = { outlineUrl: `${base}${DEV_FILES.outline}`, wholeUrl: `${base}${DEV_FILES.whole}`, indexUrl: '' };
        return Object.entries(urls).map(([name, url]) => `export const ${name} = ${JSON.stringify(url)};`).join('\n');
      }
      const emit = (name: string, data: unknown) =>
        this.emitFile({ type: 'asset', name, originalFileName: name, source: JSON.stringify(data) });
      const outline = emit(OUTLINE_MANIFEST_KEY, outlineOf(current()));
      return [
        `export const outlineUrl = import.meta.ROLLUP_FILE_URL_${outline};`,
        `export const indexUrl = ${JSON.stringify(`${base}${archiveIndexFolder(current())}`)};`,
        // Built pages never fetch the whole catalog: no such file is written.
        `export const wholeUrl = '';`,
      ].join('\n');
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = request.url?.split('?')[0];
        const body =
          url === `${base}${DEV_FILES.outline}` ? () => outlineOf(current()) : url === `${base}${DEV_FILES.whole}` ? current : undefined;
        if (body === undefined) {
          next();
          return;
        }
        try {
          response.setHeader('content-type', 'application/json; charset=utf-8');
          response.end(JSON.stringify(body()));
        } catch (error) {
          next(error);
        }
      });
    },
  };
}
