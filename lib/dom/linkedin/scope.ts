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
      return doc.querySelector('[componentkey$="Topcard"]')?.closest('main') ?? main;
    case 'mobile':
      return doc.querySelector('main#app-container') ?? main;
    case 'classic':
      return main;
  }
}
