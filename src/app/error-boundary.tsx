import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from '@/shared/ui/button';
import { Main } from '@/shared/ui/page';
import { ErrorState } from '@/shared/ui/states';

/** Saves a full backup even when a view has crashed, so nothing written is ever out of reach. */
async function exportMyData() {
  try {
    // Loaded on demand: the backup code is not part of the first page.
    const [{ exportBackup }, { getDb }, { backupFileName }, { downloadText }] = await Promise.all([
      import('@/db/transfer-repo'),
      import('@/db'),
      import('@/domain/transfer/file-names'),
      import('@/features/transfer/download'),
    ]);
    const now = new Date();
    const backup = await exportBackup(getDb(), now);
    downloadText(backupFileName(now), JSON.stringify(backup, null, 1), 'application/json');
  } catch (err) {
    window.alert(
      `The backup could not be made: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

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
      <Main className="px-4">
        <ErrorState
          title="Something went wrong in this view"
          message={`Your highlights and notes are saved in this browser and were not touched. Reload to continue, or export your data first. (${this.state.error.message})`}
          action={
            <>
              <Button variant="primary" onClick={() => window.location.reload()}>
                Reload
              </Button>
              <Button onClick={() => void exportMyData()}>Export my data</Button>
              <Button variant="ghost" onClick={() => window.location.assign('/')}>
                Go to the library
              </Button>
            </>
          }
        />
      </Main>
    );
  }
}
