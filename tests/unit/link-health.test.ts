import { describe, expect, it } from 'vitest';
import { archiveUrl, linkCheck } from '../../src/link-health/link-health';
import type { LinkStatusFile } from '../../src/link-health/link-status-schema';

const file: LinkStatusFile = {
  checkedAt: '2026-11-25T08:00:00.000Z',
  links: {
    'https://example.org/gone': { status: 'broken', checkedAt: '2026-11-25T08:00:01.000Z', httpStatus: 404 },
  },
};

describe('link health', () => {
  it('finds what the last check said about a link', () => {
    expect(linkCheck('https://example.org/gone', file)?.status).toBe('broken');
  });
  it('knows nothing of a link that was never checked, even one named like an object key', () => {
    expect(linkCheck('https://example.org/new', file)).toBeUndefined();
    expect(linkCheck('constructor', file)).toBeUndefined();
  });
  it('knows nothing of any link before the first check', () => {
    expect(linkCheck('https://example.org/gone', { checkedAt: null, links: {} })).toBeUndefined();
  });
  it('reports a working link with its final address', () => {
    const check = { status: 'working', checkedAt: '2026-11-25T08:00:02.000Z', httpStatus: 200, finalUrl: 'https://example.org/a' } as const;
    const moved: LinkStatusFile = { checkedAt: file.checkedAt, links: { 'http://t.cn/AAAA': check } };
    expect(linkCheck('http://t.cn/AAAA', moved)).toEqual(check);
  });
  it('points a broken link at the Internet Archive', () => {
    expect(archiveUrl('http://t.cn/RCU4GY0')).toBe('https://web.archive.org/web/2017/http://t.cn/RCU4GY0');
  });
});
