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
  it('reports every link of the shipped file as not yet checked', () => {
    expect(linkCheck('https://www.youtube.com/watch?v=hPC60ldCGm8')).toBeUndefined();
  });
  it('points a broken link at the Internet Archive', () => {
    expect(archiveUrl('http://t.cn/RCU4GY0')).toBe('https://web.archive.org/web/2017/http://t.cn/RCU4GY0');
  });
});
