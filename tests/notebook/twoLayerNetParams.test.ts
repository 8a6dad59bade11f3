import { describe, expect, it } from 'vitest';
import { netParams } from '../../src/notebook/twoLayerNetParams';
import fixture from '../fixtures/net-cell.json';

describe('netParams(seed)', () => {
  it("is TwoLayerNet(4, 3, 3) after np.random.seed(seed), bit for bit NumPy's", () => {
    for (const c of fixture.cases) {
      const params = netParams(c.seed);
      for (const k of ['W1', 'b1', 'W2', 'b2'] as const)
        expect(Array.from(params[k].data)).toEqual(c.params[k].data);
    }
  });
});
