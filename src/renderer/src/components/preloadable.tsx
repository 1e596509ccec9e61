import { use, type ComponentType } from 'react';

type Module<P> = { default: ComponentType<P> };

/**
 * A screen body kept out of the app's first download, like `React.lazy`, that can also be fetched ahead of the
 * first visit. Unlike `React.lazy`, once the code is in it renders at once: `React.lazy` suspends on its first
 * render even when the chunk has already arrived, and React then holds the screen back for its fallback
 * throttle (about 300 ms), which alone would use up a screen's time budget.
 */
export function preloadable<P extends object>(load: () => Promise<Module<P>>) {
  let pending: Promise<Module<P>> | null = null;
  const preload = (): Promise<Module<P>> => {
    if (pending) return pending;
    const promise = load().then(
      (module) => {
        // React's `use` reads `status` and `value` off a promise (its ReactPromise contract): one marked
        // fulfilled renders at once instead of suspending.
        Object.assign(promise, { status: 'fulfilled', value: module });
        return module;
      },
      (error: unknown) => {
        pending = null; // the next render (or preload) fetches again
        throw error;
      },
    );
    pending = promise;
    return promise;
  };

  function Body(props: P) {
    const { default: Component } = use(preload());
    return <Component {...props} />;
  }

  /** Fetches the code once the app has drawn and is idle, so the first visit does not wait for it. */
  function preloadWhenIdle(): void {
    const start = () => void preload().catch(() => undefined); // a failed fetch is retried on the visit itself
    if (typeof window === 'undefined') return;
    if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 2_000 });
    else setTimeout(start, 200);
  }

  return { Body, preload, preloadWhenIdle };
}
