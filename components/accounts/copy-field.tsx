"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/components/providers";

/** A read-only value with a copy button (falls back to selecting the text where the clipboard API is off). */
export function CopyField({ value, label }: { value: string; label: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex items-center gap-2">
      <input
        readOnly
        value={value}
        aria-label={label}
        className="min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs text-slate-700"
        onFocus={(e) => e.currentTarget.select()}
      />
      <Button
        type="button"
        variant="secondary"
        className="shrink-0 px-2 py-1 text-xs"
        onClick={async (e) => {
          const input = e.currentTarget.previousElementSibling as HTMLInputElement | null;
          try {
            await navigator.clipboard.writeText(value);
          } catch {
            input?.select();
            document.execCommand("copy");
          }
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        }}
      >
        {copied ? t.accounts.copied : t.accounts.copy}
      </Button>
    </div>
  );
}
