// `npm run check-links`: checks every link in the catalog (its files composed, as the app is built
// from them) and records the outcome in
// data/link-status.json for the app to show. Dependencies are parameters so tests run offline.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseCatalogFiles, type CatalogFileText } from '../../src/catalog/validate-catalog';
import type { LinkCheck } from '../../src/link-health/link-status-schema';
import { readTextFile } from '../read-text-file';
import { counted } from '../counted';
import { checkLink, type CheckLinkOptions } from './check-link';
import { collectLinks } from './collect-links';
import { mapWithConcurrency } from './limit-concurrency';
import { buildStatusFile, formatTable } from './link-report';
import { parseCheckLinksArgs, USAGE } from './parse-check-links-args';

export interface CheckLinksDependencies {
  cwd: string;
  log: (line: string) => void;
  fetch: typeof fetch;
  now: () => Date;
}

/** Checks each URL once, at most `concurrency` at a time. */
export async function checkLinks(
  urls: readonly string[],
  concurrency: number,
  options: CheckLinkOptions,
): Promise<Map<string, LinkCheck>> {
  const checked = await mapWithConcurrency(urls, concurrency, async (url) => [url, await checkLink(url, options)] as const);
  return new Map(checked);
}

/**
 * Exit code 0 when nothing is known to be broken, 1 when a link answered 404/410, 2 when the
 * check could not run (bad arguments, unreadable or invalid dataset).
 */
export async function runCheckLinks(argv: readonly string[], deps: CheckLinksDependencies): Promise<0 | 1 | 2> {
  if (argv.includes('--help')) {
    deps.log(USAGE);
    return 0;
  }
  const parsed = parseCheckLinksArgs(argv);
  if (!parsed.ok) {
    deps.log(`check-links: ${parsed.error}\n${USAGE}`);
    return 2;
  }
  const { datasets, out, timeoutMs, concurrency } = parsed.args;

  const files: CatalogFileText[] = [];
  for (const file of datasets) {
    const read = readTextFile(path.resolve(deps.cwd, file));
    if (!read.ok) {
      deps.log(`${file}: cannot read the file: ${read.reason}`);
      return 2;
    }
    files.push({ file, text: read.text });
  }
  const dataset = datasets.join(' + ');
  const catalog = parseCatalogFiles(files);
  if (!catalog.ok) {
    deps.log([`${dataset} is invalid; fix it first (npm run validate-data):`, ...catalog.problems].join('\n  '));
    return 2;
  }

  const startedAt = deps.now().toISOString();
  const urls = collectLinks(catalog.catalog);
  deps.log(`Checking ${counted(urls.length, 'link')} from ${dataset} (concurrency ${concurrency}, timeout ${timeoutMs} ms)…`);
  const results = await checkLinks(urls, concurrency, { timeoutMs, fetch: deps.fetch, now: deps.now });

  const outPath = path.resolve(deps.cwd, out);
  mkdirSync(path.dirname(outPath), { recursive: true });
  writeFileSync(outPath, `${JSON.stringify(buildStatusFile(startedAt, results), null, 2)}\n`);

  for (const line of formatTable(results)) deps.log(line);
  deps.log(`Wrote ${out}.`);
  return [...results.values()].some((check) => check.status === 'broken') ? 1 : 0;
}
