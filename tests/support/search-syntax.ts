/** Problems with a boolean string: unbalanced quotes or brackets, lowercase operators, empty groups, curly quotes. */
export function syntaxProblems(query: string): string[] {
  const problems: string[] = [];
  if (/[\u201c\u201d\u2018\u2019]/.test(query)) problems.push('curly quotes');
  if ((query.match(/"/g) ?? []).length % 2 !== 0) problems.push('unbalanced quotes');
  // Brackets and operators are checked outside quoted phrases.
  const bare = query.replace(/"[^"]*"/g, 'PHRASE');
  let depth = 0;
  for (const ch of bare) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (depth < 0) problems.push('closing bracket before opening');
  }
  if (depth !== 0) problems.push('unbalanced brackets');
  if (/\(\s*\)/.test(bare)) problems.push('empty group');
  if (/""/.test(query)) problems.push('empty phrase');
  if (/\b(?:and|or|not)\b/i.test(bare.replace(/PHRASE|\b(?:AND|OR)\b/g, '')))
    problems.push('lowercase operator');
  if (/\b(?:AND|OR)\s*(?:\)|$)|(?:^|\()\s*(?:AND|OR)\b|\b(?:AND|OR)\s+(?:AND|OR)\b/.test(bare))
    problems.push('dangling operator');
  if (ungroupedOr(bare)) problems.push('OR outside brackets');
  return problems;
}

/** An OR outside brackets: beside AND or Google's implied AND its meaning depends on precedence. */
function ungroupedOr(bare: string): boolean {
  let depth = 0;
  for (const token of bare.split(/(\(|\)|\s+)/)) {
    if (token === '(') depth++;
    else if (token === ')') depth--;
    else if (depth === 0 && token === 'OR') return true;
  }
  return false;
}
