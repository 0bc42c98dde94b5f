import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../src/catalog/catalog-data';
import { messages } from '../../src/i18n/messages';
import { escapeMarkdown, talksToMarkdown } from '../../src/reader-list/talks-to-markdown';

const talk = (id: string) => {
  const found = bundledCatalog.talks.find((t) => t.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('talksToMarkdown', () => {
  it('lists title, speakers and every link, preferred video first', () => {
    const md = talksToMarkdown(bundledCatalog, [talk('grafana-is-not-enough'), talk('prometheus-unsung-heroes')], {
      language: 'en',
      t: messages.en,
      videoSource: 'tencent',
      heading: 'Prometheus talks',
    });
    expect(md).toBe(
      [
        '## Prometheus talks',
        '',
        '- **Grafana is Not Enough: DIY User Interfaces for Prometheus** — David Kaltschmidt (Weaveworks)',
        '  - Video: [Tencent Video](<https://v.qq.com/x/page/l0743y2yavs.html>) · [YouTube](<https://www.youtube.com/watch?v=bfSMDERvkZY>)',
        '  - Slides: [Slides: original short link from the post](<http://t.cn/RCU4GY0>)',
        '- **Prometheus: The Unsung Heroes** — Alejandro Ramirez (Swisscom Directories AG)',
        '  - Video: [Tencent Video](<https://v.qq.com/x/page/j0748cds9dh.html>) · [YouTube](<https://www.youtube.com/watch?v=lo0Y1QyGh0k>)',
        '  - Slides: No slides',
        '',
      ].join('\n'),
    );
  });

  it('writes Chinese titles with the official English title beside them', () => {
    const md = talksToMarkdown(bundledCatalog, [talk('long-term-storage')], {
      language: 'zh',
      t: messages.zh,
      videoSource: 'tencent',
      heading: '演讲',
    });
    expect(md).toContain('- **为 Prometheus 集成长期存储** — Julius Volz (Prometheus)');
    expect(md).toContain('  - 官方标题：Integrating Long-Term Storage with Prometheus');
    expect(md).toContain('  - 视频：[腾讯视频](<https://v.qq.com/x/page/r07285mldb3.html>)');
    expect(md).toContain('[幻灯片](<https://schd.ws/hosted_files/cloudnativeeu2017/73/Integrating%20Long-Term');
  });
});

describe('escapeMarkdown', () => {
  it('escapes characters that would become Markdown syntax', () => {
    expect(escapeMarkdown('a *b* [c](d) `e` <f> _g_')).toBe('a \\*b\\* \\[c\\](d) \\`e\\` \\<f\\> \\_g\\_');
  });
});
