// The declarations must reach every tsconfig that follows an import here (tests and scripts too), and
// an ambient .d.ts is only seen where a config includes it; this reference brings it along.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./plotlyModules.d.ts" />
/**
 * The only module that imports Plotly: the core (which carries the scatter trace) plus the bar and
 * heatmap traces, nothing else. Import it only through loadPlotly(), so it becomes its own chunk that
 * the page fetches after the numbers are on screen.
 */
import Plotly from 'plotly.js/lib/core';
import bar from 'plotly.js/lib/bar';
import heatmap from 'plotly.js/lib/heatmap';

Plotly.register([bar, heatmap]);

/** Plotly with the notebook's traces registered. */
export const plotly = Plotly;
