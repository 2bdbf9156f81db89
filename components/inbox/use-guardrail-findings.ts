"use client";

import { useEffect, useMemo, useState } from "react";
import type { Finding, Marketplace, MessageType } from "@/lib/ai/types";

type CheckText = typeof import("@/lib/ai/guardrails/check-text").checkText;

// The guardrail lexicons are a large part of the inbox's JavaScript: they load after the page, on
// first use, so the inbox paints without them. Until they arrive there are no highlights; the server
// runs the same check before every send either way.
let loaded: Promise<CheckText> | null = null;

export function useGuardrailFindings({
  text,
  marketplace,
  messageType,
}: {
  text: string;
  marketplace: Marketplace;
  messageType?: MessageType;
}): Finding[] {
  const [check, setCheck] = useState<CheckText | null>(null);
  useEffect(() => {
    let alive = true;
    loaded ??= import("@/lib/ai/guardrails/check-text").then((m) => m.checkText);
    void loaded.then((fn) => alive && setCheck(() => fn));
    return () => {
      alive = false;
    };
  }, []);
  return useMemo(
    () => (check ? check({ text, marketplace, messageType }).findings : []),
    [check, text, marketplace, messageType],
  );
}
