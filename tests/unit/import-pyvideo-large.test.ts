// The importer at scale: a made-up archive of 3,000 talk files in 30 events, with the awkward cases
// mixed in, written to disk and converted by the command itself.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCatalogText } from '../../src/catalog/validate-catalog.ts';
import { runImportPyvideo } from '../../scripts/import/pyvideo/cli.ts';
import { catalogText, convertPyvideo } from '../../scripts/import/pyvideo/convert-pyvideo.ts';
import { syntheticArchive } from '../../scripts/import/pyvideo/synthetic-archive.ts';

const SIZE = { events: 30, talksPerEvent: 100 };
// The generator's cycle of 25 cases has three that cannot be talks: broken JSON, no title, a list.
const UNUSABLE_PER_EVENT = 3 * Math.ceil(SIZE.talksPerEvent / 25);

describe('import:pyvideo on a large synthetic archive', () => {
  let root: string;
  let dir: string;
  let out: string;

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'pyvideo-large-'));
    dir = path.join(root, 'data');
    for (const file of syntheticArchive(SIZE)) {
      const target = path.join(dir, ...file.path.split('/'));
      mkdirSync(path.dirname(target), { recursive: true });
      if ('text' in file) writeFileSync(target, file.text);
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('converts 3,000 files within seconds into a valid catalog, reporting what it could not use', async () => {
    out = path.join(root, 'out', 'catalog.json');
    const started = performance.now();
    const { exitCode, output } = await runImportPyvideo([dir, '--out', out]);
    const seconds = (performance.now() - started) / 1000;
    expect(output).toContain('valid.');
    expect(exitCode).toBe(0);
    expect(seconds).toBeLessThan(12); // about 2 s on an idle 2-core machine

    const text = readFileSync(out, 'utf8');
    const checked = parseCatalogText(text, 'catalog.json');
    expect(checked.ok ? [] : checked.problems.slice(0, 5)).toEqual([]);
    if (!checked.ok) return;
    const { catalog } = checked;
    expect(catalog.events).toHaveLength(SIZE.events);
    expect(catalog.talks).toHaveLength(SIZE.events * (SIZE.talksPerEvent - UNUSABLE_PER_EVENT));
    expect(catalog.talks.every((t) => t.id.startsWith(`${t.event}-`))).toBe(true);
    expect(catalog.talks.filter((t) => t.videos.some((v) => v.host === 'vimeo')).length).toBe(SIZE.events * 4);
    expect(catalog.talks.every((t) => (t.summary?.en ?? t.summary?.zh ?? '').length <= 20_000)).toBe(true);
    expect(catalog.speakers.some((s) => s.id === 'bjorn-rabenstein')).toBe(true);
    expect(catalog.topics.map((t) => t.id)).toEqual(expect.arrayContaining(['python', 'c-plus-plus', 'c-sharp', 'data-science']));

    const report = readFileSync(path.join(root, 'out', 'catalog.report.md'), 'utf8');
    for (const row of [
      `| skipped | invalid-json | ${SIZE.events * 4} |`,
      `| skipped | no-title | ${SIZE.events * 4} |`,
      `| skipped | not-an-object | ${SIZE.events * 4} |`,
      `| skipped | placeholder-speaker | ${SIZE.events * 4 * 3} |`,
      `| repaired | summary-too-long | ${SIZE.events * 4} |`,
      `| repaired | invisible-characters-removed | ${SIZE.events * 4} |`,
      `| suspicious | duplicate-talk-slug | ${SIZE.events * 3} |`,
      `| suspicious | no-video | ${SIZE.events * 4} |`,
    ]) {
      expect(report).toContain(row);
    }
    // Every generated YouTube link names a video: a finding here would be the importer's mistake.
    expect(report).not.toContain('youtube-link-without-video-id');
  }, 30_000);

  it('writes the same catalog from disk as from the files in memory', async () => {
    const inMemory = await convertPyvideo(syntheticArchive(SIZE));
    expect(readFileSync(out, 'utf8')).toBe(catalogText(inMemory.catalog));
  }, 30_000);
});
