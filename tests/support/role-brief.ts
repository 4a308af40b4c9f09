import type { LineLayout } from '../../lib/analysis/resume-layout';
import { extractRoles } from '../../lib/analysis/roles';

/** Each role the reader finds as [title, employer, start year, end year or 'present'], for short assertions. */
export const briefRoles = (text: string, layout?: readonly LineLayout[]) =>
  extractRoles(text, layout).map((r) => [r.title, r.employer, r.start.year, r.end?.year ?? 'present']);
