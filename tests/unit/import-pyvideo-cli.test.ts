import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultReportPath, runImportPyvideo } from '../../scripts/import/pyvideo/cli.ts';

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'pyvideo-cli-'));
  const write = (file: string, value: unknown) => {
    const target = path.join(root, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  };
  write('archive/conf-2019/category.json', { title: 'Conf 2019' });
  write('archive/conf-2019/videos/a.json', { title: 'A talk', speakers: ['Ann Lee'], recorded: '2019-07-10', description: '', videos: [{ type: 'youtube', url: 'https://youtu.be/r0_n9d9x97Y' }] });
  write('archive/.github/workflow.json', '{}');
  write('broken/conf-2019/category.json', { title: 'Conf 2019' });
  write('broken/conf-2019/videos/a.json', '{ not json');
  write('a-file.json', '{}');
  mkdirSync(path.join(root, 'empty', 'tools'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const run = (...args: string[]) => runImportPyvideo(args, root);

describe('npm run import:pyvideo: arguments', () => {
  it.each([
    [[], 'give the pyvideo data folder', '请给出要导入的 pyvideo 数据目录'],
    [['archive'], '--out <catalog.json> is required', '必须用 --out'],
    [['archive', '--out'], '--out needs a value', '--out 需要一个值'],
    [['archive', '--out', 'x.json', '--colour'], 'unknown option --colour', '未知选项 --colour'],
    [['archive', 'other', '--out', 'x.json'], 'expected one folder, got 2', '只能给出一个目录'],
  ])('refuses %j, saying why in English and Chinese, with the usage', async (args, en, zh) => {
    const { exitCode, output } = await run(...args);
    expect(exitCode).toBe(2);
    expect(output).toContain(en);
    expect(output).toContain(zh);
    expect(output).toContain('Usage: npm run import:pyvideo');
  });

  it('says which folder does not exist', async () => {
    const { exitCode, output } = await run('no-such-dir', '--out', 'x.json');
    expect(exitCode).toBe(2);
    expect(output).toContain('pyvideo folder not found: no-such-dir');
    expect(output).toContain('pyvideo 目录不存在：no-such-dir');
    expect(output).toContain(path.join(root, 'no-such-dir'));
  });

  it('says when the path is a file, or a folder without events', async () => {
    expect(await run('a-file.json', '--out', 'x.json')).toMatchObject({ exitCode: 2, output: expect.stringContaining('a-file.json 是文件') as unknown });
    const empty = await run('empty', '--out', 'x.json');
    expect(empty.exitCode).toBe(2);
    expect(empty.output).toContain('no events found in empty: expected <event>/category.json and <event>/videos/*.json');
    expect(empty.output).toContain('在 empty 中没有找到活动');
    expect(existsSync(path.join(root, 'x.json'))).toBe(false);
  });

  it('prints the usage for --help', async () => {
    expect(await run('--help')).toMatchObject({ exitCode: 0, output: expect.stringContaining('--report <report.md>') as unknown });
  });
});

describe('npm run import:pyvideo: output', () => {
  it('writes the catalog and, next to it, the report', async () => {
    const { exitCode, output } = await run('archive', '--out', 'out/catalog.json', '--name-en', 'Test talks');
    expect(output).toContain('out/catalog.json: 1 event, 1 talk, 1 speaker, 0 topics; valid.');
    expect(exitCode).toBe(0);
    const catalog = JSON.parse(readFileSync(path.join(root, 'out/catalog.json'), 'utf8')) as { site: { name: { en: string } }; talks: { videos: unknown }[] };
    expect(catalog.site.name.en).toBe('Test talks');
    expect(catalog.talks[0]?.videos).toEqual([{ host: 'youtube', url: 'https://www.youtube.com/watch?v=r0_n9d9x97Y' }]);
    expect(readFileSync(path.join(root, 'out/catalog.report.md'), 'utf8')).toMatch(/^# pyvideo import report: archive\n/);
  });

  it('writes the report where --report says', async () => {
    const { exitCode } = await run('archive', '--out=out/b.json', '--report', 'reports/b.md');
    expect(exitCode).toBe(0);
    expect(existsSync(path.join(root, 'reports/b.md'))).toBe(true);
    expect(existsSync(path.join(root, 'out/b.report.md'))).toBe(false);
  });

  it('writes no catalog but the report when no talk could be imported', async () => {
    const { exitCode, output } = await run('broken', '--out', 'out/broken.json');
    expect(exitCode).toBe(1);
    expect(output).toContain('no talk in broken could be imported');
    expect(existsSync(path.join(root, 'out/broken.json'))).toBe(false);
    expect(readFileSync(path.join(root, 'out/broken.report.md'), 'utf8')).toContain('| conf-2019/videos/a.json:1 | invalid-json |');
  });

  it('puts the report next to the catalog by default', () => {
    expect(defaultReportPath('data/pyvideo.json')).toBe('data/pyvideo.report.md');
    expect(defaultReportPath('pyvideo')).toBe('pyvideo.report.md');
  });
});
