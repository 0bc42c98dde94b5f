import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages';
import { escapeMarkdown, talksToMarkdown, type MarkdownOptions } from '../../src/reader-list/talks-to-markdown';
import { fixtureCatalog, fixtureTalk } from './fixture-catalog';

const english: MarkdownOptions = { language: 'en', t: messages.en, videoSource: 'tencent', heading: 'Prometheus talks' };
const chinese: MarkdownOptions = { language: 'zh', t: messages.zh, videoSource: 'youtube', heading: '演讲' };
const markdown = (ids: string[], options: MarkdownOptions) => talksToMarkdown(fixtureCatalog, ids.map(fixtureTalk), options);

describe('talksToMarkdown', () => {
  it('lists title, speakers with their affiliation and every link, preferred video first', () => {
    expect(markdown(['counting-things', 'keynote-opening'], english)).toBe(
      [
        '## Prometheus talks',
        '',
        '- **Counting Things with Prometheus** — Ada Lovelace (Analytical Engines)',
        '  - Video: [Tencent Video](<https://v.qq.com/x/page/a0000000001.html>) · [YouTube](<https://www.youtube.com/watch?v=aaaaaaaaaaa>)',
        '  - Slides: [example.org](<https://example.org/slides/counting.pdf>)',
        '- **Keynote: Opening the Conference** — Björn Rabenstein (SoundCloud)',
        '  - Video: [YouTube](<https://www.youtube.com/watch?v=bbbbbbbbbbb>)',
        '  - Slides: No slides published',
        '',
      ].join('\n'),
    );
  });

  it('puts the preferred host first only where the talk has it', () => {
    expect(markdown(['counting-things'], { ...english, videoSource: 'youtube' })).toContain(
      '  - Video: [YouTube](<https://www.youtube.com/watch?v=aaaaaaaaaaa>) · [Tencent Video](<https://v.qq.com/x/page/a0000000001.html>)',
    );
  });

  it('writes Chinese titles with the official English title beside them, and Chinese separators', () => {
    const md = markdown(['alerting-at-scale'], chinese);
    expect(md.split('\n')).toEqual([
      '## 演讲',
      '',
      '- **大规模告警** — Ada Lovelace、Łukasz Nowak（Example Sp. z o.o.）',
      '  - 官方标题：Alerting at Scale',
      '  - 视频：[腾讯视频](<https://v.qq.com/x/page/c0000000003.html>)',
      // The collection's short link, for a talk with no slides of its own.
      '  - 幻灯片：[推荐原文中的短链接](<http://t.cn/CCCC>)',
      '',
    ]);
  });

  it('uses the title in the other language where the reader’s is missing', () => {
    expect(markdown(['envoy-in-production'], english)).toContain('- **生产环境中的 Envoy** — 张三 (PingCAP)');
    expect(markdown(['keynote-opening'], chinese)).toContain('- **Keynote: Opening the Conference** — Björn Rabenstein（SoundCloud）');
    expect(markdown(['keynote-opening'], chinese)).not.toContain('官方标题');
  });

  it('leaves the dash out for a talk without speakers, and names hosts it cannot embed', () => {
    expect(markdown(['panel-on-kubernetes'], english).split('\n').slice(2, 4)).toEqual([
      '- **Panel: The Future of Kubernetes**',
      '  - Video: [Vimeo](<https://vimeo.com/123456>)',
    ]);
  });

  it('says when a talk has no recording, and says nothing of slides nobody has looked for', () => {
    const md = talksToMarkdown(fixtureCatalog, [{ ...fixtureTalk('storage-deep-dive'), videos: [] }], english);
    expect(md).toContain('  - Video: No recording');
    expect(md).not.toContain('Slides');
  });

  it('escapes a title that would turn into Markdown', () => {
    const md = talksToMarkdown(fixtureCatalog, [{ ...fixtureTalk('storage-deep-dive'), title: { en: '*Bold* [link](x)' } }], english);
    expect(md).toContain('- **\\*Bold\\* \\[link\\](x)** — Björn Rabenstein (Grafana Labs)');
  });

  it('is just the heading for no talks', () => {
    expect(talksToMarkdown(fixtureCatalog, [], english)).toBe('## Prometheus talks\n\n');
  });
});

describe('escapeMarkdown', () => {
  it('escapes characters that would become Markdown syntax', () => {
    expect(escapeMarkdown('a *b* [c](d) `e` <f> _g_ h|i ~j~ \\')).toBe('a \\*b\\* \\[c\\](d) \\`e\\` \\<f\\> \\_g\\_ h\\|i \\~j\\~ \\\\');
  });
  it('keeps parentheses in names, which cannot start a link on their own', () => {
    expect(escapeMarkdown('Ada (Analytical Engines)')).toBe('Ada (Analytical Engines)');
  });
});
