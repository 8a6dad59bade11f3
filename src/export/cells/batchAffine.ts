import { deriveBatchAffine } from '../../store/selectors/batchAffine';
import type { CellInputs } from '../../store/types';
import { stepCode } from '../step';
import { doutCode, inputsCode, shown, type CellProgram } from './program';

/** The batch Affine cell as Python: the seed's Affine class, forward then backward. */
export function batchAffineProgram(inputs: CellInputs): CellProgram {
  const m = deriveBatchAffine(inputs).matrices;
  const [out, dout, dx, dW, db] = ['out', 'dout', 'dx', 'dW', 'db'].map((name) => shown(m, name));
  const compute = [
    '# forward',
    'affine = Affine(W, B)',
    stepCode('out = affine.forward(x)', [out]),
    '',
    '# backward',
    stepCode(doutCode('batch-affine', inputs, 'dout', 'out'), [dout], [out]),
    stepCode('dx = affine.backward(dout)\ndW = affine.dW\ndb = affine.db', [dx, dW, db], [dout]),
  ];
  return {
    inputs: inputsCode('batch-affine', inputs),
    compute: compute.join('\n'),
    shown: [out, dout, dx, dW, db],
  };
}
