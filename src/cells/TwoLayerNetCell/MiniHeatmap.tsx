import type { CSSProperties } from 'react';
import type { Tensor } from '../../engine';
import type { Lang } from '../../i18n/lang';
import {
  DARK_PALETTE,
  LIGHT_PALETTE,
  divergingColor,
  maxAbsFinite,
  toneOf,
} from '../../components/MatrixView/colorScale';

/** Rows drawn at most; a bigger batch shows its first rows and says how many more there are. */
const MAX_ROWS = 6;

interface MiniHeatmapProps {
  /** The value, or null while the stepper has not reached it (or it cannot be computed). */
  readonly value: Tensor | null;
  /** Why there is no value: 'pending' (not computed yet on the stepper) or 'error'. */
  readonly missing?: 'pending' | 'error';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Name for the tooltip of each cell, e.g. `a1`. */
  readonly name: string;
  /** The language of its few words ('error', '+n rows'); English by default. */
  readonly lang?: Lang;
}

function tint(v: number, maxAbs: number): CSSProperties {
  const tone = toneOf(v, maxAbs);
  const t = tone.kind === 'finite' ? tone.t : 0;
  return {
    '--mx-bg-light': divergingColor(t, LIGHT_PALETTE),
    '--mx-bg-dark': divergingColor(t, DARK_PALETTE),
  } as CSSProperties;
}

/**
 * A matrix as a small grid of tinted squares inside the graph's SVG (blue negative, orange positive,
 * scaled per matrix), each with its value as a tooltip; a scalar is written out.
 */
export function MiniHeatmap({ value, missing, x, y, width, height, name, lang = 'en' }: MiniHeatmapProps) {
  if (!value) {
    return (
      <g className={`net-mini net-mini--${missing ?? 'pending'}`}>
        <rect x={x} y={y} width={width} height={height} rx={3} />
        <text x={x + width / 2} y={y + height / 2} dominantBaseline="central" textAnchor="middle">
          {missing === 'error' ? (lang === 'ja' ? 'エラー' : 'error') : '?'}
        </text>
      </g>
    );
  }
  if (value.ndim === 0 || value.ndim > 2) {
    const text = value.ndim === 0 ? String(Number(value.data[0].toPrecision(6))) : `${value.ndim}-D`;
    return (
      <text
        className="net-mini-scalar"
        x={x + width / 2}
        y={y + height / 2}
        dominantBaseline="central"
        textAnchor="middle"
      >
        {text}
      </text>
    );
  }
  const rows = value.ndim === 1 ? 1 : value.shape[0];
  const cols = value.ndim === 1 ? value.shape[0] : value.shape[1];
  const shown = Math.min(rows, MAX_ROWS);
  const cell = Math.min(width / Math.max(cols, 1), height / (shown + (rows > shown ? 1 : 0)), 18);
  const left = x + (width - cell * cols) / 2;
  const maxAbs = maxAbsFinite(value.data);
  const squares = [];
  for (let r = 0; r < shown; r++) {
    for (let c = 0; c < cols; c++) {
      const v = value.data[r * cols + c];
      const index = value.ndim === 1 ? `${c}` : `${r}, ${c}`;
      squares.push(
        <rect
          key={`${r}-${c}`}
          className="net-mini-cell"
          style={tint(v, maxAbs)}
          x={left + c * cell}
          y={y + r * cell}
          width={cell - 1}
          height={cell - 1}
          rx={2}
        >
          <title>{`${name}[${index}] = ${v}`}</title>
        </rect>,
      );
    }
  }
  return (
    <g className="net-mini">
      {squares}
      {rows > shown && (
        <text
          className="net-mini-more"
          x={x + width / 2}
          y={y + shown * cell + cell / 2}
          dominantBaseline="central"
          textAnchor="middle"
        >
          {lang === 'ja' ? `ほか ${rows - shown} 行` : `+${rows - shown} rows`}
        </text>
      )}
    </g>
  );
}
