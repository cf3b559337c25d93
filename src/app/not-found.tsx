import { Link } from 'wouter';
import { useT } from '@/shared/i18n';
import { buttonClass } from '@/shared/ui/button-class';
import { ErrorState } from '@/shared/ui/states';

export function NotFound() {
  const t = useT();
  return (
    <ErrorState
      title={t('app.notFound.title')}
      message={t('app.notFound.message')}
      action={
        <Link href="/" className={buttonClass('secondary', true)}>
          {t('app.goToLibrary')}
        </Link>
      }
    />
  );
}
