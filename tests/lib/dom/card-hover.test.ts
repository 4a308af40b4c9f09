import { describe, expect, it } from 'vitest';
import { CardHover, HIDE_GRACE_MS } from '../../../lib/dom/card-hover';

/** A card whose actions are recorded, with a timer the test fires by hand. */
function setup() {
  const log: string[] = [];
  const timers: Array<{ ms: number; then: () => void; cancelled: boolean }> = [];
  const hover = new CardHover<string>({
    show: (entry) => log.push(`show ${entry}`),
    hide: () => log.push('hide'),
    after: (ms, then) => {
      const timer = { ms, then, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
  });
  const pending = () => timers.filter((t) => !t.cancelled);
  /** The grace runs out: what a real timer would do if nothing cancelled it. */
  const graceEnds = () => {
    for (const timer of pending()) {
      timer.cancelled = true;
      timer.then();
    }
  };
  return { hover, log, pending, graceEnds };
}

describe('CardHover', () => {
  it('shows the card for a word once, however often the pointer moves on it', () => {
    const { hover, log } = setup();
    hover.pointerAt({ over: 'word', entry: 'HMO' });
    hover.pointerAt({ over: 'word', entry: 'HMO' });
    expect(log).toEqual(['show HMO']);
    expect(hover.entry).toBe('HMO');
  });

  it('stays open while the pointer crosses the gap onto the card and rests there', () => {
    const { hover, log, pending, graceEnds } = setup();
    hover.pointerAt({ over: 'word', entry: 'HMO' });
    hover.pointerAt({ over: 'elsewhere' }); // the few pixels between word and card
    expect(pending()).toEqual([expect.objectContaining({ ms: HIDE_GRACE_MS })]);
    hover.pointerAt({ over: 'card' });
    expect(pending()).toEqual([]);
    graceEnds();
    hover.pointerAt({ over: 'card' });
    expect(log).toEqual(['show HMO']);
    expect(hover.entry).toBe('HMO');
  });

  it('closes once the pointer has left both word and card for the grace', () => {
    const { hover, log, pending, graceEnds } = setup();
    hover.pointerAt({ over: 'word', entry: 'HMO' });
    hover.pointerAt({ over: 'card' });
    hover.pointerAt({ over: 'elsewhere' });
    hover.pointerAt({ over: 'elsewhere' });
    expect(pending()).toHaveLength(1); // one grace, not one per move
    graceEnds();
    expect(log).toEqual(['show HMO', 'hide']);
    expect(hover.entry).toBeNull();
  });

  it('moves to another word at once, without closing in between', () => {
    const { hover, log, pending } = setup();
    hover.pointerAt({ over: 'word', entry: 'HMO' });
    hover.pointerAt({ over: 'elsewhere' });
    hover.pointerAt({ over: 'word', entry: 'PPO' });
    expect(pending()).toEqual([]);
    expect(log).toEqual(['show HMO', 'show PPO']);
  });

  it('closes at once on Escape, even over the card or the word, and stays closed off them', () => {
    const { hover, log, pending } = setup();
    hover.pointerAt({ over: 'word', entry: 'HMO' });
    hover.pointerAt({ over: 'card' });
    hover.close();
    expect(log).toEqual(['show HMO', 'hide']);
    hover.close();
    hover.pointerAt({ over: 'card' }); // the card is gone: where it was is just page
    hover.pointerAt({ over: 'elsewhere' });
    expect(pending()).toEqual([]);
    expect(log).toEqual(['show HMO', 'hide']);
  });

  it('shows the same word again after Escape once the pointer comes back to it', () => {
    const { hover, log } = setup();
    hover.pointerAt({ over: 'word', entry: 'HMO' });
    hover.close();
    hover.pointerAt({ over: 'word', entry: 'HMO' });
    expect(log).toEqual(['show HMO', 'hide', 'show HMO']);
  });

  it('forgets a card that went away by itself, without hiding it twice', () => {
    const { hover, log, pending } = setup();
    hover.pointerAt({ over: 'word', entry: 'HMO' });
    hover.pointerAt({ over: 'elsewhere' });
    hover.closed();
    expect(pending()).toEqual([]);
    hover.pointerAt({ over: 'word', entry: 'HMO' });
    expect(log).toEqual(['show HMO', 'show HMO']);
  });
});
