/**
 * Why a resume file could not be read, as one line a recruiter understands. The reader page and the CLI
 * show the same sentence, so each kind of bad file is described once, here.
 */
export type ExtractErrorCode =
  | 'empty'
  | 'unsupported'
  | 'scanned'
  | 'password'
  | 'wrong-password'
  | 'corrupt'
  | 'too-large'
  | 'zip-bomb'
  | 'no-text';

export class ExtractError extends Error {
  override readonly name = 'ExtractError';
  constructor(
    readonly code: ExtractErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const MESSAGES = {
  empty: 'The file is empty.',
  scanned: 'This PDF is a scanned image; there is no text to read (HMO Lens does not do OCR).',
  password: 'This PDF is protected by a password and cannot be read without it.',
  wrongPassword: 'That password is not right for this PDF.',
  corruptPdf: 'This PDF is damaged or incomplete and cannot be read.',
  corruptDocx: 'This Word file is damaged or incomplete and cannot be read.',
  zipBomb: 'This Word file unpacks to far more data than any resume; it was not opened.',
  noText: 'The file has no readable text.',
  tooLarge: 'This file is far larger than any resume; it was not opened.',
} as const;

/** The largest file the reader opens or fetches; a resume is a few hundred kilobytes. */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;
