import { describe, expect, it } from 'vitest';
import { ExtractError, MESSAGES } from '../../../lib/extract/extract-error';
import { readFailure } from '../../../lib/extract/read-failure';

describe('why the reader could not open a file', () => {
  it('shows an ExtractError as it is', () => {
    expect(readFailure(new ExtractError('corrupt', MESSAGES.corruptPdf))).toEqual({
      message: MESSAGES.corruptPdf,
      locked: false,
    });
  });

  it('asks for a password for a protected PDF, and again after a wrong one', () => {
    expect(readFailure(new ExtractError('password', MESSAGES.password))).toEqual({
      message: MESSAGES.password,
      locked: true,
    });
    expect(readFailure(new ExtractError('wrong-password', MESSAGES.wrongPassword))).toEqual({
      message: MESSAGES.wrongPassword,
      locked: true,
    });
  });

  it('quotes an unexpected error, whatever was thrown', () => {
    expect(readFailure(new TypeError('boom'))).toEqual({
      message: 'This file could not be read (boom).',
      locked: false,
    });
    expect(readFailure('odd')).toEqual({ message: 'This file could not be read (odd).', locked: false });
  });
});
