import { Link } from 'wouter';
import { EmptyState } from '@/shared/ui/states';
import { PageHeader } from '@/shared/ui/page';
import { TabList } from '@/shared/ui/tab-list';
import { useRichT, useT } from '@/shared/i18n';

export type NotebookView = 'list' | 'matrix';

/**
 * The notebook's title, what it is for and its two views: the same in the app and in the page
 * built for a first visit (static-notebook.tsx). `disabled`: drawn before the app can switch.
 */
export function NotebookHeader(props: {
  view: NotebookView;
  onSelect: (view: NotebookView) => void;
  disabled?: boolean;
}) {
  const t = useT();
  const views = [
    { id: 'list', label: t('notebook.view.list') },
    { id: 'matrix', label: t('notebook.view.matrix') },
  ] as const;
  return (
    <PageHeader title={t('notebook.title')} gap="small" description={t('notebook.description')}>
      <TabList
        label={t('notebook.view.label')}
        look="segmented"
        tabs={views}
        selected={props.view}
        onSelect={props.onSelect}
        disabled={props.disabled}
      />
    </PageHeader>
  );
}

/** Nothing highlighted yet: how to begin. */
export function NotebookEmpty() {
  const t = useT();
  const rich = useRichT();
  return (
    <EmptyState title={t('notebook.empty.title')}>
      {rich('notebook.empty.body', {
        key: <kbd>H</kbd>,
        link: (
          <Link href="/" className="text-accent underline">
            {t('notebook.empty.library')}
          </Link>
        ),
      })}
    </EmptyState>
  );
}
