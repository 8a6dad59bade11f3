import { affine, reshape } from '../../engine';
import { deriveAffine } from '../../store/selectors/affine';
import { attempt } from '../../store/selectors/outputs';
import type { CellInputs } from '../../store/types';
import { stepCode } from '../step';
import { doutCode, inputsCode, shown, type CellProgram } from './program';

/**
 * The class's forward, run only so that it stores x for backward. When it fails (as Y does, for a B that
 * does not broadcast), it has already stored x, so the error is caught and backward still runs, as on
 * the page, whose gradients never wait for Y.
 */
function primeForward(inputs: CellInputs, batchX: string): string {
  const { x, W, b } = inputs.matrices;
  const forward = attempt(() => affine.forward(x.ndim === 1 ? reshape(x, [1, -1]) : x, W, b));
  const call = `affine.forward(${batchX})`;
  if (forward.error === null || forward.limit) return call;
  const kind = forward.error.slice(0, forward.error.indexOf(':'));
  return `try:\n    ${call}\nexcept ${kind}:\n    pass  # forward fails as Y does, but only after storing the x that backward needs`;
}

/**
 * The single Affine cell as Python: the seed's own `Y = np.dot(X, W) + B`, then gradients from the seed's
 * Affine class with a 1-D X taken as a batch of one sample (`X.reshape(1, -1)`), as the page takes it.
 */
export function affineProgram(inputs: CellInputs): CellProgram {
  const m = deriveAffine(inputs).matrices;
  const out = shown(m, 'out', 'Y');
  const dout = shown(m, 'dout', 'dY');
  const [dx, dW, db] = [shown(m, 'dx', 'dX'), shown(m, 'dW'), shown(m, 'db', 'dB')];
  const oneSample = inputs.matrices.x.ndim === 1;
  const batchX = oneSample ? 'X.reshape(1, -1)' : 'X';
  const batchDY = oneSample && m.dout.value?.ndim === 1;
  const backward = oneSample
    ? `dX = affine.backward(${batchDY ? 'dY.reshape(1, -1)' : 'dY'}).reshape(X.shape)`
    : 'dX = affine.backward(dY)';
  const compute = [
    "# forward: the seed's own line",
    stepCode('Y = np.dot(X, W) + B', [out]),
    '',
    "# backward: the seed runs none here; these are its Affine class's gradients, X being one sample",
    stepCode(doutCode('affine', inputs, 'dY', 'Y'), [dout], [out]),
    // Without dY there is no backward to prepare the class for.
    ...(m.dout.error === null ? ['affine = Affine(W, B)', primeForward(inputs, batchX)] : []),
    stepCode(`${backward}\ndW = affine.dW\ndB = affine.db`, [dx, dW, db], [dout]),
  ];
  return {
    inputs: inputsCode('affine', inputs),
    compute: compute.join('\n'),
    shown: [out, dout, dx, dW, db],
  };
}
