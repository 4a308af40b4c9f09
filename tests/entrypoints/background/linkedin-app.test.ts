import { describe, expect, it } from 'vitest';
import { followLinkedInApp } from '../../../entrypoints/background/linkedin-app';

const PROFILE = 'https://www.linkedin.com/in/jane-doe/';
const FEED = 'https://www.linkedin.com/feed/';

function tabs(answering: boolean) {
  const injected: number[] = [];
  return {
    injected,
    answers: async () => answering,
    inject: async (tabId: number) => {
      injected.push(tabId);
    },
  };
}

describe("following LinkedIn's app onto a profile (background)", () => {
  it('brings the content script once a move onto a profile has completed, as Chrome reports it', async () => {
    const fake = tabs(false);
    const onUpdated = followLinkedInApp(fake);
    await onUpdated(7, { status: 'loading', url: PROFILE });
    expect(fake.injected).toEqual([]);
    await onUpdated(7, { status: 'complete' });
    expect(fake.injected).toEqual([7]);
    // The next completion of the same page is no new move.
    await onUpdated(7, { status: 'complete' });
    expect(fake.injected).toEqual([7]);
  });

  it('acts at once on a new address reported without a load', async () => {
    const fake = tabs(false);
    await followLinkedInApp(fake)(3, { url: PROFILE });
    expect(fake.injected).toEqual([3]);
  });

  it('brings nothing to other LinkedIn pages, nor where the script already answers', async () => {
    const away = tabs(false);
    const onUpdated = followLinkedInApp(away);
    await onUpdated(1, { status: 'loading', url: FEED });
    await onUpdated(1, { status: 'complete' });
    // Moved onto a profile and off it again before the load completed.
    await onUpdated(2, { status: 'loading', url: PROFILE });
    await onUpdated(2, { url: FEED });
    await onUpdated(2, { status: 'complete' });
    expect(away.injected).toEqual([]);
    const running = tabs(true);
    await followLinkedInApp(running)(1, { url: PROFILE });
    expect(running.injected).toEqual([]);
  });

  it('lets a tab that closed meanwhile go quietly', async () => {
    const onUpdated = followLinkedInApp({
      answers: async () => false,
      inject: async () => {
        throw new Error('No tab with id: 9.');
      },
    });
    await expect(onUpdated(9, { url: PROFILE })).resolves.toBeUndefined();
  });
});
