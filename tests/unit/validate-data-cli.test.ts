import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runValidateData } from '../../scripts/validate-data-cli';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = (...args: string[]) => runValidateData(args, root);

describe('npm run validate-data', () => {
  it('checks data/talks.json by default and reports it valid', () => {
    expect(run()).toEqual({ exitCode: 0, output: 'data/talks.json: 11 talks, valid.' });
  });

  it('lists every problem of a broken dataset, labelled with the path as given', () => {
    expect(run('tests/fixtures/invalid/duplicate-ids.json')).toEqual({
      exitCode: 1,
      output: [
        'tests/fixtures/invalid/duplicate-ids.json: 1 problem:',
        '  tests/fixtures/invalid/duplicate-ids.json: talks[1] (prometheus-from-berlin-to-bonanza): id: duplicate id, already used by talks[0]',
      ].join('\n'),
    });
  });

  it('counts the problems in its heading', () => {
    const { exitCode, output } = run('tests/fixtures/several-problems.json');
    const lines = output.split('\n');
    expect(exitCode).toBe(1);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('tests/fixtures/several-problems.json: 3 problems:');
    expect(lines.slice(1).join('\n')).toContain('talks[1] (alerting-in-cloud-native-environments): level: expected one of');
  });

  it('says in one line when the file is missing', () => {
    expect(run('data/no-such-file.json')).toEqual({
      exitCode: 2,
      output: 'data/no-such-file.json: cannot read the file: no such file',
    });
  });

  it('says in one line when the path is a directory', () => {
    expect(run('data')).toEqual({ exitCode: 2, output: 'data: cannot read the file: it is a directory, not a file' });
  });

  it('refuses more than one file', () => {
    expect(run('data/talks.json', 'data/other.json').exitCode).toBe(2);
  });
});
