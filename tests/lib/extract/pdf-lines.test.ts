import { describe, expect, it } from 'vitest';
import { joinLines, type PdfRun, pageLines } from '../../../lib/extract/pdf-lines';

function run(text: string, x: number, y: number, extra: Partial<PdfRun> = {}): PdfRun {
  return { text, x, y, width: text.length * 6, fontSize: 12, bold: false, ...extra };
}

describe('pageLines', () => {
  it('orders runs by baseline then x, whatever order the file drew them in', () => {
    const lines = pageLines(1, [
      run('2019 – Present', 480, 100),
      run('Claims Analyst', 40, 100.3),
      run('HMO', 40, 80),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['HMO', 'Claims Analyst\t2019 – Present']);
    expect(lines[1]?.cells).toEqual([
      { x: 40, text: 'Claims Analyst' },
      { x: 480, text: '2019 – Present' },
    ]);
  });

  it('joins runs of one phrase, adding a space only where the gap shows one', () => {
    const lines = pageLines(1, [run('Utiliza', 40, 50), run('tion', 82, 50), run('review', 110, 50)]);
    expect(lines[0]?.text).toBe('Utilization review');
  });

  it('keeps the layout facts: size and weight of most characters, page, position', () => {
    const [heading, body] = pageLines(2, [
      run('Experience', 40, 60, { fontSize: 16, bold: true }),
      run('Managed ', 40, 90),
      run('care', 88, 90, { bold: true }),
    ]);
    expect(heading).toMatchObject({ page: 2, x: 40, y: 60, fontSize: 16, bold: true, column: 0 });
    expect(body).toMatchObject({ text: 'Managed care', fontSize: 12, bold: false });
  });

  it('reads a sidebar page column by column, after a header that spans both', () => {
    const runs = [run('Jordan Example — Claims and Network Operations Lead', 40, 40)];
    for (let i = 0; i < 4; i++) {
      runs.push(run(`Skill ${i}`, 40, 80 + i * 16));
      runs.push(run(`Main column line ${i}`, 260, 80 + i * 16));
    }
    const lines = pageLines(1, runs);
    expect(lines.map((l) => l.text)).toEqual([
      'Jordan Example — Claims and Network Operations Lead',
      'Skill 0',
      'Skill 1',
      'Skill 2',
      'Skill 3',
      'Main column line 0',
      'Main column line 1',
      'Main column line 2',
      'Main column line 3',
    ]);
    expect(lines.map((l) => l.column)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1]);
  });

  it('does not take right-aligned dates in a one-column resume for a second column', () => {
    const runs: PdfRun[] = [];
    for (let i = 0; i < 4; i++) {
      runs.push(run(`Role ${i}`, 40, 100 + i * 60), run(`201${i} – 201${i + 1}`, 480, 100 + i * 60));
      runs.push(
        run('A full-width bullet about capitation contracts and the provider network', 40, 116 + i * 60),
      );
    }
    const texts = pageLines(1, runs).map((l) => l.text);
    expect(texts.slice(0, 2)).toEqual([
      'Role 0\t2010 – 2011',
      'A full-width bullet about capitation contracts and the provider network',
    ]);
  });

  it('skips blank runs and gives nothing for a page without text', () => {
    expect(pageLines(1, [run('  ', 40, 40), run('', 60, 40)])).toEqual([]);
  });
});

describe('joinLines', () => {
  it('separates paragraphs, columns and pages by a blank line', () => {
    const lines = [
      ...pageLines(1, [run('Summary', 40, 40), run('Line one', 40, 56), run('Skills', 40, 120)]),
      ...pageLines(2, [run('Page two', 40, 40)]),
    ];
    expect(joinLines(lines)).toBe('Summary\nLine one\n\nSkills\n\nPage two');
  });
});
