import { afterEach, vi } from "vitest";
import { unmountAll } from "@/components/test/render";

// React runs state updates inside act() synchronously in tests when this flag is set.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  unmountAll();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
