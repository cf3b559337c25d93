import { useT } from '@/shared/i18n';
import { syncErrorText } from './messages';

/**
 * What went wrong with a call to the sync server (nothing if fine): the server's answer in the
 * interface's language, or a sentence the page already put into words.
 */
export function ErrorLine({ error }: { error: unknown }) {
  const t = useT();
  if (error === null || error === undefined || error === '') return null;
  return (
    <p role="alert" className="text-sm text-danger">
      {typeof error === 'string' ? error : syncErrorText(t, error)}
    </p>
  );
}
