import { ExtractError } from './extract-error';

/** Why the reader could not open a file, and whether a password would open it. */
export interface ReadFailure {
  message: string;
  /** The file is a PDF protected by a password: the reader asks for one (again, after a wrong one). */
  locked: boolean;
}

/**
 * An error from reading or opening a file, as the reader's file list shows it: an ExtractError already says
 * what is wrong in a recruiter's words; anything else is unexpected and is quoted.
 */
export function readFailure(error: unknown): ReadFailure {
  if (!(error instanceof ExtractError))
    return { message: `This file could not be read (${(error as Error)?.message ?? error}).`, locked: false };
  return { message: error.message, locked: error.code === 'password' || error.code === 'wrong-password' };
}
