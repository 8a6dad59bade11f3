import { LIMITS } from './limits';
import type { DecodeErrorCode } from './errors';

/**
 * What the page tells a person about each error code, in one table (issue 6 translates it).
 * Each sentence is about "it": the link, file or saved notebook named by the banner's heading.
 */
export const ERROR_MESSAGES: Readonly<Record<DecodeErrorCode, string>> = {
  malformed: 'It is not a Layer Explorer link: the “#v=…&s=…” part is missing or garbled.',
  'too-long': `It is too long to be a notebook snapshot (more than ${LIMITS.maxFragmentChars.toLocaleString('en')} characters).`,
  'unsupported-version':
    'It was made by a newer or unknown version of Layer Explorer, which this page cannot read.',
  'bad-encoding':
    'It contains characters a snapshot never has; it was probably altered, or mangled when it was pasted.',
  corrupt: 'It is cut short or damaged: part of it was probably lost when it was copied.',
  'too-large': `It unpacks to more data than a snapshot may hold (${LIMITS.maxJsonBytes / 1024} KB), so it was not opened.`,
  'bad-json': 'Its contents are not a notebook snapshot.',
  'forbidden-key':
    'It contains a key snapshots never use (such as __proto__ or constructor), so it was not opened.',
  'non-finite':
    'It contains a number too large to represent; NaN and infinities are written as "nan" and "inf".',
  'shape-too-large': `It asks for a matrix larger than the notebook allows (at most ${LIMITS.maxElements.toLocaleString('en')} elements, ${LIMITS.maxDims} dimensions, ${LIMITS.maxDimLength.toLocaleString('en')} per dimension).`,
  invalid: 'Its snapshot does not match what a Layer Explorer notebook holds.',
  'storage-refused': 'The browser refused to store it (storage may be full or turned off).',
};

/** The banner's heading for a failure, by where the snapshot came from. */
export const FAILURE_HEADINGS = {
  link: 'This link could not be opened.',
  file: 'This file could not be opened.',
  autosave: 'Your saved notebook could not be restored.',
  save: 'Your changes are not being saved in this browser.',
} as const;
