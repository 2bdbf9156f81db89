"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/components/providers";
import { ConfirmDialog } from "@/components/team/confirm-dialog";
import { useTeamChange } from "@/components/team/use-team-change";
import { formatDate } from "@/lib/i18n/intl-format";

export type TeamInvite = { id: string; email: string; role: "OWNER" | "OPERATOR"; expiresAt: string };

/** One open invitation; owners revoke it after a confirmation. */
export function InviteRow({ invite, isOwner }: { invite: TeamInvite; isOwner: boolean }) {
  const { t, locale, fmt } = useI18n();
  const s = t.security.team;
  const { send, pending, error, clearError } = useTeamChange();
  const [asking, setAsking] = useState(false);
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm" data-testid="invite-row">
      <span>{invite.email}</span>
      <span className="flex items-center gap-2 text-slate-500">
        {t.team.roles[invite.role]} · {t.team.expires} {formatDate(invite.expiresAt, locale, "date")}
        {isOwner ? (
          <Button type="button" variant="dangerGhost" className="px-2 py-1 text-xs" onClick={() => setAsking(true)}>
            {s.revoke}
          </Button>
        ) : null}
      </span>
      <ConfirmDialog
        open={asking}
        title={s.revokeTitle}
        text={fmt(s.revokeConfirm, { email: invite.email })}
        yes={s.revokeYes}
        pending={pending}
        error={error}
        onClose={() => {
          setAsking(false);
          clearError();
        }}
        onYes={async () => {
          if (await send(`/api/invites/${encodeURIComponent(invite.id)}`, { method: "DELETE" })) setAsking(false);
        }}
      />
    </li>
  );
}
