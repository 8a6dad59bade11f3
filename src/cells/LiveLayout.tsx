import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';

interface LiveLayoutProps {
  readonly inputs: ReactNode;
  readonly forward: ReactNode;
  readonly backward: ReactNode;
  /** Below the three columns: the pitfalls panel. */
  readonly footer?: ReactNode;
}

/** A cell's live part: inputs on the left, then forward and backward side by side (stacked on a phone). */
export function LiveLayout({ inputs, forward, backward, footer }: LiveLayoutProps) {
  const t = useT();
  return (
    <div className="live">
      <div className="live-columns">
        <div className="live-col live-inputs" aria-label={t('live.inputs')} role="group">
          <h3>{t('live.inputs')}</h3>
          {inputs}
        </div>
        <div className="live-col live-forward" aria-label={t('live.forward')} role="group">
          <h3>{t('live.forward')}</h3>
          {forward}
        </div>
        <div className="live-col live-backward" aria-label={t('live.backward')} role="group">
          <h3>{t('live.backward')}</h3>
          {backward}
        </div>
      </div>
      {footer}
    </div>
  );
}
