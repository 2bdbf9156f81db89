import type { LabelColor } from "@/lib/labels/label-schema";

// Full class names (Tailwind finds them in the source): a light fill with dark text, AA contrast on each.
export const LABEL_CLASSES: Record<LabelColor, { chip: string; dot: string }> = {
  slate: { chip: "bg-slate-100 text-slate-800 ring-slate-300", dot: "bg-slate-500" },
  red: { chip: "bg-red-100 text-red-800 ring-red-300", dot: "bg-red-500" },
  orange: { chip: "bg-orange-100 text-orange-800 ring-orange-300", dot: "bg-orange-500" },
  amber: { chip: "bg-amber-100 text-amber-900 ring-amber-300", dot: "bg-amber-500" },
  green: { chip: "bg-green-100 text-green-800 ring-green-300", dot: "bg-green-600" },
  teal: { chip: "bg-teal-100 text-teal-800 ring-teal-300", dot: "bg-teal-600" },
  blue: { chip: "bg-blue-100 text-blue-800 ring-blue-300", dot: "bg-blue-600" },
  violet: { chip: "bg-violet-100 text-violet-800 ring-violet-300", dot: "bg-violet-600" },
  pink: { chip: "bg-pink-100 text-pink-800 ring-pink-300", dot: "bg-pink-600" },
};

export function labelClasses(color: string) {
  return LABEL_CLASSES[color as LabelColor] ?? LABEL_CLASSES.slate;
}

/** A label as a small chip; the name is text, never markup. */
export function LabelChip({ name, color, compact = false }: { name: string; color: string; compact?: boolean }) {
  return (
    <span
      data-testid="label-chip"
      className={`inline-flex max-w-32 shrink-0 items-center truncate rounded-full px-1.5 ring-1 ring-inset ${compact ? "text-[10px]" : "text-xs"} font-medium ${labelClasses(color).chip}`}
    >
      <span className="truncate" data-user-content>
        {name}
      </span>
    </span>
  );
}

export function LabelDot({ color }: { color: string }) {
  return <span aria-hidden className={`inline-block size-2.5 shrink-0 rounded-full ${labelClasses(color).dot}`} />;
}
