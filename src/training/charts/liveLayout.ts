import { axis, baseLayout } from '../../charts/chartStyle';
import type { Axis, Layout } from '../../charts/figure';

/**
 * The layout of a chart redrawn while training runs. Plotly's automatic margins and legend are
 * measured from the rendered text on every redraw (forced layouts, sometimes a second pass), which
 * made each live redraw a long main-thread task; fixed margins and no legend keep redraws light. Tick
 * labels may overflow (they cannot: the margins hold them), which spares Plotly measuring each label
 * against all the others whenever an axis range moves.
 */
export function liveLayout(title: string, xaxis: Axis, yaxis: Axis): Layout {
  return baseLayout(260, {
    title: { text: title, font: { size: 13 } },
    // The right margin holds half of the last step label (e.g. 10000) centred on the axis's end.
    margin: { l: 56, r: 24, t: 36, b: 44 },
    showlegend: false,
    xaxis: axis({ ...xaxis, automargin: false, ticklabeloverflow: 'allow' }),
    yaxis: axis({ ...yaxis, automargin: false, ticklabeloverflow: 'allow' }),
  });
}
