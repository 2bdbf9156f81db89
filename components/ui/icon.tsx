import type { ReactNode } from "react";

export type IconProps = {
  /** Width and height in pixels. */
  size?: number;
  className?: string;
  /** What the icon says when nothing beside it does; without one the icon is decoration, hidden from readers. */
  title?: string;
};

/**
 * One stroke (or filled) icon in the current text colour. Drawn in SVG: emoji glyphs are missing from many
 * Linux fonts.
 */
export function Icon({
  size = 16,
  className = "",
  title,
  strokeWidth = 2,
  filled = false,
  viewBox = "0 0 24 24",
  children,
}: IconProps & { strokeWidth?: number; filled?: boolean; viewBox?: string; children: ReactNode }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox={viewBox}
      fill={filled ? "currentColor" : "none"}
      stroke={filled ? undefined : "currentColor"}
      strokeWidth={filled ? undefined : strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={`shrink-0 ${className}`}
      role={title ? "img" : undefined}
      aria-hidden={title ? undefined : true}
    >
      {title ? <title>{title}</title> : null}
      {children}
    </svg>
  );
}
