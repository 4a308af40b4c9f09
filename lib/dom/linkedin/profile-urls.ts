/**
 * Where LinkedIn shows a profile. The manifest's patterns and `isLinkedInProfile` name the same pages: the
 * content scripts come only to these (a page LinkedIn shows elsewhere, the feed included, gets nothing of
 * HMO Lens), and the background brings the main one when LinkedIn's app moves a tab onto a profile.
 */
export const LINKEDIN_PROFILE_MATCHES = [
  'https://*.linkedin.com/in/*',
  'https://*.linkedin.com/talent/profile/*',
  'https://*.linkedin.com/talent/hire/*/profile/*',
  'https://*.linkedin.com/recruiter/profile/*',
];

function linkedInPath(url: string): string | null {
  try {
    const { hostname, pathname } = new URL(url);
    return hostname === 'linkedin.com' || hostname.endsWith('.linkedin.com') ? pathname : null;
  } catch {
    return null;
  }
}

/** Any page of LinkedIn's, on www or a country subdomain. */
export function isLinkedIn(url: string): boolean {
  return linkedInPath(url) !== null;
}

/**
 * LinkedIn profile pages, on www or a country subdomain (uk., in., se. …), including the "all experiences"
 * page and Recruiter and Talent views: the automatic path.
 */
export function isLinkedInProfile(url: string): boolean {
  const path = linkedInPath(url);
  return (
    path !== null && /^\/(?:in|talent\/profile|talent\/hire\/.+\/profile|recruiter\/profile)\//.test(path)
  );
}

/** `/in/<id>/details/experience/`: every position of a profile, where the profile page shows a few. */
export function isExperienceDetails(url: string): boolean {
  const path = linkedInPath(url);
  return path !== null && /^\/in\/[^/]+\/details\/experience\/?$/.test(path);
}
