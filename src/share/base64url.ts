import { fail, pass, type Step } from './errors';

/** RFC 4648 §5 alphabet: safe in a URL fragment without escaping. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

/** Bytes as unpadded base64url text. */
export function toBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Unpadded base64url text back to bytes; any other character, or an impossible length, is an error. */
export function fromBase64url(text: string): Step<Uint8Array> {
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const sextet = c < 128 ? LOOKUP[c] : -1;
    if (sextet < 0) return fail('bad-encoding', `character ${i + 1} of the data is not base64url`);
    acc = ((acc << 6) | sextet) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[j++] = (acc >> bits) & 0xff;
    }
  }
  // Characters come first: a stray '<' says more about a link than its length does.
  if (text.length % 4 === 1)
    return fail('corrupt', `the data has an impossible length (${text.length}): it was cut short`);
  return pass(bytes);
}
