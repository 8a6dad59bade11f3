import type { ReactNode } from 'react';
import type { Bilingual } from '../../i18n/bilingual';
import { usePick } from '../../i18n/useT';
import type { DerivedMatrix } from '../../store/selectors/outputs';
import { OutputMatrix } from '../OutputMatrix';
import { NET_NODES, NODE_INFO, type NetNode } from './netSteps';

interface NodeDetailProps {
  readonly selected: NetNode;
  readonly matrices: Readonly<Record<string, DerivedMatrix>>;
}

/** What each node's panel says besides its matrices. */
const NOTES: Readonly<Record<NetNode, Bilingual>> = {
  x: {
    ja: '入力のバッチです（上で編集できます）。Affine1.backward が dx をここへ返します。ここでは dx を使いませんが、前にさらに層があれば勾配はそこへ伝わっていきます。',
    en: 'The input batch (edit it above). Affine1.backward sends dx back to it; nothing uses dx here, but it is how the gradient would continue into an earlier layer.',
  },
  affine1: {
    ja: 'Affine1 は逆伝播のために x を保持します。重み W1 とバイアス b1、そして逆伝播が da1 から求める dW1 と db1 は「パラメータと勾配」にあります。',
    en: 'Affine1 keeps x for backward. Its W1 and b1, and the dW1 and db1 its backward computes from da1, are under Parameters.',
  },
  relu1: {
    ja: 'Relu1 は mask (a1 <= 0) を保持します。逆伝播では mask が False のところは dz1 をそのまま流し、True のところは 0 にします。',
    en: 'Relu1 keeps the mask (a1 <= 0). Backward lets dz1 through where the mask is False and sets it to 0 where it is True.',
  },
  affine2: {
    ja: 'Affine2 は逆伝播のために z1 を保持します。重み W2 とバイアス b2、そして逆伝播が dscores から求める dW2 と db2 は「パラメータと勾配」にあります。',
    en: 'Affine2 keeps z1 for backward. Its W2 and b2, and the dW2 and db2 its backward computes from dscores, are under Parameters.',
  },
  softmaxWithLoss: {
    ja: '最後の層は y と t を保持します。gradient() は dout = 1 からこの層の逆伝播を始め、dscores = (y - t) / batch_size を返します（この勾配は Affine2 の出力に対するものなので、Affine2 に表示します）。',
    en: 'The last layer keeps y and t. gradient() starts it with dout = 1, and it sends back dscores = (y - t) / batch_size (shown at Affine2, whose out it is the gradient of).',
  },
  L: {
    ja: '損失、float64 のスカラーです（「パラメータと勾配」にあります）。逆伝播はここから始まります: dL/dL = 1。',
    en: 'The loss, a float64 scalar (under Parameters). The backward pass starts here: dL/dL = 1.',
  },
};

/** Each node's matrices, by node; every name appears once in the cell. */
function matricesOf(
  node: NetNode,
  m: NodeDetailProps['matrices'],
  pick: (text: Bilingual) => string,
): ReactNode {
  switch (node) {
    case 'x':
      return <OutputMatrix name="dx" label="dx = np.dot(da1, W1.T)" derived={m.dx} />;
    case 'affine1':
      return (
        <>
          <OutputMatrix name="a1" label="a1 = np.dot(x, W1) + b1" derived={m.a1} />
          <OutputMatrix
            name="da1"
            label={pick({
              ja: 'da1 (この層の dout、Relu1.backward から)',
              en: 'da1 (its dout, from Relu1.backward)',
            })}
            derived={m.da1}
          />
        </>
      );
    case 'relu1':
      return (
        <>
          <OutputMatrix name="mask" label="mask = (a1 <= 0)" derived={m.mask} mask />
          <OutputMatrix name="z1" label="z1 = relu(a1)" derived={m.z1} />
          <OutputMatrix
            name="dz1"
            label={pick({
              ja: 'dz1 = np.dot(dscores, W2.T) (この層の dout)',
              en: 'dz1 = np.dot(dscores, W2.T) (its dout)',
            })}
            derived={m.dz1}
          />
        </>
      );
    case 'affine2':
      return (
        <>
          <OutputMatrix name="scores" label="scores = np.dot(z1, W2) + b2" derived={m.scores} />
          <OutputMatrix
            name="dscores"
            label={pick({
              ja: 'dscores = (y - t) / batch_size (この層の dout)',
              en: 'dscores = (y - t) / batch_size (its dout)',
            })}
            derived={m.dscores}
          />
        </>
      );
    case 'softmaxWithLoss':
      return <OutputMatrix name="y" label="y = softmax(scores)" derived={m.y} />;
    case 'L':
      return null;
  }
}

/**
 * The matrices of the node chosen on the graph. Every node's panel stays in the page (the others hidden),
 * so each matrix keeps its `data-matrix` hook whichever node is shown.
 */
export function NodeDetail({ selected, matrices }: NodeDetailProps) {
  const pick = usePick();
  return (
    <div className="net-detail">
      {NET_NODES.map((node) => (
        <section
          key={node}
          className="net-detail-node"
          data-node-detail={node}
          hidden={node !== selected}
          aria-label={pick({
            ja: `${NODE_INFO[node].label}: 行列`,
            en: `${NODE_INFO[node].label}: its matrices`,
          })}
        >
          <h4>{NODE_INFO[node].label}</h4>
          <p className="net-detail-note">{pick(NOTES[node])}</p>
          <div className="net-detail-matrices">{matricesOf(node, matrices, pick)}</div>
        </section>
      ))}
    </div>
  );
}
