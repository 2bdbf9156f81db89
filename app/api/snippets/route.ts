// GET /api/snippets - the workspace's saved replies (every member); POST - add one (owners)
import { NextResponse } from "next/server";
import { parseJson, withMember } from "@/lib/http/route";
import { listSnippets } from "@/lib/inbox/list-snippets";
import { saveSnippet } from "@/lib/inbox/save-snippet";
import { snippetInputSchema } from "@/lib/inbox/snippet-schema";

export const GET = withMember(async ({ member }) =>
  NextResponse.json(await listSnippets({ workspaceId: member.workspaceId })),
);

export const POST = withMember(
  async ({ req, member }) => {
    const input = await parseJson(req, snippetInputSchema);
    return NextResponse.json(await saveSnippet({ workspaceId: member.workspaceId, input }), { status: 201 });
  },
  { role: "OWNER" },
);
