import { describe, expect, it } from 'vitest';
import { defaultInputs } from '../../src/notebook/cells';
import { fromJsonFile, toJsonFile } from '../../src/share/jsonFile';
import { cellSnapshot, notebookSnapshot } from '../../src/share/snapshot';
import { comparable } from './arbitraries';
import { reluPayload } from './fragments';

function codeOf(text: string): string {
  const r = fromJsonFile(text);
  return r.ok ? 'ok' : r.error.code;
}

describe('JSON snapshot files', () => {
  const inputs = defaultInputs();

  it('fromJsonFile(toJsonFile(snapshot)) gives the snapshot back', () => {
    for (const s of [notebookSnapshot(inputs), cellSnapshot(inputs, 'batch-affine')]) {
      const file = toJsonFile(s);
      if (!file.ok) throw new Error(file.error.message);
      const back = fromJsonFile(file.value);
      expect(back.ok && comparable(back.snapshot)).toEqual(comparable(s));
    }
  });

  it('writes a self-describing envelope a person can read', () => {
    const file = toJsonFile(cellSnapshot(inputs, 'relu'));
    expect(file.ok && JSON.parse(file.value)).toMatchObject({
      format: 'layer-explorer-snapshot',
      version: 1,
    });
  });

  it('reads files of older versions through the migrations', () => {
    const v0 = {
      cells: { relu: { matrices: { x: { shape: [1], dtype: 'float64', values: [2] } }, seed: 0 } },
    };
    expect(codeOf(JSON.stringify({ format: 'layer-explorer-snapshot', version: 0, snapshot: v0 }))).toBe(
      'ok',
    );
  });

  it('applies the same checks as a link', () => {
    const wrap = (snapshot: unknown, version = 1) =>
      JSON.stringify({ format: 'layer-explorer-snapshot', version, snapshot });
    expect(codeOf(wrap(reluPayload()))).toBe('ok');
    expect(codeOf(wrap(reluPayload(), 9))).toBe('unsupported-version');
    expect(codeOf(wrap(reluPayload()).replace('"seed":0', '"seed":0,"__proto__":{}'))).toBe('forbidden-key');
    expect(codeOf(wrap(reluPayload()).replace('-0.5', '-1e999'))).toBe('non-finite');
    expect(codeOf(wrap(reluPayload()).replace('[2,2]', '[100000,100000]'))).toBe('shape-too-large');
    expect(codeOf(JSON.stringify({ format: 'something-else', version: 1, snapshot: reluPayload() }))).toBe(
      'invalid',
    );
    expect(codeOf('<html><script>alert(1)</script></html>')).toBe('bad-json');
    expect(codeOf(' '.repeat(300_000))).toBe('too-large');
  });
});
