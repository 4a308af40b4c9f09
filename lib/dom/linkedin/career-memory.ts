import type { LinkedInProfile } from './profile';
import { isExperienceDetails } from './read-profile';

/** The id in a profile's address: "/in/dana-whitfield/details/experience/" gives "dana-whitfield". */
export function profileId(url: string): string | null {
  try {
    return /^\/in\/([^/]+)/.exec(new URL(url).pathname)?.[1]?.toLowerCase() ?? null;
  } catch {
    return null;
  }
}

/** Profiles remembered at most: the few a recruiter moves between in one tab. */
const LIMIT = 20;

/**
 * What each page of a profile showed, kept in the tab (in memory, never stored) while the recruiter moves
 * between a profile and its "all experiences" page inside LinkedIn: the profile page lists a few roles, the
 * other page lists them all but not the name or headline, and together they make the whole profile.
 */
export class CareerMemory {
  private readonly profiles = new Map<string, LinkedInProfile>();
  private readonly careers = new Map<string, LinkedInProfile['roles']>();

  /** The profile a page shows, completed with what the other page of the same profile showed. */
  complete(url: string, profile: LinkedInProfile): LinkedInProfile {
    const id = profileId(url);
    if (!id || profile.gaps.some((gap) => gap.kind === 'not-found' || gap.kind === 'masked')) return profile;
    if (isExperienceDetails(url)) {
      if (profile.roles.length === 0) return profile;
      this.remember(this.careers, id, profile.roles);
      const page = this.profiles.get(id);
      return page ? { ...page, roles: profile.roles, gaps: [], scope: profile.scope } : profile;
    }
    this.remember(this.profiles, id, profile);
    const partial = profile.gaps.find((gap) => gap.kind === 'partial-experience');
    const career = this.careers.get(id);
    if (!partial || !career || career.length < partial.total) return profile;
    return { ...profile, roles: career, gaps: profile.gaps.filter((gap) => gap !== partial) };
  }

  private remember<T>(map: Map<string, T>, id: string, value: T): void {
    map.delete(id);
    map.set(id, value);
    if (map.size > LIMIT) map.delete(map.keys().next().value as string);
  }
}
