import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { card, filterWithCount, renderApp, wholeText } from './render-app';

const h1 = () => screen.getByRole('heading', { level: 1 });
const legends = () =>
  within(screen.getByRole('region', { name: '筛选' }))
    .getAllByRole('group')
    .map((group) => group.querySelector('legend')?.textContent);

describe('the interface in Chinese', () => {
  it('shows the front page’s headings, links and counts in Chinese', async () => {
    await renderApp('/zh/');
    expect(h1()).toHaveTextContent('Prometheus 推荐');
    expect(document.title).toBe('Prometheus 推荐 · 测试演讲目录');
    expect(screen.getByRole('heading', { level: 2, name: '共 3 场，显示 3 场' })).toBeInTheDocument();
    expect(screen.getByText('一篇博客推荐的三场演讲。')).toBeInTheDocument();
    expect(screen.getByText('出自《推荐文章》（发表于 2017年8月18日）。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '浏览档案中的全部 6 场演讲' })).toHaveAttribute('href', '/zh/talks');
    expect(screen.getByRole('link', { name: 'Prometheus：档案中共 3 场演讲' })).toHaveAttribute('href', '/zh/talks?project=prometheus');
    expect(legends()).toEqual(['项目', '话题', '形式', '难度', '视频与幻灯片', '我的清单']);
    expect(filterWithCount('告警', 1)).toBeInTheDocument();
    expect(within(card('大规模告警')).getByText(/作者推荐/)).toHaveAttribute('title', '《推荐文章》的作者认为这场演讲最值得一看。');
    expect(within(card('Keynote: Opening the Conference')).getByText('未公开幻灯片')).toBeInTheDocument();
  });

  it('shows the archive’s headings and counts in Chinese, with each name in its own language', async () => {
    await renderApp('/zh/talks');
    expect(h1()).toHaveTextContent('全部演讲');
    expect(screen.getByText('目录中的全部演讲：来自 3 场大会的 6 场演讲。')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '共 6 场，显示 6 场' })).toBeInTheDocument();
    expect(legends()).toEqual(['大会', '年份', '项目', '话题', '形式', '难度', '视频与幻灯片', '我的清单']);
    expect(filterWithCount('Conf 欧洲 2017', 3)).toBeInTheDocument();
    expect(screen.getByText('Conf 欧洲 2017', { selector: 'label span' })).toHaveAttribute('lang', 'zh-Hans');
    // An event named only in English keeps its English name, marked as English.
    expect(screen.getByText('Conf Virtual 2020', { selector: 'label span' })).toHaveAttribute('lang', 'en');
    expect(within(card('生产环境中的 Envoy')).getByRole('link', { name: /^微信文章/ })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '排序' })).toHaveDisplayValue('大会由新到旧');
  });

  it('shows the events table in Chinese', async () => {
    await renderApp('/zh/events');
    expect(h1()).toHaveTextContent('大会');
    expect(screen.getByText('目录中共有 3 场大会、6 场演讲，最新的排在前面。')).toBeInTheDocument();
    const [header, ...rows] = within(screen.getByRole('table')).getAllByRole('row');
    expect(within(header ?? document.body).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      '大会',
      '地点与时间',
      '演讲',
      '腾讯视频镜像',
    ]);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Conf Virtual 2020线上，2020 年（来源未注明具体日期）10',
      'Conf 中国 2019上海，2019 年（来源未注明具体日期）21',
      expect.stringMatching(/^Conf 欧洲 2017柏林，.+32$/),
    ]);
  });

  it('shows an event’s page in Chinese', async () => {
    await renderApp('/zh/events/conf-2019-shanghai');
    expect(h1()).toHaveTextContent('Conf 中国 2019');
    expect(h1()).toHaveAttribute('lang', 'zh-Hans');
    expect(screen.getByText(wholeText('上海，2019 年（来源未注明具体日期）。2 场演讲，其中 1 场有腾讯视频镜像（中国大陆可直接观看）。'))).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← 返回全部大会' })).toHaveAttribute('href', '/zh/events');
    expect(screen.getByRole('heading', { level: 2, name: '共 2 场，显示 2 场' })).toBeInTheDocument();
  });

  it('shows a speaker’s page in Chinese', async () => {
    await renderApp('/zh/speakers/bjorn-rabenstein');
    expect(document.title).toBe('Björn Rabenstein 的演讲 · 测试演讲目录');
    expect(screen.getByText('曾署名的单位：SoundCloud、Grafana Labs')).toBeInTheDocument();
    expect(screen.getByText('在 2 场大会上共有 2 场演讲。')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Conf 中国 2019', 'Conf 欧洲 2017']);
    expect(screen.getByRole('link', { name: '存储深度解析' })).toHaveAttribute('lang', 'zh-Hans');
  });

  it('shows a talk’s page in Chinese', async () => {
    await renderApp('/zh/talks/counting-things?from=archive');
    expect(h1()).toHaveTextContent('用 Prometheus 计数');
    expect(screen.getByRole('link', { name: '← 返回全部演讲' })).toHaveAttribute('href', '/zh/talks');
    expect(screen.getByRole('region', { name: '简介' })).toHaveTextContent('计数器如何工作。以及如何使用。');
    expect(within(screen.getByRole('region', { name: '收录于推荐清单' })).getByText('《Prometheus 推荐》第 3 场')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: '更多演讲' });
    expect(within(nav).getByRole('link', { name: /^← 上一场/ })).toHaveAttribute('href', '/zh/talks/envoy-in-production?from=archive');
    expect(within(nav).getByRole('link', { name: /^下一场 →/ })).toHaveAttribute('href', '/zh/talks/keynote-opening?from=archive');
  });

  it('says a page is not found in Chinese', async () => {
    await renderApp('/zh/talks/no-such-talk');
    expect(h1()).toHaveTextContent('页面不存在');
    expect(screen.getByText('没有 id 为“no-such-talk”的演讲。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '回到首页' })).toHaveAttribute('href', '/zh');
  });

  it('credits the data in the footer with Chinese punctuation', async () => {
    await renderApp('/zh/');
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByText(wholeText('数据来源：The tests、Fixture source list （在新标签页打开）（CC0-1.0）。'))).toBeInTheDocument();
    expect(within(footer).getByText(wholeText('推荐清单：《推荐文章》（2017年8月18日）。'))).toBeInTheDocument();
  });

  // layout.tsx once wrote the language switch's hidden label as `{t.languageLabel}:{' '}`: an ASCII
  // colon and a space in Chinese ("语言: English"), where every other label uses t.labelled (“：”).
  it('names the language link with a Chinese colon', async () => {
    await renderApp('/zh/');
    expect(screen.getByRole('link', { name: '语言：English' })).toBeInTheDocument();
  });
});
