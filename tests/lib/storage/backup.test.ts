import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { GLOSSARY } from '../../../lib/glossary';
import { applyImport, createBackup, exportBackup, planImport, readBackup } from '../../../lib/storage/backup';
import type { CustomTerm } from '../../../lib/storage/custom-terms';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings';
import { storedItems } from '../../../lib/storage/stores';
import { manyTerms } from '../../support/many-terms';

const dhmo: CustomTerm = {
  id: 'custom-dhmo',
  term: 'DHMO',
  aliases: ['dental HMO'],
  definition: 'A dental plan that works like an HMO.',
  category: 'plan-type',
};
const snp: CustomTerm = {
  id: 'custom-mltss',
  term: 'MLTSS',
  aliases: ['managed long-term services and supports'],
  definition: 'Medicaid managed care that covers long-term care at home or in a facility.',
  category: 'plan-type',
};

const file = (value: unknown) => JSON.stringify(value);

describe('backup files', () => {
  it('round-trip settings and terms', () => {
    const backup = createBackup(
      { ...DEFAULT_SETTINGS, color: 'blue' },
      [dhmo],
      undefined,
      new Date('2026-11-25T00:00:00Z'),
    );
    expect(backup).toEqual({
      format: 'hmo-lens-backup',
      version: 1,
      exportedAt: '2026-11-25T00:00:00.000Z',
      settings: { ...DEFAULT_SETTINGS, color: 'blue' },
      terms: [dhmo],
    });
    expect(readBackup(file(backup), GLOSSARY)).toEqual({ ok: true, backup });
    expect(createBackup(DEFAULT_SETTINGS, [], { settings: 'garbage' }).unreadable).toEqual({
      settings: 'garbage',
    });
  });

  it('list every problem with where it is', () => {
    const bad = readBackup(
      file({
        format: 'hmo-lens-backup',
        version: 1,
        terms: [
          dhmo,
          dhmo,
          snp,
          { ...snp, id: 'custom-x', term: '  ' },
          { ...snp, id: 'custom-y', definition: undefined },
        ],
      }),
      GLOSSARY,
    );
    expect(bad).toEqual({
      ok: false,
      problems: ['terms[3].term: must not be empty', 'terms[4].definition: required'],
    });
    const clash = readBackup(
      file({ format: 'hmo-lens-backup', version: 1, terms: [dhmo, dhmo, { ...snp, aliases: ['PPO'] }] }),
      GLOSSARY,
    );
    expect(clash).toEqual({
      ok: false,
      problems: [
        'terms[2].aliases[0]: "PPO" is the built-in term ppo; use its id to replace its definition',
        'terms[1].id: repeats terms[0].id (custom-dhmo)',
      ],
    });
  });

  it('refuse files that are not backups, or come from a newer version, in plain words', () => {
    const problems = (text: string) => (readBackup(text, GLOSSARY) as { problems: string[] }).problems;
    expect(problems('{oops')[0]).toMatch(/^\(the file\): not JSON/);
    expect(problems('[1, 2]')).toEqual(['(the file): not an HMO Lens backup']);
    expect(problems(file({ terms: [] }))[0]).toMatch(/^format: must be "hmo-lens-backup"/);
    expect(problems(file({ format: 'hmo-lens-backup', version: 9, terms: [] }))[0]).toMatch(/newer HMO Lens/);
    expect(problems(file({ format: 'hmo-lens-backup', version: 1 }))).toEqual(['terms: required']);
    expect(
      problems(file({ format: 'hmo-lens-backup', version: 1, terms: [], settings: { color: 'red' } })),
    ).toEqual(expect.arrayContaining(['settings.color: must be one of "amber", "blue", "green", "pink"']));
  });

  it('show what will be added or replaced before anything is applied, keeping the other terms', () => {
    const read = readBackup(
      file(
        createBackup({ ...DEFAULT_SETTINGS, underlineOnly: true }, [
          { ...dhmo, definition: 'New wording.' },
          snp,
        ]),
      ),
      GLOSSARY,
    );
    if (!read.ok) throw new Error(read.problems.join());
    const mine: CustomTerm = { ...snp, id: 'custom-mine', term: 'Mine', aliases: [] };
    const plan = planImport(read.backup, { terms: [dhmo, mine], settings: DEFAULT_SETTINGS }, GLOSSARY);
    expect(plan.added).toEqual([snp]);
    expect(plan.replaced).toEqual([{ before: dhmo, after: { ...dhmo, definition: 'New wording.' } }]);
    expect(plan.settingsChanges).toEqual(['underlineOnly: false → true']);
    expect(plan.conflicts).toEqual([]);
    expect(plan.result.terms.map((t) => t.id)).toEqual(['custom-dhmo', 'custom-mine', 'custom-mltss']);
    // A file term whose form an existing term of another id already has cannot be applied.
    const clashing = planImport(
      read.backup,
      { terms: [{ ...mine, aliases: ['MLTSS'] }], settings: DEFAULT_SETTINGS },
      GLOSSARY,
    );
    expect(clashing.conflicts).toEqual(['your terms[2].term: "MLTSS" is also a form of custom-mine']);
  });
});

describe('the limit on terms', () => {
  it('is a conflict of the import preview, in plain words, when the file would pass it', () => {
    const read = readBackup(file(createBackup(DEFAULT_SETTINGS, manyTerms('imported', 300))), GLOSSARY);
    if (!read.ok) throw new Error(read.problems.join());
    const plan = planImport(
      read.backup,
      { terms: manyTerms('mine', 250), settings: DEFAULT_SETTINGS },
      GLOSSARY,
    );
    expect(plan.added).toHaveLength(300);
    expect(plan.conflicts).toEqual([
      'Together with your 250 terms this file would make 550, and HMO Lens keeps at most 500: ' +
        'import at most 250 new terms, or delete some of yours first.',
    ]);
    // Terms the file only replaces do not count twice.
    const replacing = planImport(
      read.backup,
      { terms: manyTerms('imported', 300), settings: DEFAULT_SETTINGS },
      GLOSSARY,
    );
    expect(replacing.conflicts).toEqual([]);
    const full = planImport(
      read.backup,
      { terms: manyTerms('mine', 200), settings: DEFAULT_SETTINGS },
      GLOSSARY,
    );
    expect(full.conflicts).toEqual([]);
    expect(full.result.terms).toHaveLength(500);
  });

  it('is told in plain words for a file that alone has too many terms', () => {
    const read = readBackup(file(createBackup(DEFAULT_SETTINGS, manyTerms('imported', 501))), GLOSSARY);
    expect(read).toEqual({ ok: false, problems: ['terms: must have at most 500 items'] });
  });
});

describe('backups of what is stored', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  const now = new Date('2026-12-01T00:00:00Z');

  it('export the stored terms and settings, with every value that could not be read as it was', async () => {
    const items = storedItems(storage);
    await items.customTerms.set([dhmo]);
    await fakeBrowser.storage.local.set({
      settings: 'garbage',
      unreadable: { customTerms: 'older garbage' },
    });
    expect(await exportBackup(items, now)).toEqual({
      format: 'hmo-lens-backup',
      version: 1,
      exportedAt: '2026-12-01T00:00:00.000Z',
      settings: DEFAULT_SETTINGS,
      terms: [dhmo],
      unreadable: { customTerms: 'older garbage', settings: 'garbage' },
    });
  });

  it('apply an import against what is stored when applied, writing nothing on a conflict', async () => {
    const items = storedItems(storage);
    const backup = createBackup({ ...DEFAULT_SETTINGS, color: 'green' }, [snp], undefined, now);
    // Since the preview, another tab stored a term with one of the file's forms.
    const mine: CustomTerm = { ...dhmo, id: 'custom-mine', aliases: ['MLTSS'] };
    await items.customTerms.set([mine]);
    expect(await applyImport(backup, items, GLOSSARY)).toEqual({
      ok: false,
      problems: ['your terms[1].term: "MLTSS" is also a form of custom-mine'],
    });
    expect(await items.customTerms.get()).toEqual([mine]);
    expect(await items.settings.get()).toEqual(DEFAULT_SETTINGS);

    await items.customTerms.set([dhmo]);
    const applied = await applyImport(backup, items, GLOSSARY);
    expect(applied).toMatchObject({ ok: true, plan: { added: [snp] } });
    expect(await items.customTerms.get()).toEqual([dhmo, snp]);
    expect((await items.settings.get()).color).toBe('green');
  });

  it('tell a write that failed in words, not as the validator’s JSON', async () => {
    const items = storedItems(storage);
    const backup = createBackup(DEFAULT_SETTINGS, [snp], undefined, now);
    const refusing = {
      ...items,
      settings: {
        ...items.settings,
        set: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
      },
    };
    expect(await applyImport(backup, refusing, GLOSSARY)).toEqual({
      ok: false,
      problems: ['QUOTA_BYTES quota exceeded'],
    });
  });
});
