import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/analyze';
import { type LineLayout, layoutOfLines, typeScale } from '../../../lib/analysis/resume-layout';
import { extractRoles } from '../../../lib/analysis/roles';

interface Look {
  x?: number;
  y?: number;
  size?: number;
  bold?: boolean;
  column?: number;
}

/**
 * Made-up lines with the facts a PDF would give them: body text at x 50 in 10.5 pt, one line every 14 pt
 * unless a line says otherwise.
 */
function page(rows: readonly (readonly [string, Look?])[]): { text: string; layout: LineLayout[] } {
  let y = 60;
  const layout = rows.map(([text, look = {}]) => {
    y = look.y ?? y + 14;
    return {
      page: 1,
      x: look.x ?? 50,
      y,
      fontSize: look.size ?? 10.5,
      bold: look.bold ?? false,
      column: look.column ?? 0,
      text,
    };
  });
  return { text: rows.map(([text]) => text).join('\n'), layout };
}

const brief = (text: string, layout?: LineLayout[]) =>
  extractRoles(text, layout).map((r) => [r.title, r.start.year, r.end?.year ?? 'present']);

describe('a bold or larger line is more likely a title', () => {
  // The duty above ends mid-sentence, so on its words alone the next line continues it.
  const { text, layout } = page([
    ['Experience', { bold: true, size: 12 }],
    ['Member Engagement Professional', { bold: true, size: 12 }],
    ['CareSource, Dayton, OH 06/2023 – Present'],
    ['Call new Medicaid members to explain covered benefits and transportation with the', { x: 64 }],
    ['Customer Care Professional', { bold: true, size: 12 }],
    ['Humana, Louisville, KY 2019 – 2023'],
    ['Answered member calls about claims and eligibility.', { x: 64 }],
  ]);

  it('starts a role at a title in title type, where plain text reads it as the end of a duty', () => {
    // On its words alone the title ends the duty above, and the role below is named for its employer.
    expect(brief(text)).toEqual([
      ['Member Engagement Professional', 2023, 'present'],
      ['Humana', 2019, 2023],
    ]);
    expect(brief(text, layout)).toEqual([
      ['Member Engagement Professional', 2023, 'present'],
      ['Customer Care Professional', 2019, 2023],
    ]);
  });

  it('takes the title from the line in title type when no part has a title word', () => {
    const role = extractRoles(text, layout)[0];
    expect(role?.employer).toBe('CareSource');
  });

  it('means nothing when every line is bold', () => {
    const allBold = layout.map((line) => ({ ...line, bold: true, fontSize: 10.5 }));
    expect(typeScale(allBold).boldStandsOut).toBe(false);
    expect(brief(text, allBold)).toEqual(brief(text));
  });
});

describe('a line indented like the duties above it is a duty', () => {
  // The wrapped end of a duty reads like a header: capitals, a plan name, a title line right after it.
  const { text, layout } = page([
    ['Experience', { bold: true, size: 12 }],
    ['Appeals Resolution Professional II', { bold: true }],
    ['Molina Healthcare, Long Beach, CA 03/2018 – Present'],
    ['Draft resolution letters for members of Molina Medicare Complete Care and Molina', { x: 64 }],
    ['Dual Options Medicare-Medicaid Plans', { x: 64 }],
    ['Appeals Intake Coordinator', { bold: true }],
    ['Amerigroup, Virginia Beach, VA 07/2015 – 02/2018'],
    ['Logged member grievances.', { x: 64 }],
  ]);

  it('keeps the wrapped fragment in the role it belongs to', () => {
    // On its words alone ("Draft" is no duty verb it knows), the duty goes to the role below.
    expect(extractRoles(text)[1]?.text).toContain('Dual Options Medicare-Medicaid Plans');
    const laid = extractRoles(text, layout);
    expect(laid.map((r) => r.lineNumbers)).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7],
    ]);
    expect(laid[0]?.text).toContain('Dual Options Medicare-Medicaid Plans');
    expect(laid[1]?.title).toBe('Appeals Intake Coordinator');
  });

  it('is not decided by indentation when the duties are not indented', () => {
    const flat = layout.map((line) => ({ ...line, x: 50 }));
    expect(extractRoles(text, flat).map((r) => r.lineNumbers)).toEqual(
      extractRoles(text).map((r) => r.lineNumbers),
    );
  });
});

describe('a right-aligned date belongs to the header line at the same height', () => {
  // A column of dates beside the titles: the page is read column after column, dates last.
  const rows: [string, Look][] = [
    ['EXPERIENCE', { bold: true, size: 12, y: 160 }],
    ['Enrollment Operations Associate', { bold: true, size: 11.5, y: 184 }],
    ['Oscar Health · Tempe, AZ', { y: 202 }],
    ['Process individual market enrollment applications and 834 files', { x: 63, y: 217 }],
    ['Shift Supervisor', { bold: true, size: 11.5, y: 280 }],
    ['Starbucks · Tempe, AZ', { y: 296 }],
    ['Scheduled baristas and counted the cash drawer at close', { x: 63, y: 312 }],
    ['EDUCATION', { bold: true, size: 12, y: 400 }],
    ['09/2025 – Present', { x: 482, y: 184, size: 9, column: 1 }],
    ['2021 – 2025', { x: 507, y: 280, size: 9, column: 1 }],
    ['Bachelor of Arts, Communication, Arizona State University, 2021', { y: 419 }],
  ];
  const { text, layout } = page(rows);

  it('reads each role with its date, and lists the date line among the role lines', () => {
    expect(brief(text)).toEqual([]);
    expect(brief(text, layout)).toEqual([
      ['Enrollment Operations Associate', 2025, 'present'],
      ['Shift Supervisor', 2021, 2025],
    ]);
    expect(extractRoles(text, layout)[1]?.lineNumbers).toEqual([4, 5, 6, 9]);
  });

  it('leaves a date in a column of running text alone (a main column beside a sidebar)', () => {
    const sidebar = page([
      ...rows.slice(0, 10),
      ['Checked in patients at the front desk.', { x: 520, y: 330, column: 1 }],
    ]);
    expect(brief(sidebar.text, sidebar.layout)).toEqual(brief(sidebar.text));
  });
});

describe('layout that does not describe the text', () => {
  it('pairs facts with lines only while the lines are the same', () => {
    const { layout } = page([['Claims Examiner'], ['Aetna 2019 – 2021']]);
    const edited = 'Claims Examiner\n\nAetna, Hartford 2019 – 2021';
    expect(layoutOfLines(edited, layout)).toEqual([layout[0], undefined, undefined]);
  });

  it('is ignored by analyze when it fails the schema, and plain text is read as before', () => {
    const text =
      'Experience\nClaims Examiner, Aetna | Hartford, CT | 2019 - 2021\nAdjudicated medical claims.';
    const broken = [{ page: 0, x: 'left', text: 'Experience' }] as unknown as LineLayout[];
    const today = new Date('2026-11-25T00:00:00Z');
    expect(analyze(text, { today, layout: broken }).roles).toEqual(analyze(text, { today }).roles);
  });
});
