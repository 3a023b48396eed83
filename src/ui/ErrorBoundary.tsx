import { Component, type ErrorInfo, type ReactNode } from 'react';
import { STRINGS } from '../i18n/strings';

interface State {
  error: Error | null;
}

/** A render error anywhere shows a message and a reload; the URL still holds the view. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Atlas render error', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="error-screen" role="alert">
        <h1>出错了 · Something went wrong</h1>
        <p>
          <code>{this.state.error.message}</code>
        </p>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          {STRINGS.zh.reload} · {STRINGS.en.reload}
        </button>
      </main>
    );
  }
}
