// `npm run import:pyvideo -- <dir> --out <file> [--report <file.md>] [--name-en …] [--name-zh …]`,
// as a function so tests can run it without spawning a process. Errors a person can fix (a wrong
// path, a missing option) are said in one sentence, in English and in Chinese.
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCatalogText } from '../../../src/catalog/validate-catalog.ts';
import { formatImportReport } from '../import-report.ts';
import { describeReadError } from '../../read-text-file.ts';
import { counted } from '../../counted.ts';
import { catalogText, convertPyvideo, type PyvideoOptions } from './convert-pyvideo.ts';
import { readArchiveFolder } from './read-archive-folder.ts';

/** 0: written. 1: read, but nothing valid to write. 2: bad arguments, or not a pyvideo folder. */
export type ImportExitCode = 0 | 1 | 2;
export type ImportOutcome = { exitCode: ImportExitCode; output: string };

const USAGE = [
  'Usage: npm run import:pyvideo -- <pyvideo-data-folder> --out <catalog.json> [--report <report.md>] [--name-en <name>] [--name-zh <name>]',
  '用法：npm run import:pyvideo -- <pyvideo 数据目录> --out <目录文件.json> [--report <报告.md>] [--name-en <名称>] [--name-zh <名称>]',
].join('\n');

type Args = { dir: string; out: string; report?: string; nameEn?: string; nameZh?: string };

const VALUE_OPTIONS = { '--out': 'out', '--report': 'report', '--name-en': 'nameEn', '--name-zh': 'nameZh' } as const;
type ValueOption = keyof typeof VALUE_OPTIONS;
const isValueOption = (arg: string): arg is ValueOption => Object.hasOwn(VALUE_OPTIONS, arg);

const failure = (exitCode: ImportExitCode, en: string, zh: string): ImportOutcome => ({ exitCode, output: `import:pyvideo: ${en}\nimport:pyvideo：${zh}` });
const usageError = (en: string, zh: string): ImportOutcome => {
  const outcome = failure(2, en, zh);
  return { ...outcome, output: `${outcome.output}\n${USAGE}` };
};

export function parseArgs(args: readonly string[]): { ok: true; args: Args } | { ok: false; outcome: ImportOutcome } {
  const values: Partial<Record<(typeof VALUE_OPTIONS)[ValueOption], string>> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const [flag = '', inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (isValueOption(flag)) {
      const value = inline ?? args[i + 1];
      if (inline === undefined) i += 1;
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
        return { ok: false, outcome: usageError(`${flag} needs a value`, `${flag} 需要一个值`) };
      }
      values[VALUE_OPTIONS[flag]] = value;
    } else if (arg.startsWith('-')) {
      return { ok: false, outcome: usageError(`unknown option ${arg}`, `未知选项 ${arg}`) };
    } else positional.push(arg);
  }
  if (positional.length === 0) return { ok: false, outcome: usageError('give the pyvideo data folder to import', '请给出要导入的 pyvideo 数据目录') };
  if (positional.length > 1) return { ok: false, outcome: usageError(`expected one folder, got ${positional.length}: ${positional.join(' ')}`, `只能给出一个目录，却给了 ${positional.length} 个：${positional.join(' ')}`) };
  if (values.out === undefined) return { ok: false, outcome: usageError('--out <catalog.json> is required', '必须用 --out <目录文件.json> 指定输出文件') };
  const [dir = ''] = positional;
  return { ok: true, args: { dir, ...values, out: values.out } };
}

/** The report's default place: next to the catalog, "x.json" → "x.report.md". */
export const defaultReportPath = (out: string) => `${out.replace(/\.json$/i, '')}.report.md`;

async function writeText(file: string, text: string): Promise<string | undefined> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    return undefined;
  } catch (error) {
    return describeReadError(error);
  }
}

export async function runImportPyvideo(rawArgs: readonly string[], cwd = process.cwd()): Promise<ImportOutcome> {
  if (rawArgs.includes('--help') || rawArgs.includes('-h')) return { exitCode: 0, output: USAGE };
  const parsed = parseArgs(rawArgs);
  if (!parsed.ok) return parsed.outcome;
  const { dir, out, nameEn, nameZh } = parsed.args;
  const reportFile = parsed.args.report ?? defaultReportPath(out);
  const root = path.resolve(cwd, dir);

  const info = await stat(root).catch((error: unknown) => describeReadError(error));
  if (typeof info === 'string') {
    return info === 'no such file'
      ? failure(2, `pyvideo folder not found: ${dir} (${root})`, `pyvideo 目录不存在：${dir}（${root}）`)
      : failure(2, `cannot read the pyvideo folder ${dir}: ${info}`, `无法读取 pyvideo 目录 ${dir}：${info}`);
  }
  if (!info.isDirectory()) return failure(2, `${dir} is a file, not the pyvideo data folder`, `${dir} 是文件，不是 pyvideo 数据目录`);

  const options: PyvideoOptions = { siteName: { en: nameEn, zh: nameZh } };
  const { catalog, report, stats, summary } = await convertPyvideo(readArchiveFolder(root), options);
  if (stats.eventFolders === 0) {
    return failure(
      2,
      `no events found in ${dir}: expected <event>/category.json and <event>/videos/*.json (the layout of github.com/pyvideo/data)`,
      `在 ${dir} 中没有找到活动：应为 <活动>/category.json 与 <活动>/videos/*.json（github.com/pyvideo/data 的目录结构）`,
    );
  }

  const title = `pyvideo import report: ${path.basename(root)}`;
  const reportText = formatImportReport(title, summary, report);
  const reportProblem = await writeText(path.resolve(cwd, reportFile), reportText);
  if (reportProblem !== undefined) return failure(2, `cannot write the report ${reportFile}: ${reportProblem}`, `无法写入报告 ${reportFile}：${reportProblem}`);
  const counts = `${report.count('skipped')} skipped, ${report.count('repaired')} repaired, ${report.count('suspicious')} suspicious`;

  if (stats.talks === 0) {
    return failure(1, `no talk in ${dir} could be imported; see the report ${reportFile} (${counts})`, `${dir} 中没有可导入的演讲；详见报告 ${reportFile}`);
  }
  const text = catalogText(catalog);
  const checked = parseCatalogText(text, out);
  if (!checked.ok) {
    const shown = checked.problems.slice(0, 20).map((p) => `  ${p}`);
    const more = checked.problems.length > 20 ? [`  … and ${checked.problems.length - 20} more`] : [];
    const heading = failure(1, `the converted catalog is not valid (${counted(checked.problems.length, 'problem')}); nothing written to ${out}`, `转换结果未通过校验（${checked.problems.length} 个问题），未写入 ${out}`);
    return { exitCode: 1, output: [heading.output, ...shown, ...more].join('\n') };
  }
  const outProblem = await writeText(path.resolve(cwd, out), text);
  if (outProblem !== undefined) return failure(2, `cannot write ${out}: ${outProblem}`, `无法写入 ${out}：${outProblem}`);
  return {
    exitCode: 0,
    output: [`${out}: ${counted(stats.events, 'event')}, ${counted(stats.talks, 'talk')}, ${counted(stats.speakers, 'speaker')}, ${counted(stats.topicsKept, 'topic')}; valid.`, `${reportFile}: ${counts}.`, ...summary].join('\n'),
  };
}
