import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { array } from '../../src/engine';
import { toBase64url } from '../../src/share/base64url';
import { decodeFragment, encodeFragment, isSnapshotFragment } from '../../src/share/codec';
import { deflate } from '../../src/share/compression';
import type { DecodeErrorCode, DecodeResult } from '../../src/share/errors';
import type { Snapshot } from '../../src/share/snapshot';
import { comparable, snapshotArb } from './arbitraries';
import { fragmentOf, reluPayload } from './fragments';

const CODES: readonly DecodeErrorCode[] = [
  'malformed',
  'too-long',
  'unsupported-version',
  'bad-encoding',
  'corrupt',
  'too-large',
  'bad-json',
  'forbidden-key',
  'non-finite',
  'shape-too-large',
  'invalid',
  'cells-refused',
];

function encoded(s: Snapshot): string {
  const f = encodeFragment(s);
  if (!f.ok) throw new Error(f.error.message);
  return f.value;
}

/** A decode outcome is either a snapshot that encodes again, or an error with a known code and a message. */
function expectTyped(result: DecodeResult): void {
  if (result.ok) {
    expect(encodeFragment(result.snapshot).ok).toBe(true);
  } else {
    expect(CODES).toContain(result.error.code);
    expect(typeof result.error.message).toBe('string');
    expect(result.error.message.length).toBeGreaterThan(0);
  }
}

function decodeSafely(input: string): DecodeResult {
  let result: DecodeResult | undefined;
  expect(() => (result = decodeFragment(input))).not.toThrow();
  return result!;
}

function codeOf(input: string): DecodeErrorCode | 'ok' {
  const r = decodeFragment(input);
  return r.ok ? 'ok' : r.error.code;
}

describe('encodeFragment / decodeFragment', () => {
  it('decode(encode(snapshot)) equals the snapshot for random valid snapshots, -0, NaN and ±inf included', () => {
    fc.assert(
      fc.property(snapshotArb, (s) => {
        const back = decodeFragment(encoded(s));
        expect(back.ok).toBe(true);
        if (back.ok) expect(comparable(back.snapshot)).toEqual(comparable(s));
      }),
      { numRuns: 500 },
    );
  });

  it('encodes as v=1&s=<base64url> and reads the fragment with or without its #', () => {
    const s: Snapshot = {
      version: 1,
      cell: 'relu',
      inputs: {
        relu: {
          matrices: { x: array([[1, -0.5]], 'float64'), dout: array([[1, 1]], 'float64') },
          dout: 'ones',
          seed: 7,
        },
      },
    };
    const f = encoded(s);
    expect(f).toMatch(/^v=1&s=[A-Za-z0-9_-]+$/);
    expect(decodeFragment(`#${f}`).ok).toBe(true);
    expect(decodeFragment(f).ok).toBe(true);
  });

  it('decodes tensors that are frozen and keep their dtype', () => {
    const s: Snapshot = {
      version: 1,
      inputs: {
        relu: {
          matrices: { x: array([1, 2], 'int64'), dout: array([1, 2], 'int64') },
          dout: 'seed',
          seed: 0,
        },
      },
    };
    const back = decodeFragment(encoded(s));
    if (!back.ok) throw new Error(back.error.message);
    const x = back.snapshot.inputs.relu!.matrices.x;
    expect(x.dtype).toBe('int64');
    expect(Object.isFrozen(x)).toBe(true);
    expect(Object.isFrozen(back.snapshot.inputs.relu)).toBe(true);
  });

  it('ignores parameters other than v and s, and calls a repeated one malformed', () => {
    const f = fragmentOf(JSON.stringify(reluPayload()));
    expect(codeOf(`${f}&lang=ja`)).toBe('ok');
    expect(codeOf(`${f}&v=1`)).toBe('malformed');
  });

  it('names each broken link by what is wrong with it', () => {
    const good = JSON.stringify(reluPayload());
    const withShape = (shape: unknown, data: unknown = []) => {
      const p = reluPayload();
      (p.inputs.relu as { matrices: unknown }).matrices = { x: { shape, dtype: 'float64', data } };
      return fragmentOf(JSON.stringify(p));
    };
    expect(codeOf('v=1')).toBe('malformed');
    expect(codeOf('s=abc')).toBe('malformed');
    expect(codeOf('v=one&s=abc')).toBe('malformed');
    expect(codeOf(fragmentOf(good, 2))).toBe('unsupported-version');
    expect(codeOf(`v=1&s=${'A'.repeat(70_000)}`)).toBe('too-long');
    expect(codeOf('v=1&s=<script>alert(1)</script>')).toBe('bad-encoding');
    expect(codeOf(fragmentOf(good).slice(0, -6))).toBe('corrupt');
    expect(codeOf(fragmentOf('not json'))).toBe('bad-json');
    expect(codeOf(`v=1&s=${toBase64url(deflate(new Uint8Array([0xff, 0xfe, 0x80])))}`)).toBe('bad-json');
    expect(codeOf(fragmentOf(good.replace('"seed":0', '"seed":0,"__proto__":{"x":1}')))).toBe(
      'forbidden-key',
    );
    expect(codeOf(fragmentOf(good.replace('"cell":"relu"', '"constructor":"relu"')))).toBe('forbidden-key');
    expect(codeOf(fragmentOf(good.replace('-0.5', '1e999')))).toBe('non-finite');
    expect(codeOf(withShape([1_000_000_000]))).toBe('shape-too-large');
    expect(codeOf(withShape([40_000, 40_000]))).toBe('shape-too-large');
    expect(codeOf(withShape([4096, 4096]))).toBe('shape-too-large');
    expect(codeOf(withShape([1, 1, 1, 1, 1], [0]))).toBe('shape-too-large');
    expect(codeOf(fragmentOf(good.replace('"x":', '"<img src=x onerror=alert(1)>":')))).toBe('invalid');
  });

  it('stops inflating a decompression bomb at the cap', () => {
    const bomb = `v=1&s=${toBase64url(deflate(new Uint8Array(20_000_000).fill(32)))}`;
    expect(bomb.length).toBeLessThan(65_536);
    expect(codeOf(bomb)).toBe('too-large');
  });

  it('tells snapshot fragments from ordinary anchors', () => {
    expect(isSnapshotFragment('#v=1&s=abc')).toBe(true);
    expect(isSnapshotFragment('#s=abc')).toBe(true);
    expect(isSnapshotFragment('#relu')).toBe(false);
    expect(isSnapshotFragment('')).toBe(false);
  });

  it('refuses to encode what it could not decode (a matrix past the caps)', () => {
    const big: Snapshot = {
      version: 1,
      inputs: {
        relu: { matrices: { x: array(new Array(70_000).fill(0), 'float64') }, dout: 'seed', seed: 0 },
      },
    };
    const f = encodeFragment(big);
    expect(f.ok).toBe(false);
    if (!f.ok) expect(f.error.code).toBe('shape-too-large');
  });

  it('refuses to encode a matrix named like a prototype key', () => {
    const named: Snapshot = {
      version: 1,
      inputs: { relu: { matrices: { constructor: array([1]) }, dout: 'seed', seed: 0 } },
    };
    const f = encodeFragment(named);
    expect(!f.ok && f.error.code).toBe('forbidden-key');
  });
});

describe('decodeFragment on hostile input (≥ 10,000 cases)', () => {
  const validFragment = fc.tuple(snapshotArb).map(([s]) => encoded(s));

  it('never throws on random strings, with or without a v=1&s= prefix (4,000 cases)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })),
        fc.constantFrom('', '#', 'v=1&s=', '#v=1&s=', 'v=0&s='),
        (s, prefix) => expectTyped(decodeSafely(prefix + s)),
      ),
      { numRuns: 4_000 },
    );
  });

  it('never throws on truncated or bit-flipped real links (3,000 cases)', () => {
    fc.assert(
      fc.property(validFragment, fc.nat(), fc.nat(), fc.integer({ min: 0, max: 5 }), (f, at, bit, how) => {
        const i = at % f.length;
        const mutated =
          how === 0
            ? f.slice(0, i)
            : how === 1
              ? f.slice(0, i) + String.fromCharCode(f.charCodeAt(i) ^ (1 << (bit % 7))) + f.slice(i + 1)
              : how === 2
                ? f.slice(0, i) + f.slice(i + 1)
                : how === 3
                  ? f + f.slice(i)
                  : how === 4
                    ? f.slice(0, i) + 'A' + f.slice(i)
                    : f.replace(/s=(.)/, (_, c: string) => `s=${c === 'A' ? 'B' : 'A'}`);
        expectTyped(decodeSafely(mutated));
      }),
      { numRuns: 3_000 },
    );
  });

  it('never throws on well-compressed JSON with hostile content, and always rejects it (3,000 cases)', () => {
    const hostile = fc.oneof(
      fc.constant('"__proto__"'),
      fc.constant('"constructor"'),
      fc.constant('"prototype"'),
      fc.constant('"<script>alert(1)</script>"'),
      fc.constant('1e999'),
      fc.constant('-1e999'),
      fc.constant('"NaN"'),
      fc.constant('"Infinity"'),
      fc.constant('null'),
      fc.constant('{}'),
      fc.constant('[[[[[[[[[[[[[[]]]]]]]]]]]]]]'),
      fc.constant('[1000000000,1000000000]'),
      fc.constant('1.5'),
      fc.constant('-1'),
      fc.json({ maxDepth: 3 }),
    );
    const slots = [
      (h: string) => `{"cell":${h},"inputs":{}}`,
      (h: string) => `{"inputs":{"relu":${h}}}`,
      (h: string) => `{"inputs":{${h}:{"matrices":{},"dout":"seed","seed":0}}}`,
      (h: string) =>
        `{"inputs":{"relu":{"matrices":{${h}:{"shape":[1],"dtype":"float64","data":[1]}},"dout":"seed","seed":0}}}`,
      (h: string) =>
        `{"inputs":{"relu":{"matrices":{"x":{"shape":${h},"dtype":"float64","data":[1]}},"dout":"seed","seed":0}}}`,
      (h: string) =>
        `{"inputs":{"relu":{"matrices":{"x":{"shape":[2],"dtype":"int64","data":[1,${h}]}},"dout":"seed","seed":0}}}`,
      (h: string) => `{"inputs":{"relu":{"matrices":{},"dout":${h},"seed":0}}}`,
      (h: string) => `{"inputs":{"relu":{"matrices":{},"dout":"seed","seed":${h}}}}`,
      (h: string) => `{"inputs":{},"extra":${h}}`,
    ];
    fc.assert(
      fc.property(hostile, fc.integer({ min: 0, max: slots.length - 1 }), (h, slot) => {
        const text = slots[slot](h);
        const result = decodeSafely(fragmentOf(text));
        expectTyped(result);
        // The only hostile values a slot can legitimately take are plain JSON that happens to be valid there.
        if (result.ok) expect(JSON.parse(text)).toBeTruthy();
      }),
      { numRuns: 3_000 },
    );
  });

  it('never throws on random JSON values, compressed as links are (1,000 cases)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 0, max: 2 }), (value, version) => {
        const result = decodeSafely(fragmentOf(JSON.stringify(value), version));
        expectTyped(result);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 1_000 },
    );
  });
});
