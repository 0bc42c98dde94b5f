// Issue 15, point 11: what a reader met that was said twice, said wrongly, or offered for nothing.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { card, fixtureVariant, renderApp } from './render-app';


/** Every text on the page, hidden or not, that is exactly `text`. */
const everyText = (text: string, container: HTMLElement = document.body) => within(container).queryAllByText(text, { ignore: 'script, style, title' });

describe('a talk’s cover banner', () => {
  it('does not say a card’s title a second time, to the eye or to a screen reader', async () => {
    await renderApp('/');
    const alerting = card('Alerting at Scale');
    expect(everyText('Alerting at Scale', alerting)).toHaveLength(1);
    expect(within(alerting).getByRole('heading', { level: 3 })).toHaveTextContent('Alerting at Scale');
    // Nor the speakers: the line below the heading names them.
    expect(everyText('Łukasz Nowak', alerting)).toHaveLength(1);
  });

  it('does not say a talk page’s heading a second time', async () => {
    await renderApp('/talks/counting-things');
    expect(everyText('Counting Things with Prometheus')).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Counting Things with Prometheus');
  });
});

describe('a talk’s slides', () => {
  it('are named by where they are, not “Slides: Slides”, on a card and on the talk page', async () => {
    const { user } = await renderApp('/');
    const counting = card('Counting Things with Prometheus');
    expect(within(counting).getByRole('link', { name: /^example\.org/ })).toHaveAttribute('href', 'https://example.org/slides/counting.pdf');
    expect(counting).not.toHaveTextContent(/Slides:\s*Slides/);

    await user.click(within(counting).getByRole('link', { name: 'Counting Things with Prometheus' }));
    const slides = await screen.findByRole('region', { name: 'Slides' });
    expect(within(slides).getByRole('link', { name: /^example\.org/ })).toHaveAttribute('href', 'https://example.org/slides/counting.pdf');
    expect(within(slides).queryByRole('link', { name: /^Slides/ })).not.toBeInTheDocument();
  });

  it('say so in Chinese without repeating the label either', async () => {
    await renderApp('/zh/talks/alerting-at-scale');
    const slides = screen.getByRole('region', { name: '幻灯片' });
    expect(within(slides).getByRole('link', { name: /^推荐原文中的短链接/ })).toHaveAttribute('href', 'http://t.cn/CCCC');
    expect(slides).not.toHaveTextContent(/幻灯片[：:]\s*幻灯片/);
    expect(within(slides).queryByRole('link', { name: /^幻灯片/ })).not.toBeInTheDocument();
  });
});

describe('copying as Markdown', () => {
  it('says it copies the talks of the current view, with their number, not the reader’s list', async () => {
    const { user } = await renderApp('/talks?topic=storage');
    await user.click(screen.getByRole('button', { name: 'My list: export, import, share, copy' }));
    await screen.findByRole('heading', { name: 'My list' });
    await user.click(screen.getByRole('button', { name: 'Copy the 1 talk of the current view as Markdown' }));
    expect(await navigator.clipboard.readText()).toContain('Storage Deep Dive');
  });

  it('says so in Chinese', async () => {
    const { user } = await renderApp('/zh/talks');
    await user.click(screen.getByRole('button', { name: '我的清单：导出、导入、分享、复制' }));
    await screen.findByRole('heading', { name: '我的清单' });
    expect(screen.getByRole('button', { name: '把当前筛选出的 6 场演讲复制为 Markdown' })).toBeInTheDocument();
  });
});

describe('the level filter', () => {
  it('offers only the levels some talk of the list has: no “Beginner 0”', async () => {
    await renderApp('/');
    const levels = within(screen.getByRole('group', { name: 'Level' })).getAllByRole('checkbox');
    expect(levels.map((box) => box.closest('label')?.textContent)).toEqual(['Intermediate1', 'Advanced1']);
  });

  it('is not offered at all where no talk has a level', async () => {
    const noLevels = fixtureVariant((input) => {
      for (const talk of input.talks) delete talk.level;
    });
    await renderApp('/', noLevels);
    expect(screen.getByRole('group', { name: 'Kind of talk' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Level' })).not.toBeInTheDocument();
  });
});

describe('the summary chart’s topics', () => {
  it('are buttons that filter the list, not links to an address the prerendered page ignores', async () => {
    await renderApp('/');
    const chart = await screen.findByRole('figure', { name: 'Talks per topic' });
    expect(within(chart).queryAllByRole('link')).toEqual([]);
    expect(within(chart).getByRole('button', { name: 'Alerting' })).toBeEnabled();
  });
});
