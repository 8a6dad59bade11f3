import { usePick } from '../../i18n/useT';
import { GraphNode, NODE_TOP as TOP, type NodeValues } from './GraphNode';
import { NET_NODES, nodeState, paramGradsReady, type NetNode } from './netSteps';

interface NetGraphProps {
  readonly values: Readonly<Record<NetNode, NodeValues>>;
  /** Steps run so far (0..8). */
  readonly step: number;
  /** The layer running at this step, highlighted. */
  readonly active: NetNode | null;
  readonly selected: NetNode;
  readonly onSelect: (node: NetNode) => void;
}

const BOX: Readonly<Record<NetNode, { left: number; width: number }>> = {
  x: { left: 8, width: 112 },
  affine1: { left: 158, width: 132 },
  relu1: { left: 328, width: 132 },
  affine2: { left: 498, width: 132 },
  softmaxWithLoss: { left: 668, width: 162 },
  L: { left: 866, width: 86 },
};
const SIDE: readonly {
  node: NetNode;
  text: string;
  grads?: { layer: 'affine1' | 'affine2'; text: string };
}[] = [
  { node: 'affine1', text: 'W1, b1', grads: { layer: 'affine1', text: '← dW1, db1' } },
  { node: 'affine2', text: 'W2, b2', grads: { layer: 'affine2', text: '← dW2, db2' } },
  { node: 'softmaxWithLoss', text: 't' },
];

/**
 * The net as the book draws a computational graph: x → Affine1 → Relu1 → Affine2 → SoftmaxWithLoss → L,
 * each node showing its out (forward, top) and the dout that came back to it (backward, bottom), revealed
 * as the stepper advances. Nodes are buttons: choosing one shows its matrices below the graph.
 */
export function NetGraph({ values, step, active, selected, onSelect }: NetGraphProps) {
  const pick = usePick();
  return (
    <svg
      className="net-graph"
      viewBox="0 0 960 250"
      role="group"
      aria-label={pick({ ja: '2 層ニューラルネットワークの計算グラフ', en: 'The two-layer net as a graph' })}
    >
      <defs>
        <marker
          id="net-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" className="net-arrowhead" />
        </marker>
      </defs>
      {NET_NODES.slice(1).map((node, i) => {
        const from = BOX[NET_NODES[i]];
        const to = BOX[node];
        const x1 = from.left + from.width;
        const back = nodeState(NET_NODES[i], step).backward;
        return (
          <g key={node}>
            <line
              className="net-edge"
              x1={x1}
              y1={TOP + 55}
              x2={to.left}
              y2={TOP + 55}
              markerEnd="url(#net-arrow)"
            />
            <line
              className={back ? 'net-edge net-edge--back' : 'net-edge net-edge--idle'}
              x1={to.left}
              y1={TOP + 120}
              x2={x1}
              y2={TOP + 120}
              markerEnd="url(#net-arrow)"
            />
          </g>
        );
      })}
      {SIDE.map(({ node, text, grads }) => {
        const box = BOX[node];
        const ready = grads ? paramGradsReady(grads.layer, step) : false;
        const mid = box.left + box.width / 2;
        return (
          <g key={node} className="net-side">
            <rect x={box.left + 16} y={6} width={box.width - 32} height={44} rx={4} />
            <text x={mid} y={20} dominantBaseline="central" textAnchor="middle">
              {text}
            </text>
            {grads && ready && (
              <text className="net-side-grads" x={mid} y={38} dominantBaseline="central" textAnchor="middle">
                {grads.text}
              </text>
            )}
            <line className="net-edge" x1={mid} y1={50} x2={mid} y2={TOP} markerEnd="url(#net-arrow)" />
          </g>
        );
      })}
      {NET_NODES.map((node) => (
        <GraphNode
          key={node}
          node={node}
          {...BOX[node]}
          values={values[node]}
          state={nodeState(node, step)}
          selected={node === selected}
          active={node === active}
          onSelect={onSelect}
        />
      ))}
    </svg>
  );
}
