import type { ReactNode } from 'react';

interface LiveLayoutProps {
  readonly inputs: ReactNode;
  readonly forward: ReactNode;
  readonly backward: ReactNode;
  /** Below the three columns: the pitfalls panel. */
  readonly footer?: ReactNode;
}

/** A cell's live part: inputs on the left, then forward and backward side by side (stacked on a phone). */
export function LiveLayout({ inputs, forward, backward, footer }: LiveLayoutProps) {
  return (
    <div className="live">
      <div className="live-columns">
        <div className="live-col live-inputs" aria-label="Inputs" role="group">
          <h3>入力 · Inputs</h3>
          {inputs}
        </div>
        <div className="live-col live-forward" aria-label="Forward" role="group">
          <h3>forward</h3>
          {forward}
        </div>
        <div className="live-col live-backward" aria-label="Backward" role="group">
          <h3>backward</h3>
          {backward}
        </div>
      </div>
      {footer}
    </div>
  );
}
