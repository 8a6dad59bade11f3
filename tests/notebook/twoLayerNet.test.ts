import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatNumpy } from '../../src/engine';
import { DEFAULT_NET_SEED, twoLayerNetCell } from '../../src/notebook/twoLayerNet';
import fixture from '../fixtures/net-cell.json';

const seed = readFileSync(new URL('../../scripts/fixtures/seed_notebook.txt', import.meta.url), 'utf8');

describe('twoLayerNetCell', () => {
  it("is the seed's closing section: its heading, and its one line quoted verbatim", () => {
    expect(
      seed.trimEnd().endsWith(`# ${twoLayerNetCell.title.ja}\n\n${twoLayerNetCell.commentary[0].text.ja}`),
    ).toBe(true);
    expect(twoLayerNetCell.commentary[0].source).toBe('seed');
    expect(twoLayerNetCell.commentary.slice(1).every((n) => n.source === 'ours')).toBe(true);
  });

  it("writes out the book's TwoLayerNet, its numerical_gradient and gradient_check.py", () => {
    const files = Object.fromEntries((twoLayerNetCell.bookSource ?? []).map((f) => [f.path, f.code]));
    expect(files['ch05/two_layer_net.py']).toContain(
      "        self.layers['Affine1'] = Affine(self.params['W1'], self.params['b1'])\n        self.layers['Relu1'] = Relu()",
    );
    expect(files['common/gradient.py (numerical_gradient)']).toMatch(
      /^def numerical_gradient\(f, x\):\n {4}h = 1e-4/,
    );
    expect(files['ch05/gradient_check.py']).toContain(
      'diff = np.average( np.abs(grad_backprop[key] - grad_numerical[key]) )',
    );
  });

  it('starts from 2 samples × 4 features and one-hot t over 3 classes', () => {
    const { x, t } = twoLayerNetCell.random!.draw(DEFAULT_NET_SEED);
    expect(formatNumpy(x)).toBe(fixture.cases[0].numpy.x);
    expect(formatNumpy(t)).toBe(fixture.cases[0].numpy.t);
    expect(twoLayerNetCell.random!.keepOnReseed).toEqual(['x', 't']);
  });
});
