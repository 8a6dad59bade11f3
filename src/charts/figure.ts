/**
 * The slice of Plotly's figure schema the notebook's charts use, typed so that trace builders stay
 * plain data (testable in Node) and the Plotly bundle is never imported to describe a chart.
 */

/** A categorical axis position: one label, or [group, label] pairs for a two-level axis. */
export type AxisValues =
  readonly (number | string | null)[] | readonly [readonly string[], readonly string[]];

/** Marker styling shared by scatter points and bars. */
export interface MarkerStyle {
  readonly color?: string | readonly string[];
  readonly size?: number;
  readonly symbol?: string | readonly string[];
  readonly opacity?: number;
  readonly line?: { readonly color?: string | readonly string[]; readonly width?: number };
}

interface TraceBase {
  readonly name?: string;
  readonly xaxis?: string;
  readonly yaxis?: string;
  readonly showlegend?: boolean;
  readonly legendgroup?: string;
  readonly hovertemplate?: string;
  readonly text?: readonly string[];
  readonly hoverinfo?: string;
}

/** A line and/or marker trace. */
export interface ScatterTrace extends TraceBase {
  readonly type: 'scatter';
  readonly mode: 'lines' | 'markers' | 'lines+markers' | 'text' | 'markers+text';
  readonly x: AxisValues;
  readonly y: readonly (number | null)[];
  readonly line?: { readonly color?: string; readonly width?: number; readonly dash?: string };
  readonly marker?: MarkerStyle;
  readonly connectgaps?: boolean;
  readonly cliponaxis?: boolean;
  readonly textposition?: string;
}

/** A bar trace; stacked with the others when the layout's barmode is 'relative'. */
export interface BarTrace extends TraceBase {
  readonly type: 'bar';
  readonly x: AxisValues;
  readonly y: readonly number[];
  readonly marker?: MarkerStyle;
  /** 'none' keeps `text` for the hover label only instead of printing it on the bar. */
  readonly textposition?: 'none' | 'auto' | 'inside' | 'outside';
}

/** A heatmap of a rows × columns grid. */
export interface HeatmapTrace extends TraceBase {
  readonly type: 'heatmap';
  readonly z: readonly (readonly number[])[];
  readonly x?: readonly (number | string)[];
  readonly y?: readonly (number | string)[];
  readonly zmin?: number;
  readonly zmax?: number;
  readonly colorscale?: string | readonly (readonly [number, string])[];
  readonly showscale?: boolean;
  readonly colorbar?: { readonly thickness?: number; readonly len?: number };
}

/** One trace of a notebook chart. */
export type Trace = ScatterTrace | BarTrace | HeatmapTrace;

/** An axis of the layout; `domain` places it on the page, `anchor` ties it to its partner axis. */
export interface Axis {
  readonly title?: { readonly text: string };
  readonly domain?: readonly [number, number];
  readonly anchor?: string;
  readonly matches?: string;
  readonly range?: readonly [number, number];
  readonly autorange?: boolean | 'reversed';
  readonly zeroline?: boolean;
  readonly showticklabels?: boolean;
  readonly type?: 'linear' | 'category' | 'multicategory';
  readonly tickfont?: { readonly size?: number };
  readonly gridcolor?: string;
  readonly zerolinecolor?: string;
  readonly fixedrange?: boolean;
  readonly automargin?: boolean;
  /** 'allow' skips measuring every tick label against the figure's edges on each redraw. */
  readonly ticklabeloverflow?: 'allow' | 'hide past div' | 'hide past domain';
  readonly dtick?: number;
}

/** A text note placed on the chart (used for subplot titles and "nothing to draw" messages). */
export interface Annotation {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly xref: 'paper';
  readonly yref: 'paper';
  readonly xanchor?: 'left' | 'center' | 'right';
  readonly yanchor?: 'top' | 'middle' | 'bottom';
  /** How the lines of a note of several lines (`<br>`) line up. */
  readonly align?: 'left' | 'center' | 'right';
  readonly showarrow: false;
  readonly font?: { readonly size?: number };
}

/** The layout fields the charts set. */
export interface Layout {
  readonly title?: { readonly text: string; readonly font?: { readonly size?: number } };
  readonly height: number;
  readonly margin: { readonly l: number; readonly r: number; readonly t: number; readonly b: number };
  readonly barmode?: 'group' | 'relative' | 'overlay';
  readonly bargap?: number;
  readonly showlegend?: boolean;
  readonly legend?: {
    readonly orientation?: 'h' | 'v';
    /** 'container': y is measured in the whole figure (0 = its bottom edge), not the plot area. */
    readonly yref?: 'paper' | 'container';
    readonly x?: number;
    readonly y?: number;
    readonly xanchor?: string;
    readonly yanchor?: string;
  };
  readonly hovermode?: 'closest' | 'x' | false;
  readonly paper_bgcolor?: string;
  readonly plot_bgcolor?: string;
  readonly font?: { readonly color?: string; readonly family?: string; readonly size?: number };
  readonly annotations?: readonly Annotation[];
  readonly xaxis?: Axis;
  readonly yaxis?: Axis;
  readonly xaxis2?: Axis;
  readonly yaxis2?: Axis;
}

/** What a trace builder returns and `<PlotlyChart>` draws. */
export interface ChartFigure {
  readonly traces: readonly Trace[];
  readonly layout: Layout;
}
