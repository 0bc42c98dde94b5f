import { fireEvent, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { cardTitles, renderApp } from './render-app';

const searchBox = () => screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search talks' });
const resultCount = () => screen.getByRole('heading', { level: 2, name: /^Showing/ });

// jsdom lays nothing out, so it has no scrollIntoView.
beforeAll(() => {
  Element.prototype.scrollIntoView = vi.fn();
});

describe('the search box with an input method', () => {
  it('searches nothing while pinyin is composed, then the committed characters', async () => {
    const { location } = await renderApp('/talks');
    const box = searchBox();
    fireEvent.compositionStart(box);
    fireEvent.change(box, { target: { value: 'gao' } });
    fireEvent.change(box, { target: { value: "gao'jing" } });
    // The box shows what is being composed; the list and the address do not follow it.
    expect(box).toHaveValue("gao'jing");
    expect(resultCount()).toHaveTextContent('Showing 6 of 6 talks');
    expect(location()).toBe('/talks');

    fireEvent.change(box, { target: { value: '告警' } });
    fireEvent.compositionEnd(box);
    expect(box).toHaveValue('告警');
    expect(await screen.findByRole('heading', { level: 2, name: 'Showing 1 of 6 talks' })).toBeInTheDocument();
    expect(cardTitles()).toEqual(['Alerting at Scale']);
  });

  it('searches each keystroke as before when no input method is composing', async () => {
    await renderApp('/talks');
    fireEvent.change(searchBox(), { target: { value: 'storage' } });
    expect(await screen.findByRole('heading', { level: 2, name: 'Showing 1 of 6 talks' })).toBeInTheDocument();
  });

  it('takes ↓ from the search box to the first result', async () => {
    const { user } = await renderApp('/talks?q=prometheus');
    await user.click(searchBox());
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('link', { name: cardTitles()[0] })).toHaveFocus();
  });
});
