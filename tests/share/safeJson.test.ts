import { describe, expect, it } from 'vitest';
import { parseSafeJson } from '../../src/share/safeJson';

function codeOf(text: string): string {
  const r = parseSafeJson(text);
  return r.ok ? 'ok' : r.error.code;
}

describe('parseSafeJson', () => {
  it('parses ordinary JSON', () => {
    expect(parseSafeJson('{"a":[1,-0.5,"nan"]}')).toEqual({ ok: true, value: { a: [1, -0.5, 'nan'] } });
  });
  it('rejects __proto__, constructor and prototype keys at any depth, and pollutes nothing', () => {
    expect(codeOf('{"__proto__":{"polluted":1}}')).toBe('forbidden-key');
    expect(codeOf('{"a":{"b":{"constructor":{"prototype":{}}}}}')).toBe('forbidden-key');
    expect(codeOf('{"prototype":1}')).toBe('forbidden-key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('keeps those words as values: only keys are dangerous', () => {
    expect(codeOf('["__proto__","constructor"]')).toBe('ok');
  });
  it('rejects numbers that overflow to ±Infinity', () => {
    expect(codeOf('[1e999]')).toBe('non-finite');
    expect(codeOf('{"a":-1e400}')).toBe('non-finite');
  });
  it('rejects nesting deeper than 8 before parsing, but not brackets inside strings', () => {
    expect(codeOf('['.repeat(100_000) + ']'.repeat(100_000))).toBe('invalid');
    expect(codeOf('[[[[[[[[1]]]]]]]]')).toBe('ok');
    expect(codeOf('[[[[[[[[[1]]]]]]]]]')).toBe('invalid');
    expect(codeOf(`["${'['.repeat(50)}\\"${'{'.repeat(50)}"]`)).toBe('ok');
  });
  it('reports malformed and over-long text with typed errors', () => {
    expect(codeOf('{"a":')).toBe('bad-json');
    expect(codeOf('<script>alert(1)</script>')).toBe('bad-json');
    expect(codeOf(`"${'x'.repeat(300_000)}"`)).toBe('too-large');
  });
});
