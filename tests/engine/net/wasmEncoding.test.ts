import { describe, expect, it } from 'vitest';
import { name, section, sleb, uleb } from '../../../src/engine/net/wasmEncoding';

describe('wasmEncoding', () => {
  it('uleb(n) is unsigned LEB128: 7 bits a byte, high bit set while more follow', () => {
    expect(uleb(0)).toEqual([0]);
    expect(uleb(127)).toEqual([0x7f]);
    expect(uleb(128)).toEqual([0x80, 0x01]);
    expect(uleb(624485)).toEqual([0xe5, 0x8e, 0x26]);
  });

  it('sleb(n) is signed LEB128, sign-extended from bit 6 of the last byte', () => {
    expect(sleb(0)).toEqual([0]);
    expect(sleb(63)).toEqual([0x3f]);
    expect(sleb(64)).toEqual([0xc0, 0x00]);
    expect(sleb(-1)).toEqual([0x7f]);
    expect(sleb(-123456)).toEqual([0xc0, 0xbb, 0x78]);
  });

  it('name(s) and section(id, body) are length-prefixed', () => {
    expect(name('env')).toEqual([3, 0x65, 0x6e, 0x76]);
    expect(section(7, [1, 2, 3])).toEqual([7, 3, 1, 2, 3]);
  });

  it('a module built from these pieces validates', () => {
    const empty = Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...section(1, [1, 0x60, 0, 0])]);
    expect(WebAssembly.validate(empty)).toBe(true);
  });
});
