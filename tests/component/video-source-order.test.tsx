// Choosing where to watch must not move what the reader just tapped: the source options and the
// links beside them keep their places when the choice changes.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

/** The video section's radios and its links to the two mirrors, by their visible names, in the page's order. */
function videoControls() {
  const video = screen.getByRole('region', { name: 'Video' });
  const radios = within(video)
    .getAllByRole('radio')
    .map((radio) => radio.closest('label')?.textContent.trim());
  const links = within(video)
    .getAllByRole('link')
    .map((link) => new URL(link.getAttribute('href') ?? '').hostname);
  return { radios, links };
}

describe('the video source choice on a talk page', () => {
  it('keeps the options and the links in their places when the reader picks the other source', async () => {
    const { user } = await renderApp('/talks/counting-things');
    const before = videoControls();
    expect(before.radios).toHaveLength(2);
    expect(before.links).toEqual(expect.arrayContaining(['www.youtube.com', 'v.qq.com']));

    const youtube = screen.getByRole('radio', { name: 'YouTube' });
    const tencent = screen.getByRole('radio', { name: /^Tencent Video mirror/ });
    const other = youtube.matches(':checked') ? tencent : youtube;
    await user.click(other);
    expect(other).toBeChecked();
    expect(screen.getByRole('button', { name: other === tencent ? 'Play here from Tencent Video' : 'Play here from YouTube' })).toBeInTheDocument();
    expect(videoControls(), 'nothing moved').toEqual(before);

    // And back again: still nothing moves.
    await user.click(other === tencent ? youtube : tencent);
    expect(videoControls()).toEqual(before);
  });

  it('marks the link of the chosen source instead of moving it', async () => {
    const { user } = await renderApp('/talks/counting-things');
    const video = screen.getByRole('region', { name: 'Video' });
    const link = (host: string) =>
      within(video)
        .getAllByRole('link')
        .find((element) => new URL(element.getAttribute('href') ?? '').hostname === host);
    await user.click(screen.getByRole('radio', { name: /^Tencent Video mirror/ }));
    expect(link('v.qq.com')).toHaveClass('preferred-source');
    expect(link('www.youtube.com')).not.toHaveClass('preferred-source');
    await user.click(screen.getByRole('radio', { name: 'YouTube' }));
    expect(link('www.youtube.com')).toHaveClass('preferred-source');
    expect(link('v.qq.com')).not.toHaveClass('preferred-source');
  });
});
