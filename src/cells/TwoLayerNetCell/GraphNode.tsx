import type { KeyboardEvent } from 'react';
import type { Tensor } from '../../engine';
import { useLang } from '../../i18n/useT';
import { MiniHeatmap } from './MiniHeatmap';
import { NODE_INFO, type NetNode } from './netSteps';

/** A node's two values as the graph draws them; null with an error flag when they cannot be computed. */
export interface NodeValues {
  readonly out: Tensor | null;
  readonly dout: Tensor | null;
  readonly outError: boolean;
  readonly doutError: boolean;
}

/** Where the graph's node boxes start and how tall they are, in SVG units. */
export const NODE_TOP = 70;
const NODE_HEIGHT = 170;

interface GraphNodeProps {
  readonly node: NetNode;
  readonly left: number;
  readonly width: number;
  readonly values: NodeValues;
  /** What the stepper has computed of this node so far. */
  readonly state: { readonly forward: boolean; readonly backward: boolean };
  readonly selected: boolean;
  readonly active: boolean;
  readonly onSelect: (node: NetNode) => void;
}

/** One node of the graph, a button: its name, its out (→) and the dout that came back to it (←). */
export function GraphNode({
  node,
  left,
  width,
  values: v,
  state,
  selected,
  active,
  onSelect,
}: GraphNodeProps) {
  const info = NODE_INFO[node];
  const lang = useLang();
  const phase = state.backward ? 'backward' : state.forward ? 'forward' : 'none';
  const cls = ['net-node', selected && 'net-node--selected', active && 'net-node--active'];
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    onSelect(node);
  };
  const label =
    lang === 'ja'
      ? `${info.label}: out ${info.out}${state.forward ? '' : '（未計算）'}、dout ${info.dout ?? '1'}${state.backward ? '' : '（逆伝播がまだ届いていません）'}。行列を表示`
      : `${info.label}: out ${info.out}${state.forward ? '' : ' (not computed yet)'}, dout ${info.dout ?? '1'}${state.backward ? '' : ' (not back yet)'}. Show its matrices`;
  // Clicks and keys bubble up from the hit area, the node's one focusable part.
  return (
    <g
      className={cls.filter(Boolean).join(' ')}
      data-node={node}
      data-state={phase}
      onClick={() => onSelect(node)}
      onKeyDown={onKeyDown}
    >
      <rect className="net-node-box" x={left} y={NODE_TOP} width={width} height={NODE_HEIGHT} rx={6} />
      {/* Drawn for the eye; the hit area's label names the node, and its panel has the numbers. */}
      <g aria-hidden="true">
        <text className="net-node-label" x={left + width / 2} y={NODE_TOP + 16} textAnchor="middle">
          {info.label}
        </text>
        <text className="net-node-role" x={left + 6} y={NODE_TOP + 32}>{`→ ${info.out}`}</text>
        <MiniHeatmap
          name={info.out}
          value={state.forward ? v.out : null}
          missing={state.forward && v.outError ? 'error' : 'pending'}
          lang={lang}
          x={left + 6}
          y={NODE_TOP + 38}
          width={width - 12}
          height={44}
        />
        <text className="net-node-role net-node-role--back" x={left + 6} y={NODE_TOP + 100}>
          {`← ${info.dout ?? '1'}`}
        </text>
        <MiniHeatmap
          name={info.dout ?? 'dout'}
          value={state.backward ? v.dout : null}
          missing={state.backward && v.doutError ? 'error' : 'pending'}
          lang={lang}
          x={left + 6}
          y={NODE_TOP + 106}
          width={width - 12}
          height={56}
        />
      </g>
      {/* A transparent button over the drawing: no text inside, so its name is exactly its label. */}
      <rect
        className="net-node-hit"
        role="button"
        tabIndex={0}
        aria-pressed={selected}
        aria-label={label}
        x={left}
        y={NODE_TOP}
        width={width}
        height={NODE_HEIGHT}
        rx={6}
      />
    </g>
  );
}
