import { deriveRelu } from '../../store/selectors/relu';
import type { CellInputs } from '../../store/types';
import { stepCode } from '../step';
import { doutCode, inputsCode, shown, type CellProgram } from './program';

/** The ReLU cell as Python: the seed's Relu forward, then backward on a copy of dout. */
export function reluProgram(inputs: CellInputs): CellProgram {
  const m = deriveRelu(inputs).matrices;
  const [out, mask, dout, dx] = ['out', 'mask', 'dout', 'dx'].map((name) => shown(m, name));
  const compute = [
    '# forward',
    'relu = Relu()',
    stepCode('out = relu.forward(x)\nmask = relu.mask', [out, mask]),
    '',
    '# backward',
    stepCode(doutCode('relu', inputs, 'dout', 'out'), [dout], [out]),
    "# The seed's backward writes zeros into the array it is given; a copy keeps dout (and x) as they are.",
    stepCode('dx = relu.backward(dout.copy())', [dx], [dout, mask]),
  ];
  return { inputs: inputsCode('relu', inputs), compute: compute.join('\n'), shown: [mask, out, dout, dx] };
}
