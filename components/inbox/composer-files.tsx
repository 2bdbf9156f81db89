"use client";

import { megabytes as mb } from "@/components/inbox/composer-text";
import type { ReplyRules } from "@/lib/inbox/reply-files";
import { useI18n } from "@/components/providers";
import { PaperclipIcon } from "@/components/ui/icons";

type Attachments = NonNullable<ReplyRules["attachments"]>;

/** The files attached to the reply being written, each with its size and "remove". */
export function ComposerFileList({ files, onRemove }: { files: File[]; onRemove: (index: number) => void }) {
  const { t, fmt } = useI18n();
  if (files.length === 0) return null;
  return (
    <ul className="mt-2 flex flex-wrap gap-2" aria-label={t.composer.attach}>
      {files.map((f, i) => (
        <li
          key={`${f.name}-${i}`}
          className="flex items-center gap-1 rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700"
        >
          <PaperclipIcon size={16} /> {f.name} <span className="text-slate-500">({mb(f.size)} MB)</span>
          <button
            type="button"
            aria-label={fmt(t.composer.removeFile, { name: f.name })}
            className="px-1 text-slate-500 hover:text-red-600"
            onClick={() => onRemove(i)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

/** "Attach": picks files of the types and sizes the marketplace takes (named in its hint). */
export function AttachPicker({ attachments, onPick }: { attachments: Attachments; onPick: (files: File[]) => void }) {
  const { t, fmt } = useI18n();
  return (
    <label
      className="flex cursor-pointer items-center gap-1 rounded-md px-2 py-1 text-sm text-slate-600 focus-within:ring-2 focus-within:ring-brand-500 hover:bg-slate-100"
      title={fmt(t.composer.attachHint, { types: attachments.mimeTypes.join(", "), mb: mb(attachments.maxFileBytes) })}
    >
      <PaperclipIcon size={16} /> {t.composer.attach}
      <input
        type="file"
        multiple
        className="sr-only"
        accept={attachments.mimeTypes.join(",")}
        data-testid="composer-file"
        onChange={(e) => {
          onPick(Array.from(e.target.files ?? []));
          e.target.value = "";
        }}
      />
    </label>
  );
}
