// What the talk page says about its links' last check: a mark beside a link only where a check
// looked at it, and one line saying when links were checked (or that they never were).
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LinkStatusFile } from '../../src/link-health/link-status-schema';
import { renderApp } from './render-app';

// The file `npm run check-links` writes, as each test sets it (the app reads it as a module).
const status = vi.hoisted((): LinkStatusFile => ({ checkedAt: null, links: {} }));
vi.mock('@link-status', () => ({ default: status }));

const linkStatus = (file: LinkStatusFile) => Object.assign(status, file);

const YOUTUBE = 'https://www.youtube.com/watch?v=aaaaaaaaaaa';
const SLIDES = 'https://example.org/slides/counting.pdf';

describe('before any link check has run', () => {
  beforeEach(() => linkStatus({ checkedAt: null, links: {} }));

  it('marks no link, and says once that the links have not been checked', async () => {
    await renderApp('/talks/counting-things');
    expect(screen.queryByText(/not checked yet/)).not.toBeInTheDocument();
    expect(screen.getAllByText('These links have not been checked yet.')).toHaveLength(1);
  });

  it('says so in Chinese', async () => {
    await renderApp('/zh/talks/counting-things');
    expect(screen.queryByText(/尚未检查$/)).not.toBeInTheDocument();
    expect(screen.getAllByText('这些链接尚未检查。')).toHaveLength(1);
  });
});

describe('after a link check', () => {
  beforeEach(() =>
    linkStatus({
      checkedAt: '2026-11-25T08:00:00.000Z',
      links: {
        [YOUTUBE]: { status: 'working', checkedAt: '2026-11-25T08:00:01.000Z', httpStatus: 200 },
        [SLIDES]: { status: 'broken', checkedAt: '2026-11-25T08:00:02.000Z', httpStatus: 404 },
      },
    }),
  );

  it('marks each link it looked at, leaves the others unmarked, and says when it ran', async () => {
    await renderApp('/talks/counting-things');
    const video = screen.getByRole('region', { name: 'Video' });
    const youTube = within(video).getByRole('link', { name: /^YouTube/ }).closest('li');
    expect(youTube).toHaveTextContent('working (checked November 25, 2026)');
    // The Tencent Video mirror was not in that check: no mark, and no "not checked" either.
    const mirror = within(video).getByRole('link', { name: /^Tencent Video mirror/ }).closest('li');
    expect(mirror).not.toHaveTextContent(/checked/);
    const slides = screen.getByRole('region', { name: 'Slides' });
    expect(slides).toHaveTextContent('broken (checked November 25, 2026)');
    expect(within(slides).getByRole('link', { name: /^Internet Archive copy/ })).toHaveAttribute('href', `https://web.archive.org/web/2017/${SLIDES}`);
    expect(screen.getAllByText('Links last checked on November 25, 2026.')).toHaveLength(1);
  });

  it('says when in Chinese, with the one Chinese date format', async () => {
    await renderApp('/zh/talks/counting-things');
    expect(screen.getByRole('region', { name: '视频' })).toHaveTextContent('可以访问（2026年11月25日检查）');
    expect(screen.getAllByText('这些链接最近一次检查于 2026年11月25日。')).toHaveLength(1);
  });
});
