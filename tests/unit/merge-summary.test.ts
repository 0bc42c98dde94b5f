import { describe, expect, it } from 'vitest';
import { lookups } from '../../src/catalog/catalog-lookups';
import { mergeSummary } from '../../src/reader-list/merge-summary';
import { fixtureCatalog } from './fixture-catalog';

const known = (id: string) => lookups(fixtureCatalog).talkById.has(id);

describe('mergeSummary', () => {
  it('counts what the merge added and each unknown id once, however often the file repeats it', () => {
    const before = { saved: ['counting-things'], watched: [] };
    const incoming = { saved: ['counting-things', 'storage-deep-dive', 'future-talk'], watched: ['future-talk', 'another-future-talk', 'storage-deep-dive'] };
    const after = { saved: ['counting-things', 'storage-deep-dive', 'future-talk'], watched: ['future-talk', 'another-future-talk', 'storage-deep-dive'] };
    expect(mergeSummary(before, after, incoming, known)).toEqual({ saved: 2, watched: 3, unknown: 2 });
  });

  it('finds no unknown id in a file of the catalog’s own talks, and nothing added when all were there', () => {
    const list = { saved: fixtureCatalog.talks.map((talk) => talk.id), watched: [] };
    expect(mergeSummary(list, list, list, known)).toEqual({ saved: 0, watched: 0, unknown: 0 });
  });

  it('asks the lookup once per distinct id', () => {
    const asked: string[] = [];
    const incoming = { saved: ['a', 'b', 'a'], watched: ['b', 'c'] };
    mergeSummary({ saved: [], watched: [] }, incoming, incoming, (id) => {
      asked.push(id);
      return id === 'b';
    });
    expect(asked).toEqual(['a', 'b', 'c']);
  });

  it('does not guess unknown ids when it cannot look them up', () => {
    const incoming = { saved: ['future-talk'], watched: [] };
    expect(mergeSummary({ saved: [], watched: [] }, incoming, incoming, undefined)).toEqual({ saved: 1, watched: 0, unknown: undefined });
  });
});
