// npm run size [-- --json out.json] — after `vite build`: the first page view's JS and CSS
// against the budgets. Exit 0 within budget, 1 over a budget or on a check failure, 2 without dist.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport } from './size/format-report';
import { DistMissingError, measureBundle, type BundleReport } from './size/measure-bundle';

const USAGE = 'usage: npm run size [-- --json <out.json>] [--dist <dir>]';

function parse(): { json: string | undefined; dist: string } {
  try {
    const { values } = parseArgs({
      options: { json: { type: 'string' }, dist: { type: 'string', default: 'dist' } },
      strict: true,
    });
    return { json: values.json, dist: values.dist };
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
}

function measure(dist: string): BundleReport {
  try {
    return measureBundle(dist);
  } catch (error) {
    if (error instanceof DistMissingError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}

const options = parse();
const report = measure(options.dist);
console.log(formatReport(report));
if (options.json !== undefined) {
  mkdirSync(path.dirname(options.json), { recursive: true });
  writeFileSync(options.json, `${JSON.stringify({ unit: 'bytes', ok: report.failures.length === 0, ...report }, null, 2)}\n`);
  console.log(`Figures written to ${options.json}`);
}
process.exitCode = report.failures.length === 0 ? 0 : 1;
