"use client";

import { useI18n } from "@/components/providers";

const COLORS = [
  "bg-sky-700",
  "bg-emerald-700",
  "bg-violet-700",
  "bg-rose-700",
  "bg-amber-700",
  "bg-teal-700",
  "bg-indigo-700",
  "bg-fuchsia-700",
];

export function initials(name: string | null): string {
  const parts = (name ?? "?").trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "?") + (parts[1]?.[0] ?? "")).toUpperCase();
}

/** The assignee's initials on a colour of their own (stable per user id). */
export function AssigneeAvatar({
  user,
  size = "sm",
}: {
  user: { id: string; name: string | null };
  size?: "sm" | "md";
}) {
  const { t, fmt } = useI18n();
  let hash = 0;
  for (const ch of user.id) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  const label = fmt(t.inbox.assignee, { name: user.name ?? "—" });
  return (
    <span
      role="img"
      aria-label={label}
      title={label}
      data-user-content
      className={`inline-flex shrink-0 items-center justify-center rounded-full font-semibold text-white ${COLORS[hash % COLORS.length]} ${size === "sm" ? "h-5 w-5 text-[9px]" : "h-7 w-7 text-xs"}`}
    >
      {initials(user.name)}
    </span>
  );
}
