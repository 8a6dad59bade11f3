import type { Annotation, Axis, Layout } from './figure';

/**
 * The charts' colours, on transparent backgrounds: each keeps WCAG's 3:1 for graphics against the page
 * and cell backgrounds of both themes (tests/theme/contrast.test.ts), so one palette serves light and dark.
 */
export const COLORS = {
  fn: '#2563eb',
  derivative: '#ea580c',
  point: '#0d8073',
  bias: '#ca6f04',
  product: '#64748b',
  total: '#e11d48',
  target: '#16a34a',
  other: '#7c8799',
} as const;

/** Grid and zero lines: translucent so they work on any page background. */
const GRID = 'rgba(128, 128, 128, 0.25)';

/** Axis defaults shared by every chart: no zooming (the charts explain, they are not explorers). */
export function axis(extra: Axis = {}): Axis {
  return {
    gridcolor: GRID,
    zerolinecolor: 'rgba(128, 128, 128, 0.6)',
    fixedrange: true,
    automargin: true,
    ...extra,
  };
}

/** Room under the plot for the x axis's labels and, below them, the legend. */
export const BOTTOM_MARGIN = 76;

/**
 * Layout defaults: transparent background (the page's colours show through), compact margins, and the
 * legend in a row along the figure's bottom edge, under the axis labels, where it wraps on a phone.
 */
export function baseLayout(height: number, extra: Omit<Partial<Layout>, 'height'> = {}): Layout {
  return {
    height,
    margin: { l: 48, r: 12, t: 36, b: BOTTOM_MARGIN },
    paper_bgcolor: 'rgba(0,0,0,0)',
    plot_bgcolor: 'rgba(0,0,0,0)',
    hovermode: 'closest',
    legend: { orientation: 'h', x: 0, yref: 'container', y: 0, yanchor: 'bottom' },
    ...extra,
  };
}

/** A subplot title placed above the part of the page that starts at `top` (paper coordinates). */
export function panelTitle(text: string, top: number): Annotation {
  return {
    text,
    x: 0,
    y: top,
    xref: 'paper',
    yref: 'paper',
    xanchor: 'left',
    yanchor: 'bottom',
    showarrow: false,
    font: { size: 12 },
  };
}

/** A message in place of a panel that cannot be drawn, e.g. when an input has the wrong shape. */
export function emptyNote(text: string, y = 0.5): Annotation {
  return {
    text,
    x: 0.5,
    y,
    xref: 'paper',
    yref: 'paper',
    xanchor: 'center',
    yanchor: 'middle',
    showarrow: false,
  };
}
