import { useEffect, useRef, useState } from 'react';
import { useTheme } from '../theme/useTheme';
import { afterPaint } from './afterPaint';
import { createChartRenderer, type ChartRenderer, type DrawFigure } from './chartRenderer';
import type { Layout, Trace } from './figure';
import { loadPlotly } from './loadPlotly';

/** Props of a Plotly chart: the figure, and what it shows in words for screen readers. */
export interface PlotlyChartProps {
  readonly traces: readonly Trace[];
  readonly layout: Layout;
  /** Short description of the chart (its aria-label). */
  readonly label: string;
  /** Which chart this is (`data-chart`), e.g. 'relu'. */
  readonly name: string;
  /**
   * Makes the function that draws each figure (Plotly.react when absent), e.g. one that only moves the
   * data of a live chart. Called once per mounted chart, so the drawer may remember what it drew.
   */
  readonly drawWith?: () => DrawFigure;
}

/** The page's text colour and font, so charts follow the theme (dark mode included). */
function themeOf(root: HTMLElement): Partial<Layout> {
  const style = getComputedStyle(root);
  return { font: { color: style.color, family: style.fontFamily } };
}

/**
 * A Plotly figure that never holds up the numbers: Plotly is loaded lazily and each update is drawn
 * after the browser has painted (Plotly.react), coalescing bursts of edits; unmounting purges it.
 * The box keeps the figure's height while Plotly loads so nothing below it jumps.
 */
export function PlotlyChart({ traces, layout, label, name, drawWith }: PlotlyChartProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const rendererRef = useRef<ChartRenderer | null>(null);
  const [failed, setFailed] = useState(false);
  // Read once, when the chart mounts: a drawer belongs to the Plotly figure it started.
  const drawWithRef = useRef(drawWith);
  // The colours are read from the page when drawing; a theme switch redraws with the new ones.
  const theme = useTheme();

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const renderer = createChartRenderer(root, {
      load: loadPlotly,
      schedule: afterPaint,
      theme: () => themeOf(root),
      onError: () => setFailed(true),
      drawFigure: drawWithRef.current?.(),
    });
    rendererRef.current = renderer;
    return () => {
      renderer.dispose();
      rendererRef.current = null;
    };
  }, []);

  useEffect(() => {
    rendererRef.current?.draw({ traces, layout });
  }, [traces, layout, theme]);

  return (
    <figure className="chart" data-chart={name} style={{ margin: 0, minWidth: 0 }}>
      <div ref={rootRef} role="img" aria-label={label} style={{ minHeight: layout.height, width: '100%' }} />
      {failed && (
        <figcaption role="status">The chart could not be drawn; the numbers above are unaffected.</figcaption>
      )}
    </figure>
  );
}
