import { Component, type ErrorInfo, type ReactNode } from 'react';

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
    return (
      <div className="cell-crash" role="alert">
        <p>
          {this.props.label} stopped on an unexpected error (a bug in this app, not in your input):{' '}
          <code>{error.message}</code>
        </p>
        <button type="button" onClick={this.reset}>
          Reset this cell to the seed&apos;s inputs
        </button>
      </div>
    );
  }
}
