import { describe, expect, it } from 'vitest';
import { SYNONYM_GROUPS, synonymsAt } from '../../src/talks/search-synonyms';
import { searchTerms } from '../../src/talks/search-text';
import { foldText } from '../../src/text/fold-text';

const entries = SYNONYM_GROUPS.flat();

describe('the synonym table', () => {
  it.each(entries)('has "%s" in folded form, as the search splits it into words', (entry) => {
    expect(entry).not.toBe('');
    expect(entry).toBe(foldText(entry));
    // One space between words, none around: otherwise a query could never spell the entry.
    expect(searchTerms(entry).join(' ')).toBe(entry);
  });

  it('has each entry in one group only, and no group of one', () => {
    expect(new Set(entries).size).toBe(entries.length);
    for (const group of SYNONYM_GROUPS) expect(group.length).toBeGreaterThanOrEqual(2);
  });

  it('stays small', () => {
    expect(SYNONYM_GROUPS.length).toBeLessThanOrEqual(25);
  });

  it.each(['kube', 'ml', 'ci', 'cd', 'log', 'ai', 'edge', 'go'])(
    'leaves out "%s", which sits inside too many other words',
    (word) => {
      expect(entries).not.toContain(word);
    },
  );
});

describe('synonymsAt', () => {
  it('finds the group of a one-word entry', () => {
    expect(synonymsAt(['k8s'], 0)?.group).toContain('kubernetes');
    expect(synonymsAt(['k8s'], 0)?.length).toBe(1);
  });

  it('finds a phrase made of the words from there', () => {
    const words = ['istio', 'service', 'mesh', 'talks'];
    expect(synonymsAt(words, 1)).toEqual({ length: 2, group: ['服务网格', 'service mesh'] });
    expect(synonymsAt(words, 0)).toBeUndefined();
    expect(synonymsAt(words, 2)).toBeUndefined();
  });

  it('does not find a phrase whose words are apart or only begun', () => {
    expect(synonymsAt(['service'], 0)).toBeUndefined();
    expect(synonymsAt(['mesh', 'service'], 0)).toBeUndefined();
  });

  it('finds nothing past the end', () => {
    expect(synonymsAt(['k8s'], 1)).toBeUndefined();
  });
});
