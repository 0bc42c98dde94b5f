// `npm run import:cncf [-- --source <dir>] [--out <dir>] [--corrections <file>]`
// Reads CNCF's Chinese mirror lists (by default ../shared/data/cncf-presentations/chinese, beside
// this repository), applies the reviewed corrections and writes the catalog part
// <out>/cncf-archive.json and its report <out>/import-report/cncf.md. The build reads only what
// this writes; the source folder is needed only to run it again.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { validateCatalogPart } from '../src/catalog/validate-catalog.ts';
import { formatImportReport } from './import/import-report.ts';
import { importCncf } from './import/cncf/import-cncf.ts';
import { readCorrections, readMirrorLists } from './import/cncf/read-sources.ts';
import { REPORT_TITLE, reportSummary } from './import/cncf/report-summary.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function fail(message: string): never {
  process.stderr.write(`import:cncf: ${message}\n`);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    source: { type: 'string', default: path.join('..', 'shared', 'data', 'cncf-presentations', 'chinese') },
    out: { type: 'string', default: 'data' },
    corrections: { type: 'string', default: path.join('data', 'corrections', 'cncf.json') },
  },
});
const sourceDir = path.resolve(repoRoot, values.source);
const outDir = path.resolve(repoRoot, values.out);
const correctionsPath = path.resolve(repoRoot, values.corrections);

let files;
try {
  files = readMirrorLists(sourceDir);
} catch (error) {
  fail(`cannot read the source folder ${sourceDir}: ${error instanceof Error ? error.message : String(error)}`);
}
if (files.length === 0) fail(`no .md files in ${sourceDir}`);
const corrections = readCorrections(correctionsPath);
if (!corrections.ok) fail(`the corrections file is not valid:\n  ${corrections.problems.join('\n  ')}`);

const { part, report, figures } = importCncf({ files, corrections: corrections.corrections });
const checked = validateCatalogPart(part, 'cncf-archive.json');
if (!checked.ok) fail(`the part does not match the catalog schema:\n  ${checked.problems.slice(0, 20).join('\n  ')}`);

const partFile = path.join(outDir, 'cncf-archive.json');
const reportFile = path.join(outDir, 'import-report', 'cncf.md');
mkdirSync(path.dirname(reportFile), { recursive: true });
writeFileSync(partFile, `${JSON.stringify(part, null, 2)}\n`);
const summary = reportSummary(part, report, figures, path.relative(repoRoot, correctionsPath).split(path.sep).join('/'));
writeFileSync(reportFile, formatImportReport(REPORT_TITLE, summary, report));

const shown = (file: string) => path.relative(process.cwd(), file) || file;
process.stdout.write(
  [
    `${figures.files} files, ${figures.rowsRead} rows read: ${figures.talksWritten} talks written, ${figures.rowsSkipped} rows not used.`,
    `${figures.speakers} speakers, ${part.events?.length ?? 0} events, ${figures.topics} topics; ${figures.prometheusTalks} Prometheus talks.`,
    `${report.count('repaired')} repairs, ${report.count('suspicious')} suspicions; corrections: ${figures.correctionsApplied} applied, ${figures.staleCorrections} stale.`,
    `Wrote ${shown(partFile)} and ${shown(reportFile)}.`,
    '',
  ].join('\n'),
);
