"use client";

import { createElement, useEffect, useReducer, type ComponentType, type ReactNode } from "react";

/**
 * A component kept out of a page's first-load JS: its chunk is fetched by `preload()` (call it when the
 * browser is idle after the page has loaded, so it is there before anyone needs it) or when the part
 * first mounts. Until then the part renders `fallback` (nothing by default: what the part itself shows
 * while its data loads, where it has such a state); once loaded it renders synchronously, so a part
 * that was preloaded never flashes a placeholder. Server rendering and hydration render the fallback
 * too, so they always agree.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: (props: P) => ReactNode = () => null,
) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<boolean> | null = null;
  // Resolves true once the chunk is here; false when its fetch failed (offline, a deploy replaced it):
  // the next call fetches again.
  const preload = () =>
    (loading ??= load().then(
      (component) => ((loaded = component), true),
      () => ((loading = null), false),
    ));
  function LazyPart(props: P) {
    const [, rerender] = useReducer((n: number) => n + 1, 0);
    useEffect(() => {
      if (loaded) return;
      let stopped = false;
      let timer: number | undefined;
      let attempt = 0;
      // A mounted part keeps trying (1 s, 2 s, 4 s … up to 30 s, and at once when the browser is back online)
      // instead of staying on its fallback until the page is reloaded.
      const tryLoad = () => {
        window.clearTimeout(timer);
        void preload().then((ok) => {
          if (stopped) return;
          if (ok) return rerender();
          timer = window.setTimeout(tryLoad, Math.min(30_000, 1_000 * 2 ** attempt++));
        });
      };
      window.addEventListener("online", tryLoad);
      tryLoad();
      return () => {
        stopped = true;
        window.clearTimeout(timer);
        window.removeEventListener("online", tryLoad);
      };
    }, []);
    return loaded ? createElement(loaded, props) : fallback(props);
  }
  return Object.assign(LazyPart, { preload });
}

/** Runs `task` once the browser is idle (or after a moment where it cannot say). */
export function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const id = window.requestIdleCallback(task, { timeout: 3_000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(task, 1_000);
  return () => window.clearTimeout(id);
}
