"use client";

import { Dialog } from "@/components/ui/dialog";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/components/providers";

/** A yes/cancel question before a team change; the error of a refused change is shown inside. */
export function ConfirmDialog({
  open,
  title,
  text,
  yes,
  pending,
  error,
  onYes,
  onClose,
}: {
  open: boolean;
  title: string;
  text: string;
  yes: string;
  pending: boolean;
  error: string;
  onYes: () => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Dialog open={open} onClose={onClose} title={title} closeLabel={t.security.team.close}>
      <p className="text-sm text-slate-700">{text}</p>
      {error ? (
        <p role="alert" className="mt-3 text-sm text-red-600">
          {error}
        </p>
      ) : null}
      <div className="mt-4 flex justify-end gap-2">
        <Button type="button" variant="secondary" onClick={onClose}>
          {t.security.team.cancel}
        </Button>
        <Button type="button" variant="danger" disabled={pending} onClick={onYes}>
          {yes}
        </Button>
      </div>
    </Dialog>
  );
}
