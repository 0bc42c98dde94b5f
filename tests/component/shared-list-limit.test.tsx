// A shared list has a limit (a link must stay a link): the link the reader copies and the page
// that opens it agree on it, and whoever meets it is told how many talks it left out.
import { pathInLanguage } from '../../src/i18n/language-path';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MAX_SHARED_IDS } from '../../src/reader-list/reader-list-format';
import { useReaderListStore } from '../../src/reader-list/reader-list-store';
import { renderApp } from './render-app';

/** `n` distinct ids, the fixture's counting-things first, made-up ones after it. */
const ids = (n: number) => ['counting-things', ...Array.from({ length: n - 1 }, (_, i) => `made-up-talk-${String(i + 1)}`)];
const idsInLink = (url: string) => (new URL(url).searchParams.get('ids') ?? '').split(',').filter((id) => id !== '');

describe('the limit of a shared list', () => {
  it('is the same for the copied link and the shared page, and the reader is told what it cut', async () => {
    useReaderListStore.setState({ saved: ids(MAX_SHARED_IDS + 2), watched: [] });
    const { user } = await renderApp('/');
    await user.click(screen.getByRole('button', { name: 'My list: export, import, share, copy' }));
    await user.click(await screen.findByRole('button', { name: 'Copy a link to my saved talks' }));
    const status = await screen.findByText(/^Link copied/);
    expect(status).toHaveTextContent(`It holds the first ${MAX_SHARED_IDS} of your ${MAX_SHARED_IDS + 2} saved talks`);
    const link = await navigator.clipboard.readText();
    expect(idsInLink(link)).toEqual(ids(MAX_SHARED_IDS));
  });

  it('says nothing is cut when nothing is', async () => {
    useReaderListStore.setState({ saved: ids(MAX_SHARED_IDS), watched: [] });
    const { user } = await renderApp('/');
    await user.click(screen.getByRole('button', { name: 'My list: export, import, share, copy' }));
    await user.click(await screen.findByRole('button', { name: 'Copy a link to my saved talks' }));
    expect(await screen.findByText(/^Link copied/)).not.toHaveTextContent(/first|holds/);
    expect(idsInLink(await navigator.clipboard.readText())).toHaveLength(MAX_SHARED_IDS);
  });

  it.each([
    { language: 'en', cut: 1, text: `This link holds ${MAX_SHARED_IDS + 1} talks; a shared list shows at most ${MAX_SHARED_IDS}, so the last one is not shown.` },
    { language: 'en', cut: 2, text: `This link holds ${MAX_SHARED_IDS + 2} talks; a shared list shows at most ${MAX_SHARED_IDS}, so the last 2 are not shown.` },
    { language: 'zh', cut: 2, text: `这个链接包含 ${MAX_SHARED_IDS + 2} 场演讲，分享的清单最多显示 ${MAX_SHARED_IDS} 场，最后 2 场没有显示。` },
  ] as const)('a link longer than the limit says in $language how many it leaves out ($cut)', async ({ language, cut, text }) => {
    await renderApp(`${pathInLanguage('/shared', language)}?ids=${ids(MAX_SHARED_IDS + cut).join(',')}`);
    expect(screen.getByText(text)).toBeInTheDocument();
  });

  it('a link within the limit says nothing about one', async () => {
    await renderApp(`/shared?ids=${ids(MAX_SHARED_IDS).join(',')}`);
    expect(screen.getByRole('heading', { level: 1, name: 'A shared list of talks' })).toBeInTheDocument();
    expect(screen.queryByText(/at most/)).not.toBeInTheDocument();
  });
});
