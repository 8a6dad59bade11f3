import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSourceResolver, decodeVlq } from '../../../scripts/bench/sourceMap';

describe('decodeVlq', () => {
  it('reads base64 VLQ segments, sign in the lowest bit, continuation in the sixth', () => {
    expect(decodeVlq('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeVlq('CACD')).toEqual([1, 0, 1, -1]);
    expect(decodeVlq('gB')).toEqual([16]);
  });

  it('says which character is not base64', () => {
    expect(() => decodeVlq('A!')).toThrow("decodeVlq: '!' is not a base64 digit in 'A!'");
  });
});

describe('createSourceResolver', () => {
  // Two generated lines: line 0 maps column 0 to a.ts line 1 and column 4 to b.ts line 3; line 1 to a.ts line 2.
  const dir = mkdtempSync(join(tmpdir(), 'sourcemap-'));
  writeFileSync(join(dir, 'app.js'), 'abc;def;\nghi;\n');
  const map = { version: 3, sources: ['../src/a.ts', '../src/b.ts'], mappings: 'AAAA,ICEA;ADDA' };
  writeFileSync(join(dir, 'app.js.map'), JSON.stringify(map));
  const resolve = createSourceResolver(dir, 'http://host/');

  it('maps a line and column of a served chunk to its source file and line', () => {
    expect(resolve.at('http://host/app.js', 0, 0)).toEqual({ source: 'src/a.ts', line: 1 });
    expect(resolve.at('http://host/app.js', 0, 6)).toEqual({ source: 'src/b.ts', line: 3 });
    expect(resolve.at('http://host/app.js', 1, 2)).toEqual({ source: 'src/a.ts', line: 2 });
  });

  it('maps a character offset the same way', () => {
    expect(resolve.atChar('http://host/app.js', 5)).toEqual({ source: 'src/b.ts', line: 3 });
    expect(resolve.atChar('http://host/app.js', 10)).toEqual({ source: 'src/a.ts', line: 2 });
  });

  it('gives null for chunks it has no map for and for other hosts', () => {
    expect(resolve.at('http://host/missing.js', 0, 0)).toBeNull();
    expect(resolve.atChar('http://elsewhere/app.js', 0)).toBeNull();
  });
});
