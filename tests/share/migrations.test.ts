import { describe, expect, it } from 'vitest';
import { decodeJson } from '../../src/share/codec';
import { migrate, MIGRATIONS } from '../../src/share/migrations';
import { SNAPSHOT_VERSION } from '../../src/share/snapshot';
import { comparable } from './arbitraries';
import { reluPayload } from './fragments';

const v0 = {
  cell: 'relu',
  cells: {
    relu: { matrices: { x: { shape: [2, 2], dtype: 'float64', values: [1, -0.5, -2, 3] } }, seed: 0 },
  },
};

describe('migrate', () => {
  it('has a step from every older version up to the current one', () => {
    for (let from = 0; from < SNAPSHOT_VERSION; from++) expect(MIGRATIONS[from]).toBeTypeOf('function');
  });
  it('turns a v0 snapshot into the v1 payload (cells → inputs, values → data, dout "seed")', () => {
    expect(migrate(0, v0)).toEqual({ ok: true, value: reluPayload() });
  });
  it('decodes a v0 snapshot to the same inputs as its v1 equivalent', () => {
    const old = decodeJson(JSON.stringify(v0), 0);
    const current = decodeJson(JSON.stringify(reluPayload()), 1);
    expect(old.ok && current.ok).toBe(true);
    if (old.ok && current.ok) expect(comparable(old.snapshot)).toEqual(comparable(current.snapshot));
  });
  it('leaves a current snapshot as it is', () => {
    const p = reluPayload();
    expect(migrate(SNAPSHOT_VERSION, p)).toEqual({ ok: true, value: p });
  });
  it('refuses versions it does not know, newer ones included', () => {
    for (const version of [SNAPSHOT_VERSION + 1, -1, 0.5]) {
      const r = migrate(version, {});
      expect(!r.ok && r.error.code).toBe('unsupported-version');
    }
  });
  it('reports a v0 snapshot that is not one as invalid', () => {
    const r = migrate(0, { cells: { relu: { seed: 'x' } } });
    expect(!r.ok && r.error.code).toBe('invalid');
  });
});
