import { describe, expect, it } from 'vitest';
import { linkHostName } from '../../src/link-health/link-host';

describe('linkHostName', () => {
  it('names the services slides are kept on, subdomains included', () => {
    expect(linkHostName('https://www.slideshare.net/ada/counting-things')).toBe('SlideShare');
    expect(linkHostName('https://speakerdeck.com/ada/counting')).toBe('Speaker Deck');
    expect(linkHostName('https://docs.google.com/presentation/d/abc/edit')).toBe('Google Slides');
    expect(linkHostName('https://docs.google.com/document/d/abc')).toBe('Google Docs');
    expect(linkHostName('https://static.sched.com/hosted_files/x.pdf')).toBe('Sched');
  });

  it('gives any other link its host, without "www."', () => {
    expect(linkHostName('https://example.org/slides/counting.pdf')).toBe('example.org');
    expect(linkHostName('https://www.example.org/a')).toBe('example.org');
    expect(linkHostName('http://t.cn/CCCC')).toBe('t.cn');
  });

  it('is not fooled by a host that only contains a service’s name', () => {
    expect(linkHostName('https://notslideshare.net/x')).toBe('notslideshare.net');
    expect(linkHostName('https://slideshare.net.example.org/x')).toBe('slideshare.net.example.org');
  });

  it('keeps a link that does not parse as it is', () => {
    expect(linkHostName('not a url')).toBe('not a url');
  });
});
