"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";

/** A modal on the native <dialog>: focus moves in and back, Esc closes, the page behind is inert. */
export function Dialog({
  open,
  onClose,
  title,
  closeLabel,
  children,
  wide = false,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  closeLabel: string;
  children: ReactNode;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby={titleId}
      className={`m-auto w-[calc(100%-2rem)] rounded-xl border border-slate-200 p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40 ${wide ? "max-w-2xl" : "max-w-md"}`}
    >
      {open ? (
        <div className="flex max-h-[85dvh] flex-col">
          <div className="flex items-center border-b border-slate-200 px-4 py-3">
            <h2 id={titleId} className="font-semibold">
              {title}
            </h2>
            <button
              type="button"
              onClick={onClose}
              className="ml-auto rounded px-2 py-1 text-slate-600 hover:bg-slate-100"
              aria-label={closeLabel}
            >
              ✕
            </button>
          </div>
          <div className="overflow-y-auto p-4">{children}</div>
        </div>
      ) : null}
    </dialog>
  );
}
