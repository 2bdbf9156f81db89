"use client";

import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from "react";

// A button and its panel on the browser's popover API: the panel lives in the top layer, so no
// ancestor's overflow or stacking clips it, and the browser closes it on Esc or an outside click.
// The panel is placed under its button and kept inside the viewport (a phone included).

const GAP = 4;
const MARGIN = 8;

export function Popover({
  label,
  trigger,
  triggerClassName,
  panelClassName = "w-80",
  testId,
  children,
}: {
  label: string;
  trigger: ReactNode;
  triggerClassName: string;
  panelClassName?: string;
  testId?: string;
  children: (close: () => void) => ReactNode;
}) {
  const id = useId();
  const anchor = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);

  const place = useCallback(() => {
    const a = anchor.current?.getBoundingClientRect();
    const p = panel.current;
    if (!a || !p) return;
    p.style.top = `${Math.round(a.bottom + GAP)}px`;
    // Right-aligned with the button, but never past the viewport's left edge.
    const width = Math.min(p.offsetWidth, window.innerWidth - 2 * MARGIN);
    const right = Math.max(MARGIN, Math.min(window.innerWidth - a.right, window.innerWidth - MARGIN - width));
    p.style.right = `${Math.round(right)}px`;
    p.style.maxHeight = `${Math.max(160, window.innerHeight - a.bottom - GAP - MARGIN)}px`;
  }, []);

  useEffect(() => {
    const p = panel.current;
    if (!p) return;
    // Placed before it shows (no frame at the default position), then again with its real width.
    const onBeforeToggle = (event: Event) => {
      if ((event as ToggleEvent).newState === "open") place();
    };
    const onToggle = (event: Event) => {
      const isOpen = (event as ToggleEvent).newState === "open";
      setOpen(isOpen);
      if (isOpen) requestAnimationFrame(place);
    };
    p.addEventListener("beforetoggle", onBeforeToggle);
    p.addEventListener("toggle", onToggle);
    window.addEventListener("resize", place);
    return () => {
      p.removeEventListener("beforetoggle", onBeforeToggle);
      p.removeEventListener("toggle", onToggle);
      window.removeEventListener("resize", place);
    };
  }, [place]);

  const close = useCallback(() => panel.current?.hidePopover(), []);
  return (
    <>
      <button
        ref={anchor}
        type="button"
        popoverTarget={id}
        aria-expanded={open}
        aria-label={label}
        data-testid={testId}
        className={triggerClassName}
      >
        {trigger}
      </button>
      <div
        ref={panel}
        id={id}
        popover="auto"
        role="dialog"
        aria-label={label}
        className={`fixed inset-auto m-0 max-w-[calc(100vw-1rem)] overflow-y-auto rounded-md border border-slate-200 bg-white p-2 text-sm whitespace-normal text-slate-900 shadow-lg ${panelClassName}`}
      >
        {/* eslint-disable-next-line react-hooks/refs -- children get close() for their handlers; it reads the ref only when called, never during render */}
        {open ? children(close) : null}
      </div>
    </>
  );
}
