import { describe, expect, it, vi } from 'vitest';
import { lexiconOf } from '../../../entrypoints/background/lexicon';
import { TabDescriptions } from '../../../entrypoints/background/tab-descriptions';
import { MAX_PAGE_TEXT } from '../../../lib/analysis/text-limit';
import { ANALYSIS_TIME_LIMIT_MS } from '../../../lib/analysis/time-budget';
import type { ContentScriptRequest, PageStatus } from '../../../lib/protocol/messages';
import { TabDescriptionSchema } from '../../../lib/protocol/tab-description';
import { TODAY } from '../../fixtures/resumes/expected';

const RESUME =
  'Jane Doe\nClaims Processor, Blue Plan HMO\nJan 2019 - Present\nAdjudicated HMO claims, COB and prior auth.';

/** A tab whose content script answers like the real one, counting the texts it hands out. */
function fakeTab(status: Partial<PageStatus> = {}) {
  const tab = {
    status: {
      url: 'https://www.linkedin.com/in/jane/',
      status: 'ready',
      active: true,
      highlighting: true,
      distinctTerms: 3,
      revision: 4,
      ...status,
    } as PageStatus,
    text: RESUME,
    notes: undefined as string[] | undefined,
    textsRead: 0,
    send: async (_tabId: number, message: ContentScriptRequest): Promise<unknown> => {
      if (message.type === 'hmo-lens/get-state') return tab.status;
      if (message.type === 'hmo-lens/get-text') {
        tab.textsRead++;
        return { url: tab.status.url, revision: tab.status.revision, text: tab.text, notes: tab.notes };
      }
      return undefined;
    },
  };
  return tab;
}

const lexicon = async () => lexiconOf([], () => TODAY);

describe('tab descriptions (background)', () => {
  it('analyses the page’s text with its definitions, once per revision of the page', async () => {
    const tab = fakeTab();
    const descriptions = new TabDescriptions(tab.send, lexicon);
    const first = await descriptions.describe(1);
    expect(first.kind).toBe('page');
    if (first.kind !== 'page') return;
    expect(first.page.analysis?.terms.map((t) => t.id)).toEqual(expect.arrayContaining(['hmo', 'cob']));
    expect(first.page.definitions.hmo).toMatch(/network/);
    expect(Object.keys(first.page.definitions).sort()).toEqual(
      first.page.analysis?.terms.map((t) => t.id).sort(),
    );
    await descriptions.describe(1);
    expect(tab.textsRead).toBe(1);
    // The page changed: read again.
    tab.status.revision = 5;
    tab.text = `${RESUME}\nCapitation reports.`;
    const second = await descriptions.describe(1);
    expect(tab.textsRead).toBe(2);
    expect(second.kind === 'page' && second.page.analysis?.terms.some((t) => t.id === 'capitation')).toBe(
      true,
    );
    // Forgotten (tab closed or reloaded): read again even at the same revision.
    descriptions.forget(1);
    await descriptions.describe(1);
    expect(tab.textsRead).toBe(3);
  });

  it('counts and defines the recruiter’s own terms, and forgets every analysis when they change', async () => {
    const tab = fakeTab();
    tab.text = `${RESUME}\nDental HMO sales.`;
    let custom = lexiconOf([], () => TODAY);
    const descriptions = new TabDescriptions(tab.send, async () => custom);
    const before = await descriptions.describe(1);
    expect(before.kind === 'page' && before.page.analysis?.terms.some((t) => t.id === 'custom-dhmo')).toBe(
      false,
    );
    custom = lexiconOf(
      [
        {
          id: 'custom-dhmo',
          term: 'Dental HMO',
          aliases: [],
          definition: 'A dental plan.',
          category: 'plan-type',
        },
      ],
      () => TODAY,
    );
    descriptions.forgetAll();
    const after = await descriptions.describe(1);
    expect(after.kind === 'page' && after.page.definitions['custom-dhmo']).toBe('A dental plan.');
    expect(tab.textsRead).toBe(2);
  });

  it('passes on what the page says it left out, with the analysis of the rest', async () => {
    const tab = fakeTab();
    tab.notes = ['This page shows 3 of 5 experiences, and the analysis covers only those.'];
    const description = await new TabDescriptions(tab.send, lexicon).describe(1);
    expect(description).toMatchObject({ kind: 'page', page: { notes: tab.notes } });
    const plain = await new TabDescriptions(fakeTab().send, lexicon).describe(1);
    expect(plain.kind === 'page' && plain.page.notes).toBeFalsy();
  });

  it('reads no text while scanning or on pages it does not analyse', async () => {
    for (const status of [{ status: 'scanning' as const }, { active: false }]) {
      const tab = fakeTab(status);
      const description = await new TabDescriptions(tab.send, lexicon).describe(1);
      expect(description).toMatchObject({ kind: 'page', page: { analysis: null, definitions: {} } });
      expect(tab.textsRead).toBe(0);
    }
  });

  it('says “not scanned” when no content script answers, and refuses answers it cannot read', async () => {
    const none = new TabDescriptions(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }, lexicon);
    expect(await none.describe(1)).toEqual({ kind: 'not-scanned' });
    expect(await new TabDescriptions(async () => undefined, lexicon).describe(1)).toEqual({
      kind: 'not-scanned',
    });
    const odd = new TabDescriptions(async () => ({ url: 1, status: 'done' }), lexicon);
    await expect(odd.describe(1)).rejects.toThrow(/does not understand/);
  });

  it('tells a LinkedIn page other than a profile, where no content script comes, from one not scanned', async () => {
    const none = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    const at = (url: string | undefined) =>
      new TabDescriptions(none, lexicon, undefined, async () => url).describe(1);
    expect(await at('https://www.linkedin.com/feed/')).toEqual({ kind: 'not-a-profile' });
    // A profile still loading, another site, or a tab whose address the background cannot see.
    expect(await at('https://www.linkedin.com/in/jane/')).toEqual({ kind: 'not-scanned' });
    expect(await at('https://example.com/feed/')).toEqual({ kind: 'not-scanned' });
    expect(await at(undefined)).toEqual({ kind: 'not-scanned' });
  });

  it('runs one analysis for a tab however often its popup asks meanwhile', async () => {
    const tab = fakeTab();
    const descriptions = new TabDescriptions(tab.send, lexicon);
    const answers = await Promise.all([1, 2, 3, 4].map(() => descriptions.describe(1)));
    expect(tab.textsRead).toBe(1);
    for (const answer of answers) expect(answer.kind === 'page' && answer.page.analysis?.level).toBeTruthy();
  });

  it('answers other tabs while one tab’s text waits to be analysed', async () => {
    const hostile = fakeTab();
    hostile.text = '5 years experience '.repeat(5_000);
    const ordinary = fakeTab({ url: 'https://www.linkedin.com/in/other/' });
    const analysed: string[] = [];
    let release: () => void = () => {};
    let pauses = 0;
    const descriptions = new TabDescriptions(
      (tabId, message) => (tabId === 1 ? hostile : ordinary).send(tabId, message),
      async () => {
        const real = await lexicon();
        const analyze = (text: string) => {
          analysed.push(text.slice(0, 8));
          return real.analyze(text);
        };
        return { ...real, analyze };
      },
      // The first analysis (tab 1's) is held at its pause until released; later ones go on at once.
      () =>
        pauses++ === 0
          ? new Promise<void>((resolve) => {
              release = resolve;
            })
          : Promise.resolve(),
    );
    const first = descriptions.describe(1);
    await vi.waitFor(() => expect(hostile.textsRead).toBe(1));
    const other = await descriptions.describe(2);
    expect(other.kind === 'page' && other.page.analysis?.terms.length).toBeGreaterThan(0);
    expect(analysed).toEqual(['Jane Doe']);
    release();
    await first;
    expect(analysed).toEqual(['Jane Doe', '5 years ']);
  });

  it('analyses at most the first 100,000 characters of a long page and says so', async () => {
    const tab = fakeTab();
    tab.text = `${RESUME}\n${'Claims HMO work.\n'.repeat(6_000)}`;
    const description = await new TabDescriptions(tab.send, lexicon).describe(1);
    expect(description.kind === 'page' && description.page.analysis?.textRead).toMatchObject({ cut: true });
  });

  it('stops an analysis that runs out of time, says so in a valid answer, and does not retry it', async () => {
    const hostile = fakeTab();
    hostile.text = 'Claims Analyst, Blue Plan HMO\nJan 2018 - Present\n\n'.repeat(500);
    const ordinary = fakeTab({ url: 'https://www.linkedin.com/in/other/' });
    // Every reading of the clock is 50 ms later: the hostile page's many roles outlast the limit,
    // while a short resume is read in too few steps to.
    let time = 0;
    const clock = { now: () => (time += 50) };
    const descriptions = new TabDescriptions(
      (tabId, message) => (tabId === 1 ? hostile : ordinary).send(tabId, message),
      async () => lexiconOf([], () => TODAY, clock),
    );
    const slow = TabDescriptionSchema.parse(await descriptions.describe(1));
    expect(slow).toMatchObject({ kind: 'page', page: { analysis: null, definitions: {} } });
    expect(slow.kind === 'page' && slow.page.stopped?.afterMs).toBeGreaterThanOrEqual(ANALYSIS_TIME_LIMIT_MS);
    // The same revision asked again: the answer stands, the page's text is not worked on again.
    expect(await descriptions.describe(1)).toEqual(slow);
    expect(hostile.textsRead).toBe(1);
    time = 0;
    const other = await descriptions.describe(2);
    expect(other.kind === 'page' && other.page.stopped).toBeUndefined();
    expect(other.kind === 'page' && other.page.analysis?.level).toBeTruthy();
  });

  it('refuses a text longer than any page may send', async () => {
    const tab = fakeTab();
    tab.text = 'x'.repeat(MAX_PAGE_TEXT + 1);
    await expect(new TabDescriptions(tab.send, lexicon).describe(1)).rejects.toThrow(/does not understand/);
  });
});
