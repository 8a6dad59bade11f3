import { describe, expect, it } from 'vitest';
import { packageDigits, packMnist, toByte } from '../../../scripts/data/pack-mnist';
import { createRandomState } from '../../../src/engine';
import { assetBytes, realDigits } from '../../training/asset';

describe('pack-mnist', () => {
  const { values, labels } = packageDigits();
  const data = realDigits();

  it('toByte inverts the package encoding round(v / 255, 3) for every byte', () => {
    for (let v = 0; v <= 255; v++) expect(toByte(Math.round((v / 255) * 1000) / 1000, 'test')).toBe(v);
  });

  it('toByte refuses a value that is not round(v / 255, 3) of any byte, saying where it is', () => {
    expect(() => toByte(0.0015, 'digit 3, pixel 9')).toThrow(
      'digit 3, pixel 9: 0.0015 is not round(v / 255, 3) for any 8-bit v',
    );
  });

  it("the committed asset holds the package's digits, shuffled by NumPy's permutation of the recorded seed", () => {
    const order = createRandomState(data.header.shuffleSeed).permutation(values.length).data;
    // A seeded sample of 300 packed digits, checked pixel by pixel against the package's own values.
    const sample = createRandomState(123).choice(values.length, 300, false).data;
    for (const i of sample) {
      const source = order[i];
      expect(data.labels[i], `label of packed digit ${i}`).toBe(labels[source]);
      const packed = Array.from(
        data.pixels.subarray(i * 784, (i + 1) * 784),
        (b) => Math.round((b / 255) * 1000) / 1000,
      );
      expect(packed, `pixels of packed digit ${i} (package digit ${source})`).toEqual(values[source]);
    }
  });

  it(
    'packing again reproduces the committed file byte for byte (the asset is not stale)',
    { timeout: 60_000 },
    () => {
      expect(Buffer.from(packMnist().bytes).equals(Buffer.from(assetBytes()))).toBe(true);
    },
  );

  it('keeps the asset small', () => {
    expect(assetBytes().length).toBeLessThan(2.5e6);
  });
});
