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
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>, fallback: (props: P) => ReactNode = () => null) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<unknown> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      () => (loading = null), // a failed fetch (offline) is tried again on the next mount
    ));
  function LazyPart(props: P) {
    const [, rerender] = useReducer((n: number) => n + 1, 0);
    useEffect(() => {
      if (!loaded) void preload().then(() => rerender());
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
