"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/components/providers";

export function CopyButton({ value, label }: { value: string; label?: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  return (
    <Button
      type="button"
      variant="secondary"
      className="shrink-0"
      aria-label={label ?? t.reviews.integrations.copy}
      onClick={async () => {
        // The clipboard API needs a secure context; on plain http the text stays selectable.
        await navigator.clipboard?.writeText(value).catch(() => {});
        setCopied(true);
        setTimeout(() => setCopied(false), 1_500);
      }}
    >
      {copied ? t.reviews.integrations.copied : t.reviews.integrations.copy}
    </Button>
  );
}
