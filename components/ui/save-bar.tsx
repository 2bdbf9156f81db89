import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";

/** A settings form's last row: its save button, «saved» once the server has the form, or the refusal. */
export function SaveBar({
  words,
  submitting,
  saved,
  disabled = false,
  error,
  children,
}: {
  /** The form's dictionary section: its button (`saving` while the request is on its way, where it has one), its «saved». */
  words: { save: string; saving?: string; saved: string };
  submitting: boolean;
  saved: boolean;
  disabled?: boolean;
  /** A refusal that belongs to no single field, worded. */
  error?: string;
  /** What else the row says (why saving is held back). */
  children?: ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button type="submit" disabled={submitting || disabled}>
        {submitting && words.saving ? words.saving : words.save}
      </Button>
      {children}
      {saved ? (
        <p role="status" className="text-sm text-green-700">
          {words.saved}
        </p>
      ) : null}
      <FormAlert message={error} className="text-sm text-red-700" />
    </div>
  );
}
