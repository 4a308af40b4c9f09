/** The LinkedIn page designs HMO Lens reads, each by its own reader. */
export type LinkedInLayout = 'public' | 'classic' | 'sdui' | 'mobile' | 'recruiter';

/** One position as the profile shows it, title and employer already told apart. */
export interface ProfileRole {
  title: string;
  employer: string | null;
  /** The date range as written ("Mar 2021 - Present"), without the duration LinkedIn adds. */
  dates: string;
  description: string[];
}

/** What a profile page leaves out, said plainly in the popup. */
export type ProfileGap =
  | { kind: 'not-found' }
  | { kind: 'masked' }
  | { kind: 'experience-missing' }
  | { kind: 'partial-experience'; shown: number; total: number };

/** A candidate's profile as read from the page: only the candidate, never the viewer or the sidebars. */
export interface LinkedInProfile {
  layout: LinkedInLayout;
  name: string | null;
  headline: string | null;
  about: string[];
  roles: ProfileRole[];
  education: string[];
  licenses: string[];
  skills: string[];
  gaps: ProfileGap[];
  /** The element holding the candidate's profile and nothing of other people's: where terms are highlighted. */
  scope: Element | null;
}

export function emptyProfile(layout: LinkedInLayout, scope: Element | null): LinkedInProfile {
  return {
    layout,
    name: null,
    headline: null,
    about: [],
    roles: [],
    education: [],
    licenses: [],
    skills: [],
    gaps: [],
    scope,
  };
}

/**
 * The profile written out as a plain resume, in the shape the analysis reads best: headings it knows, and
 * each role as title, employer and dates on lines of their own with its description as bullets (so a short
 * description line is never taken for the next role's title).
 */
export function profileText(profile: LinkedInProfile): string {
  const lines: string[] = [];
  if (profile.name) lines.push(profile.name);
  if (profile.headline) lines.push(profile.headline);
  if (profile.about.length > 0) lines.push('', 'About', ...profile.about);
  if (profile.roles.length > 0) {
    lines.push('', 'Experience');
    for (const role of profile.roles) {
      lines.push('', role.title);
      if (role.employer) lines.push(role.employer);
      lines.push(role.dates, ...role.description.map((line) => `• ${line}`));
    }
  }
  if (profile.education.length > 0) lines.push('', 'Education', ...profile.education);
  if (profile.licenses.length > 0) lines.push('', 'Licenses & Certifications', ...profile.licenses);
  if (profile.skills.length > 0) lines.push('', 'Skills', profile.skills.join(', '));
  return lines.join('\n').trim();
}

/** What the popup says about a gap: what is missing, and what the recruiter can do about it. */
export function gapNote(gap: ProfileGap): string {
  switch (gap.kind) {
    case 'not-found':
      return 'LinkedIn shows no profile here (it is private or does not exist): there is nothing to analyse.';
    case 'masked':
      return 'LinkedIn hides this profile’s titles and dates from signed-out visitors (shown as *****), so no roles or years could be read. Sign in to LinkedIn to see them.';
    case 'experience-missing':
      return 'No Experience section has loaded on this page, so no roles or years could be read. Scroll to the Experience section (or open it), then press Rescan.';
    case 'partial-experience':
      return `This page shows ${gap.shown} of ${gap.total} experiences, and the analysis covers only those. Open “Show all ${gap.total} experiences” to read the whole career.`;
  }
}
