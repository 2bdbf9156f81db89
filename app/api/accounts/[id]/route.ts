// PATCH /api/accounts/[id] - re-check an account, optionally with a new token; DELETE - disconnect it
import { NextResponse } from "next/server";
import { disconnectAccount } from "@/lib/accounts/disconnect-account";
import { publicOrigin } from "@/lib/accounts/public-origin";
import { retestAccount, retestAccountSchema } from "@/lib/accounts/retest-account";
import { parseJson, withMember } from "@/lib/http/route";
import { pathId } from "@/lib/http/route-params";

export const PATCH = withMember(
  async ({ req, params, member }) => {
    const input = await parseJson(req, retestAccountSchema);
    return NextResponse.json(
      await retestAccount({
        workspaceId: member.workspaceId,
        accountId: pathId(params),
        input,
        origin: publicOrigin({ req }),
      }),
    );
  },
  { role: "OWNER" },
);

export const DELETE = withMember(
  async ({ params, member }) =>
    NextResponse.json(await disconnectAccount({ workspaceId: member.workspaceId, accountId: pathId(params) })),
  { role: "OWNER" },
);
