"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/components/providers";
import { ConfirmDialog } from "@/components/team/confirm-dialog";
import { useTeamChange } from "@/components/team/use-team-change";

type Role = "OWNER" | "OPERATOR";
export type TeamMember = { id: string; name: string | null; email: string; role: Role };

/** One member; owners change the role or remove them, each after a confirmation. */
export function MemberRow({ member, isOwner, isSelf }: { member: TeamMember; isOwner: boolean; isSelf: boolean }) {
  const { t, fmt } = useI18n();
  const s = t.security.team;
  const { send, pending, error, clearError } = useTeamChange();
  const [ask, setAsk] = useState<null | { kind: "remove" } | { kind: "role"; role: Role }>(null);
  const name = member.name ?? member.email;
  const close = () => {
    setAsk(null);
    clearError();
  };

  return (
    <li className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm" data-testid="member-row">
      <span>
        <span className="font-medium" data-user-content>
          {name}
        </span>{" "}
        <span className="text-slate-500">{member.email}</span>
        {isSelf ? <span className="text-slate-500"> ({s.you})</span> : null}
      </span>
      {isOwner ? (
        <span className="flex items-center gap-2">
          <select
            aria-label={fmt(s.roleLabel, { name })}
            value={member.role}
            onChange={(e) => setAsk({ kind: "role", role: e.target.value as Role })}
            className="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs"
          >
            <option value="OPERATOR">{t.team.roles.OPERATOR}</option>
            <option value="OWNER">{t.team.roles.OWNER}</option>
          </select>
          <Button
            type="button"
            variant="dangerGhost"
            className="px-2 py-1 text-xs"
            onClick={() => setAsk({ kind: "remove" })}
          >
            {s.remove}
          </Button>
        </span>
      ) : (
        <span className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-700">{t.team.roles[member.role]}</span>
      )}
      <ConfirmDialog
        open={ask !== null}
        title={ask?.kind === "role" ? s.roleTitle : s.removeTitle}
        text={
          ask?.kind === "role"
            ? fmt(s.roleConfirm, { name, role: t.team.roles[ask.role].toLowerCase() })
            : fmt(s.removeConfirm, { name })
        }
        yes={ask?.kind === "role" ? s.roleYes : s.removeYes}
        pending={pending}
        error={error}
        onClose={close}
        onYes={async () => {
          if (!ask) return;
          const url = `/api/members/${encodeURIComponent(member.id)}`;
          const ok =
            ask.kind === "role"
              ? await send(url, { method: "PATCH", body: { role: ask.role } })
              : await send(url, { method: "DELETE" });
          if (!ok) return;
          setAsk(null);
          // Changing one's own role or leaving ends one's own sessions.
          if (isSelf) window.location.href = "/sign-in";
        }}
      />
    </li>
  );
}
