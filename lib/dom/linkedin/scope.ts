import type { LinkedInLayout } from './profile';

/**
 * The element that holds a candidate's profile in each design, and nothing of other people's: the nav bar
 * (with the viewer's own name) and the sidebars ("People also viewed", ads) lie outside it. Highlights are
 * drawn only inside it.
 */
export function profileScope(doc: Document, layout: LinkedInLayout): Element | null {
  const main = doc.querySelector('main');
  switch (layout) {
    case 'public':
      // The right rail of people also viewed shares <main> with the profile.
      return doc.querySelector('section.profile') ?? main;
    case 'sdui':
      return sduiScope(doc) ?? main;
    case 'mobile':
      return doc.querySelector('main#app-container') ?? main;
    case 'classic':
      return main;
    case 'recruiter':
      return recruiterScope(doc) ?? main;
  }
}

/** The 2026 design's sidebars: an `<aside>`, whose cards are keyed `profileAside…`. */
const SIDEBAR = 'aside, [componentkey^="profileAside"]';

/**
 * The 2026 design keeps the candidate's cards in one column, and on the live page the sidebars ("People
 * also viewed", "People you may know", pages to follow) in an `<aside>` inside the same `<main>`: the
 * profile is the largest element around the top card that holds no aside (all of `<main>` when the
 * sidebars sit outside it).
 */
function sduiScope(doc: Document): Element | null {
  const top = doc.querySelector('[componentkey$="Topcard"]');
  const main = top?.closest('main');
  if (!top || !main) return null;
  // The sidebars are found once; going up, each parent is only asked whether it holds one of them.
  const sidebars = Array.from(main.querySelectorAll(SIDEBAR));
  let scope: Element = top;
  for (let up = top.parentElement; scope !== main && up; up = up.parentElement) {
    if (sidebars.some((sidebar) => up?.contains(sidebar))) break;
    scope = up;
  }
  return scope;
}

/**
 * Recruiter Lite keeps the candidate in `#primary-content`, the tools and "Similar profiles" in
 * `#secondary-content`. LinkedIn Recruiter shows a profile on a page of its own (`#profile-container`) or in a
 * panel over search results whose rows name other people: there the profile is the smallest element holding
 * both its positions and a name.
 */
function recruiterScope(doc: Document): Element | null {
  const lite = doc.querySelector('#primary-content');
  if (lite && (lite.closest('#lira-profile') || lite.querySelector('#profile-experience'))) return lite;
  const page = doc.querySelector('#profile-container');
  if (page) return page;
  let el = doc.querySelector('[data-test-position-entity-title], [data-test-grouped-position-entity-title]');
  while (el && !el.querySelector('[data-test-row-lockup-full-name]')) el = el.parentElement;
  return el;
}
