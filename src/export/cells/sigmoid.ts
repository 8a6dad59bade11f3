import { deriveSigmoid } from '../../store/selectors/sigmoid';
import type { CellInputs } from '../../store/types';
import { stepCode } from '../step';
import { doutCode, inputsCode, shown, type CellProgram } from './program';

/** The Sigmoid cell as Python: the seed's Sigmoid forward, then backward from the stored out. */
export function sigmoidProgram(inputs: CellInputs): CellProgram {
  const m = deriveSigmoid(inputs).matrices;
  const [out, dout, dx] = ['out', 'dout', 'dx'].map((name) => shown(m, name));
  const compute = [
    '# forward',
    'sigmoid = Sigmoid()',
    stepCode('out = sigmoid.forward(x)', [out]),
    '',
    '# backward',
    stepCode(doutCode('sigmoid', inputs, 'dout', 'out'), [dout], [out]),
    stepCode('dx = sigmoid.backward(dout)', [dx], [dout, out]),
  ];
  return { inputs: inputsCode('sigmoid', inputs), compute: compute.join('\n'), shown: [out, dout, dx] };
}
