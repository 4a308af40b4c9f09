import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import {
  isLinkedIn,
  isLinkedInProfile,
  LINKEDIN_PROFILE_MATCHES,
} from '../../../../lib/dom/linkedin/profile-urls';

const patterns = LINKEDIN_PROFILE_MATCHES.map((p) => new MatchPattern(p));
const inManifest = (url: string) => patterns.some((p) => p.includes(url));

describe('the pages the content scripts come to', () => {
  it.each([
    'https://www.linkedin.com/in/jane-doe/',
    'https://uk.linkedin.com/in/jane-doe',
    'https://linkedin.com/in/jane-doe/',
    'https://www.linkedin.com/in/jane-doe/details/experience/',
    'https://www.linkedin.com/talent/profile/AEMAA123',
    'https://www.linkedin.com/talent/hire/123/discover/profile/AEMAA',
    'https://www.linkedin.com/recruiter/profile/123',
  ])('a profile, %s, gets them from the manifest', (url) => {
    expect(isLinkedInProfile(url)).toBe(true);
    expect(inManifest(url)).toBe(true);
  });

  it.each([
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/jobs/view/1',
    'https://www.linkedin.com/messaging/',
    'https://www.linkedin.com/talent/hire/123/discover/recruiterSearch',
    'https://www.linkedin.com/search/results/people/?keywords=in%2F',
  ])('another LinkedIn page, %s, gets none', (url) => {
    expect(isLinkedIn(url)).toBe(true);
    expect(isLinkedInProfile(url)).toBe(false);
    expect(inManifest(url)).toBe(false);
  });

  it('knows LinkedIn from look-alikes', () => {
    expect(isLinkedIn('https://linkedin.com.evil.example/in/x/')).toBe(false);
    expect(isLinkedIn('not a url')).toBe(false);
  });
});
