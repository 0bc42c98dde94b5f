import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, wholeText } from './render-app';

describe('the talk page', () => {
  it('shows the talk’s facts and every link with a plain label', async () => {
    await renderApp('/talks/alerting-at-scale');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Alerting at Scale');
    expect(document.title).toBe('Alerting at Scale · Fixture talks');
    expect(screen.getByText(wholeText('Chinese title: 大规模告警'))).toBeInTheDocument();
    expect(screen.getByText('大规模告警')).toHaveAttribute('lang', 'zh-Hans');
    expect(screen.getByText('Advanced')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Conf Europe 2017' })).toHaveAttribute('href', '/events/conf-2017-berlin');
    expect(screen.getByRole('link', { name: 'Łukasz Nowak' })).toHaveAttribute('href', '/speakers/lukasz-nowak');
    expect(screen.getByText('(Example Sp. z o.o.)')).toBeInTheDocument();
    const video = screen.getByRole('region', { name: 'Video' });
    expect(within(video).getByRole('link', { name: /^Tencent Video mirror \(loads in mainland China\)/ })).toHaveAttribute(
      'href',
      'https://v.qq.com/x/page/c0000000003.html',
    );
    expect(within(video).getByRole('link', { name: /^Short link from the list/ })).toHaveAttribute('href', 'http://t.cn/BBBB');
    const slides = screen.getByRole('region', { name: 'Slides' });
    expect(within(slides).getByRole('link', { name: /^Short link from the list/ })).toHaveAttribute('href', 'http://t.cn/CCCC');
  });

  it('shows the talk’s place in the collection, its pick and its note', async () => {
    await renderApp('/talks/alerting-at-scale');
    expect(screen.getByText('#2')).toBeInTheDocument();
    expect(screen.getByText(/Pick of the list/)).toBeInTheDocument();
    const lists = screen.getByRole('region', { name: 'In curated lists' });
    expect(within(lists).getByText('No. 2 of “Prometheus picks”')).toBeInTheDocument();
  });

  it('shows a collection’s note in its language', async () => {
    await renderApp('/talks/keynote-opening');
    expect(within(screen.getByRole('region', { name: 'In curated lists' })).getByText('开场。').closest('[lang]')).toHaveAttribute(
      'lang',
      'zh-Hans',
    );
  });

  it('shows the summary’s paragraphs as separate paragraphs', async () => {
    await renderApp('/talks/counting-things');
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(within(summary).getAllByRole('paragraph').map((p) => p.textContent)).toEqual(['How counters work.', 'And how to use them.']);
  });

  it('shows the date where it is known', async () => {
    await renderApp('/talks/counting-things');
    expect(screen.getByText('March 29, 2017')).toHaveAttribute('datetime', '2017-03-29');
  });

  it('names no day where it is not known', async () => {
    await renderApp('/talks/alerting-at-scale');
    expect(screen.getByText('Event')).toBeInTheDocument();
    expect(screen.queryByText('Day')).not.toBeInTheDocument();
    expect(screen.queryByRole('time')).not.toBeInTheDocument();
  });

  it('names the line of the source it was imported from', async () => {
    await renderApp('/talks/counting-things');
    const source = screen.getByText(wholeText('Where this comes from: Fixture source list (opens in a new tab), list/2017.md, line 7'));
    expect(within(source).getByRole('link', { name: /^Fixture source list/ })).toHaveAttribute('href', 'https://example.org/list');
  });

  it('names no source line for a talk that has none', async () => {
    await renderApp('/talks/keynote-opening');
    expect(screen.queryByText(/Where this comes from/)).not.toBeInTheDocument();
  });

  it('says so when a talk is known to have no slides', async () => {
    await renderApp('/talks/keynote-opening');
    const slides = screen.getByRole('region', { name: 'Slides' });
    expect(slides).toHaveTextContent('No slides were published for this talk.');
    expect(within(slides).queryByRole('link')).not.toBeInTheDocument();
  });

  it('has no slides section when nobody knows whether there are slides', async () => {
    await renderApp('/talks/storage-deep-dive');
    expect(screen.getByRole('region', { name: 'Video' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Slides' })).not.toBeInTheDocument();
    expect(screen.queryByText(/No slides/)).not.toBeInTheDocument();
  });

  it('shows no speakers heading and no empty list for a talk without speakers', async () => {
    await renderApp('/talks/panel-on-kubernetes');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Panel: The Future of Kubernetes');
    expect(screen.queryByText('Speakers')).not.toBeInTheDocument();
    for (const list of screen.getByRole('main').querySelectorAll('ul, ol')) expect(list.children.length).toBeGreaterThan(0);
    expect(screen.getByRole('main').querySelector('a[href^="/speakers/"]')).toBeNull();
  });

  it('shows a title given only in Chinese, marked as Chinese, in the English interface', async () => {
    await renderApp('/talks/envoy-in-production');
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('生产环境中的 Envoy');
    expect(heading).toHaveAttribute('lang', 'zh-Hans');
    expect(screen.queryByText(/Chinese title|Official title/)).not.toBeInTheDocument();
  });

  it('labels a WeChat recording as a WeChat article, never as Tencent Video', async () => {
    await renderApp('/talks/envoy-in-production');
    const video = screen.getByRole('region', { name: 'Video' });
    expect(within(video).getByRole('link', { name: /^WeChat article/ })).toHaveAttribute('href', 'https://mp.weixin.qq.com/s/abcdef');
    expect(screen.getByRole('main')).not.toHaveTextContent(/Tencent/);
    // Nothing to embed: no player to press.
    expect(within(video).queryByRole('button', { name: /Play here/ })).not.toBeInTheDocument();
  });

  it('links a Vimeo recording by its host', async () => {
    await renderApp('/talks/panel-on-kubernetes');
    expect(within(screen.getByRole('region', { name: 'Video' })).getByRole('link', { name: /^Vimeo/ })).toHaveAttribute(
      'href',
      'https://vimeo.com/123456',
    );
  });

  it('says its links have not been checked rather than implying they work', async () => {
    await renderApp('/talks/counting-things');
    expect(screen.getByText('These links have not been checked yet.')).toBeInTheDocument();
  });
});

describe('the talk page’s way back and previous/next', () => {
  it('links to the previous and next talk in the front page’s collection', async () => {
    await renderApp('/talks/alerting-at-scale');
    expect(screen.getByRole('link', { name: '← Back to Prometheus picks' })).toHaveAttribute('href', '/');
    const nav = screen.getByRole('navigation', { name: 'More talks' });
    expect(within(nav).getByRole('link', { name: /Previous talk/ })).toHaveAttribute('href', '/talks/keynote-opening');
    expect(within(nav).getByRole('link', { name: /Previous talk/ })).toHaveTextContent('Keynote: Opening the Conference');
    expect(within(nav).getByRole('link', { name: /Next talk/ })).toHaveAttribute('href', '/talks/counting-things');
  });

  it('has no previous talk for the first, and no next one for the last', async () => {
    const { user } = await renderApp('/talks/keynote-opening');
    const nav = () => screen.getByRole('navigation', { name: 'More talks' });
    expect(within(nav()).queryByRole('link', { name: /Previous talk/ })).not.toBeInTheDocument();
    await user.click(within(nav()).getByRole('link', { name: /Next talk/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Alerting at Scale' })).toBeInTheDocument();
    await user.click(within(nav()).getByRole('link', { name: /Next talk/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Counting Things with Prometheus' })).toBeInTheDocument();
    expect(within(nav()).queryByRole('link', { name: /Next talk/ })).not.toBeInTheDocument();
  });

  it('keeps the reader’s filters for back and for previous/next', async () => {
    await renderApp('/talks/counting-things?kind=talk');
    expect(screen.getByRole('link', { name: '← Back to Prometheus picks' })).toHaveAttribute('href', '/?kind=talk');
    const nav = screen.getByRole('navigation', { name: 'More talks' });
    expect(within(nav).getByRole('link', { name: /Previous talk/ })).toHaveAttribute('href', '/talks/alerting-at-scale?kind=talk');
    expect(within(nav).queryByRole('link', { name: /Next talk/ })).not.toBeInTheDocument();
  });

  it('carries the front page’s filters into a talk’s link', async () => {
    await renderApp('/?topic=alerting');
    expect(screen.getByRole('link', { name: 'Alerting at Scale' })).toHaveAttribute('href', '/talks/alerting-at-scale?topic=alerting');
  });
});

describe('the talk page in Chinese', () => {
  it('shows the official English title beside the Chinese one', async () => {
    await renderApp('/zh/talks/storage-deep-dive');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('存储深度解析');
    expect(screen.getByText(wholeText('官方标题：Storage Deep Dive'))).toBeInTheDocument();
    expect(screen.getByText('Storage Deep Dive', { selector: 'span' })).toHaveAttribute('lang', 'en');
  });

  it('names the source line with Chinese punctuation', async () => {
    await renderApp('/zh/talks/storage-deep-dive');
    expect(screen.getByText(wholeText('数据出处：Fixture source list （在新标签页打开），list/2019.md 第 12 行'))).toBeInTheDocument();
  });
});

describe('pages that do not exist', () => {
  it('answers an unknown talk with the not-found page', async () => {
    await renderApp('/talks/no-such-talk');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no talk with the id “no-such-talk”.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/');
  });

  it('answers an unknown route with the not-found page', async () => {
    await renderApp('/nowhere/at/all');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
