import { describe, expect, it } from 'vitest';
import { SYNONYM_GROUPS, sameEntry, synonymsAt } from '../../src/talks/search-synonyms';
import { searchTerms } from '../../src/talks/search-text';
import { chineseVariantsOf } from '../../src/text/chinese-variants';
import { SIMPLIFIED, TRADITIONAL } from '../../src/text/chinese-variants-table';
import { foldText } from '../../src/text/fold-text';
import { searchWords } from '../../src/text/search-words';
import { titleFinds } from './search-probe';

const entries = SYNONYM_GROUPS.flat();

describe('the synonym table', () => {
  it.each(entries)('has "%s" in folded form, as the search splits it into words', (entry) => {
    expect(entry).not.toBe('');
    expect(entry).toBe(foldText(entry));
    // One space between words, none around: otherwise a query could never spell the entry.
    expect(searchTerms(entry).join(' ')).toBe(entry);
    // Something the search can look for, and Simplified, as queries are folded to it.
    expect(searchWords(entry)).not.toEqual([]);
    expect(chineseVariantsOf(TRADITIONAL, SIMPLIFIED).toSimplified(entry)).toBe(entry);
  });

  it('has each entry in one group only, and no group of one', () => {
    expect(new Set(entries).size).toBe(entries.length);
    for (const group of SYNONYM_GROUPS) expect(group.length).toBeGreaterThanOrEqual(2);
  });

  it('stays small', () => {
    expect(SYNONYM_GROUPS.length).toBeLessThanOrEqual(25);
  });

  // Search matches from the start of a word, so an entry also finds every word it begins: these
  // begin too many unrelated ones, or are everyday words. Each case shows such a word.
  it.each([
    ['kube', 'KubeCon Europe'],
    ['ci', 'Cilium'],
    ['cd', 'CDN caching'],
    ['log', 'Login flows'],
    ['ai', 'This talk aims high'],
    ['edge', 'Edge cases of parsing'],
    ['go', 'Going further'],
  ])('leaves out "%s", which would also find "%s"', (word, title) => {
    expect(entries).not.toContain(word);
    expect(titleFinds(title, word)).toBe(true);
  });

  it('has "ml", which no longer finds the words it sits inside', () => {
    expect(entries).toContain('ml');
    for (const title of ['HTML', 'YAML', 'XML']) expect(titleFinds(title, 'ml')).toBe(false);
    expect(titleFinds('MLOps in practice', '机器学习')).toBe(true);
  });
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

  it('finds an entry however its words are broken', () => {
    expect(synonymsAt(['multi', 'cluster'], 0)).toEqual({ length: 2, group: expect.arrayContaining(['多集群']) as unknown });
    expect(synonymsAt(['multi_cluster'], 0)?.group).toContain('多集群');
    expect(sameEntry('multi cluster', 'multi-cluster')).toBe(true);
    expect(sameEntry('multicluster', 'multi-cluster')).toBe(false);
  });

  it('finds nothing past the end', () => {
    expect(synonymsAt(['k8s'], 1)).toBeUndefined();
  });
});
