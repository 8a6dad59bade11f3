import { describe, expect, it } from 'vitest';
import { deflate, inflateCapped } from '../../src/share/compression';

const text = new TextEncoder().encode('{"inputs":{"relu":{"matrices":{}}}}'.repeat(20));

describe('inflateCapped', () => {
  it('inflates what deflate made', () => {
    const r = inflateCapped(deflate(text), 10_000);
    expect(r.ok && new TextDecoder().decode(r.value)).toBe(new TextDecoder().decode(text));
  });
  it('stops with too-large as soon as the output passes the cap', () => {
    const r = inflateCapped(deflate(text), text.length - 1);
    expect(!r.ok && r.error.code).toBe('too-large');
    expect(inflateCapped(deflate(text), text.length).ok).toBe(true);
  });
  it('calls truncated, empty or garbage input corrupt instead of throwing', () => {
    const packed = deflate(text);
    for (const bad of [
      packed.subarray(0, packed.length - 3),
      new Uint8Array(0),
      new Uint8Array([0xff, 0xff, 0xff]),
    ]) {
      const r = inflateCapped(bad, 10_000);
      expect(!r.ok && r.error.code).toBe('corrupt');
    }
  });
  it('inflates across many input chunks (a 100 KB payload)', () => {
    const big = new Uint8Array(100_000).map((_, i) => (i * 7919) % 251);
    const r = inflateCapped(deflate(big), 200_000);
    expect(r.ok && r.value.length).toBe(100_000);
    expect(r.ok && r.value[99_999]).toBe((99_999 * 7919) % 251);
  });
});
