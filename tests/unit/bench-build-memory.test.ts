// How the bench reads a build's memory from /proc, and the catalog files it writes so the 11-talk
// post builds on its own.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { postContextPart, POST_FILE } from '../../scripts/bench/bench-cases';
import { descendants, parentPid, statusBytes } from '../../scripts/bench/process-tree-memory';
import type { CatalogPart } from '../../src/catalog/catalog-schema';
import { parseCatalogFiles } from '../../src/catalog/validate-catalog';

describe('/proc parsing', () => {
  it('reads the parent pid after a command name with spaces and parentheses', () => {
    expect(parentPid('4934 (cat) R 4932 4932 2169 0 -1')).toBe(4932);
    expect(parentPid('77 (node (vite) x) S 12 77 12 0')).toBe(12);
    expect(parentPid('garbage')).toBeUndefined();
  });

  it('reads kB fields of /proc/<pid>/status as bytes', () => {
    const status = 'Name:\tnode\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n';
    expect(statusBytes(status, 'VmRSS')).toBe(100 * 2 ** 20);
    expect(statusBytes(status, 'VmHWM')).toBe(200 * 2 ** 20);
    expect(statusBytes('Name:\tkthreadd\n', 'VmRSS')).toBe(0);
  });

  it('finds a process tree at any depth, and nothing outside it', () => {
    const parents = new Map([
      [2, 1],
      [3, 2],
      [4, 3],
      [5, 1],
      [9, 8],
    ]);
    expect([...descendants(parents, 2)].sort()).toEqual([2, 3, 4]);
    expect([...descendants(parents, 1)].sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('postContextPart', () => {
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as CatalogPart;

  it('gives the post the site, sources and topics it needs from the archive, and no talk of the archive’s', () => {
    const archive = read('data/cncf-archive.json');
    const post = read(POST_FILE);
    const context = postContextPart(archive, post);
    expect(context.talks).toBeUndefined();
    expect(context.site).toEqual(archive.site);
    const used = new Set((post.talks ?? []).flatMap((talk) => talk.topics));
    expect(context.topics?.every((topic) => used.has(topic.id))).toBe(true);
    const result = parseCatalogFiles([
      { file: 'context.json', text: JSON.stringify(context) },
      { file: POST_FILE, text: readFileSync(POST_FILE, 'utf8') },
    ]);
    expect(result.ok ? result.catalog.talks.length : result.problems).toBe(post.talks?.length);
  });

  it('leaves out a topic the layer defines itself', () => {
    const archive: CatalogPart = { topics: [{ id: 'a', kind: 'subject', label: { en: 'A' } }, { id: 'b', kind: 'subject', label: { en: 'B' } }] };
    const layer = { topics: [{ id: 'b', kind: 'subject', label: { en: 'B2' } }], talks: [{ topics: ['a', 'b'] }] } as unknown as CatalogPart;
    expect(postContextPart(archive, layer).topics?.map((topic) => topic.id)).toEqual(['a']);
  });
});
