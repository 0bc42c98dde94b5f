import { describe, expect, it } from 'vitest';
import { languageOfPath, pathInLanguage, routerBasename } from '../../src/i18n/language-path';

describe('the language of a URL', () => {
  it('is Chinese under /zh/ and English everywhere else, today’s URLs included', () => {
    expect(['/zh', '/zh/', '/zh/talks/x'].map(languageOfPath)).toEqual(['zh', 'zh', 'zh']);
    expect(['/', '/talks/x', '/zhang', '/talks/zh'].map(languageOfPath)).toEqual(['en', 'en', 'en', 'en']);
  });

  it('puts a page in a language and gives the router its basename', () => {
    expect(pathInLanguage('/', 'zh')).toBe('/zh/');
    expect(pathInLanguage('/talks/x', 'zh')).toBe('/zh/talks/x');
    expect(pathInLanguage('/talks/x', 'en')).toBe('/talks/x');
    expect([routerBasename('/', 'en'), routerBasename('/', 'zh'), routerBasename('/talks/', 'zh'), routerBasename('/talks', 'zh')]).toEqual(['/', '/zh', '/talks/zh', '/talks/zh']);
    expect(languageOfPath(pathInLanguage('/events', 'zh'))).toBe('zh');
  });
});
