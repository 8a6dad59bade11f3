import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/useT';

interface Props {
  /** What the message calls the failed part, e.g. "ReLU". */
  readonly label: string;
  /** Puts the cell's inputs back to the seed's, then the boundary tries again. */
  readonly onReset: () => void;
  readonly children: ReactNode;
}

/** Keeps a bug in one cell inside that cell: the rest of the notebook goes on working. */
export class CellErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.label} failed`, error, info.componentStack);
  }

  private reset = (): void => {
    this.props.onReset();
    this.setState({ error: null });
  };

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <Crash label={this.props.label} error={error} onReset={this.reset} />;
  }
}

/** What a crashed cell shows instead of its live part (a function component, so it can follow the language). */
function Crash({ label, error, onReset }: { label: string; error: Error; onReset: () => void }) {
  const t = useT();
  return (
    <div className="cell-crash" role="alert">
      <p>
        {t('crash.message', { label })} <code lang="en">{error.message}</code>
      </p>
      <button type="button" onClick={onReset}>
        {t('crash.reset')}
      </button>
    </div>
  );
}
