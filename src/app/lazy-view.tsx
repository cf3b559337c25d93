import { lazy, useState, type ComponentType } from 'react';
import { loadAreas, type Area } from '@/shared/i18n';

/**
 * A view whose code loads when it is first shown, like `React.lazy`, but which can be loaded
 * ahead (`preload`). Once loaded, it renders at once instead of suspending for a tick: a
 * prerendered page is replaced by the view itself, never by a loading state. Its words (the
 * catalog `areas` it uses, in the interface's language) load alongside its code.
 */
export function lazyView<P extends object>(
  load: () => Promise<ComponentType<P>>,
  areas: readonly Area[] = [],
) {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (pending ??= Promise.all([load(), loadAreas(areas)]).then(([component]) => {
      loaded = component;
      return component;
    }));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function View(props: P) {
    // Chosen once per mount: switching from Lazy to the loaded component would remount it.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return Object.assign(View, { preload });
}
