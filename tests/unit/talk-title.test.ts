import { describe, expect, it } from 'vitest';
import { talkTitle } from '../../src/talks/talk-title';
import { fixtureCatalog, talkOf } from './fixture-catalog';

describe('talkTitle', () => {
  const counting = talkOf(fixtureCatalog, 'counting-things');

  it('gives each reader the title in their language, marked with it', () => {
    expect(talkTitle(counting, 'en')).toEqual({ text: 'Counting Things with Prometheus', lang: 'en' });
    expect(talkTitle(counting, 'zh')).toEqual({ text: '用 Prometheus 计数', lang: 'zh-Hans' });
  });

  it('falls back to the other language where a title has only one', () => {
    expect(talkTitle(talkOf(fixtureCatalog, 'envoy-in-production'), 'en')).toEqual({ text: '生产环境中的 Envoy', lang: 'zh-Hans' });
  });

  it('marks a conference title with the language the talk was given in', () => {
    const japanese = { ...counting, title: { en: 'Python開発を円滑に進める' }, language: 'ja' };
    expect(talkTitle(japanese, 'en')).toEqual({ text: 'Python開発を円滑に進める', lang: 'ja' });
    expect(talkTitle(japanese, 'zh')).toEqual({ text: 'Python開発を円滑に進める', lang: 'ja' });
    expect(talkTitle({ ...counting, language: 'en-GB' }, 'en').lang).toBe('en');
  });
});
