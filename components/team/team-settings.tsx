"use client";

import { useI18n } from "@/components/providers";
import { InviteForm } from "@/components/team/invite-form";
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
        {isOwner ? <InviteForm /> : <p className="text-sm text-slate-600">{t.team.ownersOnly}</p>}
      </section>
    </>
  );
}
