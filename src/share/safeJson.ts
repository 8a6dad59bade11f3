import { fail, pass, type Step } from './errors';
import { LIMITS } from './limits';
import { FORBIDDEN_KEYS } from './schema';

/** The deepest nesting of arrays and objects in `text`, counted outside strings, stopping past `cap`. */
function nestingDepth(text: string, cap: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > cap) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/**
 * Parses snapshot JSON as data and nothing more: no key that could reach a prototype, no number JSON
 * turned into ±Infinity (`1e999`), no nesting deep enough to strain the parser, nothing past `maxChars`.
 * Never throws.
 */
export function parseSafeJson(text: string, maxChars: number = LIMITS.maxJsonBytes): Step<unknown> {
  if (text.length > maxChars) {
    return fail('too-large', `snapshot JSON is ${text.length} characters, more than ${maxChars}`);
  }
  if (nestingDepth(text, LIMITS.maxJsonDepth) > LIMITS.maxJsonDepth) {
    return fail('invalid', `snapshot JSON is nested deeper than ${LIMITS.maxJsonDepth} levels`);
  }
  let forbidden: string | null = null;
  let nonFinite = false;
  let json: unknown;
  try {
    json = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) {
        forbidden ??= key;
        return undefined;
      }
      if (typeof value === 'number' && !Number.isFinite(value)) nonFinite = true;
      return value;
    });
  } catch (e) {
    return fail('bad-json', `not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (forbidden !== null) return fail('forbidden-key', `the key "${forbidden}" is not allowed in a snapshot`);
  if (nonFinite) {
    return fail(
      'non-finite',
      'a number overflows to infinity; write "inf", "-inf" or "nan" for those values',
    );
  }
  return pass(json);
}
