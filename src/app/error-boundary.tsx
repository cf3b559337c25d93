import { Component, type ErrorInfo, type ReactNode } from 'react';
// Statically, by name: the shell has the database already, and importing the barrel with import()
// too would keep every export of it (all the repositories) in the first page (bench row 1).
import { getDb } from '@/db';
import { t as translate, useT } from '@/shared/i18n';
import { Button } from '@/shared/ui/button';
import { Main } from '@/shared/ui/page';
import { ErrorState } from '@/shared/ui/states';

/** Saves a full backup even when a view has crashed, so nothing written is ever out of reach. */
async function exportMyData() {
  try {
    // Loaded on demand: the backup code is not part of the first page.
    const [{ exportBackup }, { backupFileName }, { downloadText }] = await Promise.all([
      import('@/db/transfer-repo'),
      import('@/domain/transfer/file-names'),
      import('@/shared/download'),
    ]);
    const now = new Date();
    const backup = await exportBackup(await getDb(), now);
    downloadText(backupFileName(now), JSON.stringify(backup, null, 1), 'application/json');
  } catch (err) {
    window.alert(
      translate('app.crash.exportFailed', {
        error: err instanceof Error ? err.message : String(err),
      }),
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
    return <ViewCrashed error={this.state.error} />;
  }
}

/** What a crashed view shows instead: saved data is safe, and the ways forward. */
function ViewCrashed({ error }: { error: Error }) {
  const t = useT();
  return (
    <Main className="px-4">
      <ErrorState
        title={t('app.crash.title')}
        message={t('app.crash.message', { error: error.message })}
        action={
          <>
            <Button variant="primary" onClick={() => window.location.reload()}>
              {t('app.reload')}
            </Button>
            <Button onClick={() => void exportMyData()}>{t('app.crash.export')}</Button>
            <Button variant="ghost" onClick={() => window.location.assign('/')}>
              {t('app.goToLibrary')}
            </Button>
          </>
        }
      />
    </Main>
  );
}
