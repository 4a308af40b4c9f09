/**
 * Word tokens shared by the matcher and the glossary checks. A token is a maximal run of letters, digits
 * and underscores, with inner apostrophes kept ("HMO's", "Children's"), or a lone "&". Because tokens are
 * maximal, a term can never match inside another word ("PPO" in "support").
 */
export const TOKEN_SOURCE = "[\\p{L}\\p{N}_]+(?:['\\u2019][\\p{L}\\p{N}_]+)*|&";

export function tokenize(text: string): string[] {
  return text.match(new RegExp(TOKEN_SOURCE, 'gu')) ?? [];
}

/** Capitals and digits only, with at least one capital: matched case-sensitively (HMO, ICD10, 837P). */
export function isAcronym(token: string): boolean {
  return /\p{Lu}/u.test(token) && !/\p{Ll}/u.test(token);
}

/** How a glossary form's word is compared: acronyms exactly, other words in lower case. */
export function formKey(token: string): string {
  const normal = token.replace(/\u2019/g, "'");
  return isAcronym(normal) ? normal : normal.toLowerCase();
}

/**
 * The word itself, then the singular, non-possessive forms it may stand for: "HMOs" -> "HMO",
 * "HMO's" -> "HMO", "referrals" -> "referral", "policies" -> "policy", "boxes" -> "box". Case is kept,
 * so callers pass the word as written (for acronyms) and lowercased (for ordinary words).
 */
export function inflections(word: string): string[] {
  const out = [word];
  let base = word.includes('\u2019') ? word.replace(/\u2019/g, "'") : word;
  if (base !== word) out.push(base);
  if (/'s$/i.test(base)) {
    base = base.slice(0, -2);
    out.push(base);
  } else if (base.endsWith("'")) {
    base = base.slice(0, -1);
    out.push(base);
  }
  if (base.length > 2 && /s$/i.test(base) && !/ss$/i.test(base)) {
    out.push(base.slice(0, -1));
    if (/ies$/i.test(base)) out.push(`${base.slice(0, -3)}y`);
    else if (/(?:ch|sh|x|z|ss)es$/i.test(base)) out.push(base.slice(0, -2));
  }
  return out;
}
