import type { ParseError } from '../../../src/engine';
import { parseReason } from '../../../src/components/MatrixEditor/parseWords';

/** A parse refusal as the English page words it: the engine gives `{ code, params }`, the editor the words. */
export function english(e: unknown): string {
  return parseReason((e as ParseError).issue, 'en');
}
