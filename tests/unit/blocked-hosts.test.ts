import { describe, expect, it } from 'vitest';
import { isBlockedInMainlandChina } from '../../src/links/blocked-in-china';

describe('isBlockedInMainlandChina', () => {
  it.each([
    'https://www.youtube.com/watch?v=aaaaaaaaaaa',
    'https://youtube.com/watch?v=aaaaaaaaaaa',
    'https://m.youtube.com/watch?v=aaaaaaaaaaa',
    'https://youtu.be/aaaaaaaaaaa',
    'https://www.youtube-nocookie.com/embed/aaaaaaaaaaa',
    'https://vimeo.com/123456',
    'https://player.vimeo.com/video/123456',
    'https://www.slideshare.net/someone/talk',
    'https://de.slideshare.net/someone/talk',
    'https://speakerdeck.com/someone/talk',
    'https://docs.google.com/presentation/d/abc/edit',
    'https://drive.google.com/file/d/abc/view',
    'https://www.dropbox.com/s/abc/slides.pdf',
    'https://twitter.com/someone/status/1',
    'https://x.com/someone/status/1',
    'https://www.facebook.com/watch/?v=1',
    'https://fb.watch/abc',
    'http://WWW.YouTube.COM/watch?v=aaaaaaaaaaa',
    'https://www.youtube.com./watch?v=aaaaaaaaaaa',
  ])('blocked: %s', (url) => {
    expect(isBlockedInMainlandChina(url)).toBe(true);
  });

  it.each([
    // Mirrors and hosts that load in mainland China.
    'https://v.qq.com/x/page/a0000000001.html',
    'https://mp.weixin.qq.com/s/abcdef',
    'https://www.bilibili.com/video/BV1xx411c7mD',
    'http://t.cn/AAAA',
    'https://example.org/slides/counting.pdf',
    'https://someone.github.io/talk/',
    // Google outside the listed services is not claimed either way.
    'https://www.google.com/',
    // Look-alikes: the host must be the listed one or a subdomain of it.
    'https://notyoutube.com/watch?v=aaaaaaaaaaa',
    'https://youtube.com.example.org/watch',
    'https://myslideshare.net/x',
    'https://example.org/https://www.youtube.com/watch?v=a',
    'https://example.org/?next=youtube.com',
    'https://youtube.co/watch',
    'https://www.youtube.example/watch',
  ])('not blocked: %s', (url) => {
    expect(isBlockedInMainlandChina(url)).toBe(false);
  });

  it.each(['', 'youtube.com', 'www.youtube.com/watch?v=a', 'not a url', 'https://', '//youtube.com/x'])('not a URL, so not claimed: %j', (url) => {
    expect(isBlockedInMainlandChina(url)).toBe(false);
  });
});
