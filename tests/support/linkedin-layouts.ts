import { join } from 'node:path';

/** Where the LinkedIn page fixtures are, each reduced from a saved page or written from its known markup. */
export const LINKEDIN_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'pages', 'linkedin');

/**
 * Each LinkedIn design at a real address of its own (the signed-out one on a country subdomain, as X-ray
 * results are), with its fixture: the end-to-end tests and `npm run bench:linkedin` open the same pages.
 */
export const LINKEDIN_LAYOUTS = [
  ['signed-out public profile', 'https://uk.linkedin.com/in/dana-whitfield', 'public-profile.html'],
  ['signed-in classic profile', 'https://www.linkedin.com/in/dana-whitfield/', 'classic-profile.html'],
  ['signed-in 2026 profile', 'https://www.linkedin.com/in/dana-whitfield-2026/', 'sdui-profile.html'],
  [
    'signed-in 2026 profile in real markup',
    'https://www.linkedin.com/in/dana-whitfield-2026-real/',
    'sdui-profile-real.html',
  ],
  ['mobile web profile', 'https://www.linkedin.com/in/dana-whitfield-m/', 'mobile-profile.html'],
  [
    'Recruiter Lite profile',
    'https://www.linkedin.com/recruiter/profile/474681259,Shbu,CAP',
    'recruiter-lite-profile.html',
  ],
  [
    'LinkedIn Recruiter profile',
    'https://www.linkedin.com/talent/profile/AEMAAFAKEPROFILE0000',
    'recruiter-talent-profile.html',
  ],
] as const;
