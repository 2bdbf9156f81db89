// GET /api/accounts - the workspace's marketplace accounts (masked); POST - connect one after a test call
import { NextResponse } from "next/server";
import { connectAccount, connectAccountSchema } from "@/lib/accounts/connect-account";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { publicOrigin } from "@/lib/accounts/public-origin";
import { parseJson, withMember } from "@/lib/http/route";

export const GET = withMember(async ({ req, member }) =>
  NextResponse.json(
    await listAccounts({
      workspaceId: member.workspaceId,
      origin: publicOrigin({ req }),
      showWebhookUrls: member.role === "OWNER",
    }),
  ),
);

export const POST = withMember(
  async ({ req, member }) => {
    const input = await parseJson(req, connectAccountSchema);
    const result = await connectAccount({ workspaceId: member.workspaceId, input, origin: publicOrigin({ req }) });
    return NextResponse.json(result, { status: 201 });
  },
  { role: "OWNER" },
);
