import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { buttonClass } from '@/shared/ui/button-class';
import { Icon } from '@/shared/ui/icons';
import { useT } from '@/shared/i18n';

/** The reader's frame, shared by the app and by the page prerendered at build time. */

export const READER_MAIN_CLASS = 'px-5 pt-8 pb-24 sm:px-8 sm:pt-12';

/** Back to the library, first in the reader's top bar. */
export function LibraryLink() {
  const t = useT();
  return (
    <Link
      href="/"
      className={buttonClass('ghost', true)}
      aria-label={t('reader.frame.library')}
      data-back-to-library=""
    >
      <Icon name="back" />
      <span className="hidden sm:inline" data-ui-words="">
        {t('reader.frame.library')}
      </span>
    </Link>
  );
}

/**
 * The article's column and the notes panel beside it (from 1024 px). Without a `panel` (a
 * prerendered page) the panel's place is kept empty, so the text does not move when it comes.
 */
export function ReaderColumns(props: { text: ReactNode; panel?: ReactNode; children?: ReactNode }) {
  const { text, panel, children } = props;
  const t = useT();
  return (
    <div className="mx-auto flex max-w-screen-2xl justify-center gap-10">
      <div className="min-w-0 flex-1">{text}</div>
      <aside
        aria-label={panel ? t('reader.frame.panel') : undefined}
        aria-hidden={panel ? undefined : true}
        data-scroll-panel
        className="sticky top-20 hidden max-h-[calc(100dvh-6rem)] w-80 shrink-0 overflow-y-auto pb-8 lg:block xl:w-96"
      >
        {panel}
      </aside>
      {children}
    </div>
  );
}
