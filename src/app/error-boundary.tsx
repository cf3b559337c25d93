import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from '@/shared/ui/button';
import { ErrorState } from '@/shared/ui/states';

interface State {
  error?: Error;
}

/** A crash in one view shows a way forward instead of a blank page. Saved data is untouched. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Sidenote view crashed', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main id="main" className="px-4">
        <ErrorState
          title="Something went wrong in this view"
          message={`Your highlights and notes are saved in this browser and were not touched. Reload to continue. (${this.state.error.message})`}
          action={
            <>
              <Button variant="primary" onClick={() => window.location.reload()}>
                Reload
              </Button>
              <Button onClick={() => window.location.assign('/')}>Go to the library</Button>
            </>
          }
        />
      </main>
    );
  }
}
