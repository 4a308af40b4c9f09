/**
 * How the page's main thread and frames fare while HMO Lens works, measured inside the benchmark page:
 * frame lengths after a scan, long tasks and long frames, scrolling.
 */
import { HIGHLIGHT_NAME } from '../../lib/dom/highlight-style';

export const nextFrame = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

const drawn = () => ((CSS.highlights.get(HIGHLIGHT_NAME) as Set<Range> | undefined)?.size ?? 0) > 0;

/** Resolves once a scan's first highlights are drawn and rendered; throws if none come within 120 frames. */
export async function firstDraw(): Promise<void> {
  for (let frames = 0; !drawn() && frames < 120; frames++) await nextFrame();
  if (!drawn()) throw new Error('nothing was drawn after the scan');
  await nextFrame();
}

/**
 * What drawing costs the page right after a scan: the blocks in view get their highlights, and the first
 * ones bring the ::highlight style sheet, which makes the browser recalculate every element's style once.
 * The first animation frame that sees highlights drawn runs before that frame's own style work, so the style
 * recalculation is forced and timed right there; frames are timed too, from the scan's start, and the answer
 * is the longest of either after the scan.
 */
export function frameTimes(): { longestAfter(since: number): Promise<number> } {
  const stamps: number[] = [];
  let stop = false;
  let styleMs = 0;
  const tick = (now: number) => {
    stamps.push(now);
    if (styleMs === 0 && drawn()) {
      const t = performance.now();
      void document.body.offsetHeight;
      styleMs = performance.now() - t;
    }
    if (!stop) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return {
    async longestAfter(since) {
      await firstDraw();
      stop = true;
      let longest = styleMs;
      for (let i = 1; i < stamps.length; i++) {
        const [before, after] = [stamps[i - 1] as number, stamps[i] as number];
        if (after > since) longest = Math.max(longest, after - before);
      }
      return longest;
    },
  };
}

/**
 * The longest stretch a long task or frame kept the main thread: a task's whole duration, and of a long
 * animation frame its rendering (style, layout, paint). A frame's own duration is no such stretch: it also
 * spans the short tasks that ran before it rendered, between which the page could respond.
 */
function blockingPart(entry: PerformanceEntry, since: number): number {
  const frame = entry as PerformanceEntry & { renderStart?: number };
  if (entry.entryType !== 'long-animation-frame') return entry.startTime >= since ? entry.duration : 0;
  // A frame is reported when it ends: one that began rendering before `since` is someone else's.
  return frame.renderStart && frame.renderStart >= since
    ? entry.startTime + entry.duration - frame.renderStart
    : 0;
}

/**
 * Watches the main thread for work over 50 ms: long tasks, and long animation frames, whose rendering part
 * counts a style recalculation or layout that a long task entry alone can miss.
 */
export function longTasks(since: number): { stop(): number } {
  const entries: PerformanceEntry[] = [];
  const observers = ['longtask', 'long-animation-frame']
    .filter((type) => PerformanceObserver.supportedEntryTypes.includes(type))
    .map((type) => {
      const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
      observer.observe({ type, buffered: false });
      return observer;
    });
  return {
    stop() {
      for (const observer of observers) {
        entries.push(...observer.takeRecords());
        observer.disconnect();
      }
      return Math.max(0, ...entries.map((entry) => blockingPart(entry, since)));
    },
  };
}

/**
 * Scrolls down the page a step per frame and returns the 90th percentile of the frames' lengths (60 Hz is
 * 16.7 ms): what scrolling feels like, with whatever is highlighted at the time. Ends back at the top.
 */
export async function scrollFrames(): Promise<number> {
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  window.scrollTo(0, 0);
  await nextFrame();
  const lengths: number[] = [];
  let last = await frame();
  for (let i = 0; i < 60; i++) {
    window.scrollBy(0, 300);
    const now = await frame();
    lengths.push(now - last);
    last = now;
  }
  window.scrollTo(0, 0);
  await nextFrame();
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 0;
}
