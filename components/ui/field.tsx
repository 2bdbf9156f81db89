import type { ComponentProps, ReactNode } from "react";

/**
 * A labelled input. `ref`, `name`, `onChange` and `onBlur` reach the input (React 19 passes `ref` as a
 * prop), so react-hook-form's `register` works on it; `error` is shown under it and marks it invalid.
 */
export function Field({
  label,
  hint,
  error,
  id,
  ref,
  ...props
}: ComponentProps<"input"> & { label: string; hint?: ReactNode; error?: string; id: string }) {
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        ref={ref}
        id={id}
        name={id}
        className={`block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100 ${error ? "border-red-400" : "border-slate-300"}`}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        {...props}
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-xs text-red-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}
