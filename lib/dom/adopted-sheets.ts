/**
 * Adds and removes a constructed style sheet on a document or shadow root, in place. In a Firefox content
 * script `adoptedStyleSheets` cannot be read or assigned through the Xray wrapper ("Accessing from Xray
 * wrapper is not supported"), so the list is reached through `wrappedJSObject` there and changed with its
 * own methods, which compare sheets on the page's side. Chromium needs no such step.
 */
interface SheetList {
  includes(sheet: CSSStyleSheet): boolean;
  indexOf(sheet: CSSStyleSheet): number;
  push(sheet: CSSStyleSheet): number;
  splice(start: number, count: number): unknown;
}
type SheetHost = object;

function sheetsOf(host: SheetHost): SheetList {
  const target = (host as { wrappedJSObject?: SheetHost }).wrappedJSObject ?? host;
  return (target as { adoptedStyleSheets: SheetList }).adoptedStyleSheets;
}

export function adoptSheet(host: SheetHost, sheet: CSSStyleSheet): void {
  const sheets = sheetsOf(host);
  if (!sheets.includes(sheet)) sheets.push(sheet);
}

export function dropSheet(host: SheetHost, sheet: CSSStyleSheet): void {
  const sheets = sheetsOf(host);
  const at = sheets.indexOf(sheet);
  if (at >= 0) sheets.splice(at, 1);
}
