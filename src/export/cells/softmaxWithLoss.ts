import { deriveSoftmaxWithLoss } from '../../store/selectors/softmaxWithLoss';
import type { CellInputs } from '../../store/types';
import { stepCode, type Shown } from '../step';
import { inputsCode, shown, type CellProgram } from './program';

/**
 * The Softmax-with-Loss cell as Python: the seed's class. Its forward stores y before computing the
 * loss, so y (and backward) are there even when the loss fails, as on the page.
 */
export function softmaxWithLossProgram(inputs: CellInputs): CellProgram {
  const outputs = deriveSoftmaxWithLoss(inputs);
  const [y, dx] = ['y', 'dx'].map((name) => shown(outputs.matrices, name));
  if (!outputs.loss) throw new Error('the page derives no loss');
  const loss: Shown = { name: 'loss', variable: 'loss', result: outputs.loss };
  const compute = [
    '# forward',
    'softmax_with_loss = SoftmaxWithLoss()',
    stepCode('loss = softmax_with_loss.forward(x, t)', [loss]),
    stepCode('y = softmax_with_loss.y', [y], [loss]),
    '',
    '# backward (dout = 1)',
    stepCode('dx = softmax_with_loss.backward()', [dx], [y]),
  ];
  return {
    inputs: inputsCode('softmax-with-loss', inputs),
    compute: compute.join('\n'),
    shown: [y, loss, dx],
  };
}
