"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useI18n } from "@/components/providers";
import { MemberRow, type TeamMember } from "@/components/team/member-row";
import { InviteRow, type TeamInvite } from "@/components/team/invite-row";

type Props = {
  isOwner: boolean;
  currentUserId: string;
  members: TeamMember[];
  invites: TeamInvite[];
};

export function TeamSettings({ isOwner, currentUserId, members, invites }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const [result, setResult] = useState<{ url: string; emailed: boolean } | null>(null);
  const [error, setError] = useState("");
  const [pending, setPending] = useState(false);

  return (
    <>
      <section aria-labelledby="members-h" className="rounded-xl border border-slate-200 bg-white">
        <h2 id="members-h" className="border-b border-slate-200 px-4 py-3 font-semibold">
          {t.team.members}
        </h2>
        <ul className="divide-y divide-slate-100">
          {members.map((m) => (
            <MemberRow key={`${m.id}-${m.role}`} member={m} isOwner={isOwner} isSelf={m.id === currentUserId} />
          ))}
        </ul>
      </section>

      {invites.length ? (
        <section aria-labelledby="invites-h" className="rounded-xl border border-slate-200 bg-white">
          <h2 id="invites-h" className="border-b border-slate-200 px-4 py-3 font-semibold">
            {t.team.invites}
          </h2>
          <ul className="divide-y divide-slate-100">
            {invites.map((i) => (
              <InviteRow key={i.id} invite={i} isOwner={isOwner} />
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="invite-h" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="invite-h" className="mb-3 font-semibold">
          {t.team.inviteTitle}
        </h2>
        {isOwner ? (
          <form
            className="flex flex-col gap-3 sm:flex-row sm:items-end"
            onSubmit={async (e) => {
              e.preventDefault();
              const form = e.currentTarget;
              const data = Object.fromEntries(new FormData(form));
              setPending(true);
              setError("");
              setResult(null);
              const res = await fetch("/api/invites", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(data) });
              const body = await res.json().catch(() => null);
              setPending(false);
              if (!res.ok) return setError(body?.error?.message ?? t.errors.generic);
              setResult(body);
              form.reset();
              router.refresh();
            }}
          >
            <div className="flex-1">
              <Field id="invite-email" name="email" type="email" label={t.team.email} required />
            </div>
            <div className="space-y-1">
              <label htmlFor="invite-role" className="block text-sm font-medium text-slate-700">
                {t.team.role}
              </label>
              <select id="invite-role" name="role" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
                <option value="OPERATOR">{t.team.roles.OPERATOR}</option>
                <option value="OWNER">{t.team.roles.OWNER}</option>
              </select>
            </div>
            <Button type="submit" disabled={pending}>
              {t.team.send}
            </Button>
          </form>
        ) : (
          <p className="text-sm text-slate-600">{t.team.ownersOnly}</p>
        )}
        {error ? (
          <p role="alert" className="mt-3 text-sm text-red-600">
            {error}
          </p>
        ) : null}
        {result ? (
          <div className="mt-3 space-y-1 text-sm" data-testid="invite-result">
            {result.emailed ? <p className="text-green-700">{t.team.emailed}</p> : null}
            <p>{t.team.linkCreated}</p>
            <input readOnly value={result.url} aria-label={t.team.linkCreated} className="w-full rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
          </div>
        ) : null}
      </section>
    </>
  );
}
