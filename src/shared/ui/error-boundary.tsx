import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/**
 * Last line of defence: a component that throws while rendering (or in an effect) would otherwise make React
 * unmount the whole tree and leave a blank page. Shows what happened and offers a reload instead.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('The page stopped working:', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="mx-auto mt-8 max-w-xl rounded-lg border border-red-300 bg-red-50 p-6 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
        <h1 className="text-lg font-semibold">Something went wrong while showing this page</h1>
        <p className="mt-2 text-sm">The page hit an unexpected problem and stopped. Reloading usually helps; if it keeps happening, the data may contain something the page cannot show.</p>
        <details className="mt-2 text-sm">
          <summary>Technical details</summary>
          <p className="mt-1 break-words font-mono">{error.message}</p>
        </details>
        <button
          type="button"
          onClick={() => {
            window.location.reload();
          }}
          className="mt-4 rounded bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2"
        >
          Reload the page
        </button>
      </div>
    );
  }
}
