// PUT /api/snippets/[id] - edit a saved reply; DELETE - remove it (owners)
import { NextResponse } from "next/server";
import { parseJson, withMember } from "@/lib/http/route";
import { deleteSnippet } from "@/lib/inbox/delete-snippet";
import { saveSnippet } from "@/lib/inbox/save-snippet";
import { snippetInputSchema } from "@/lib/inbox/snippet-schema";
import { pathId } from "@/lib/http/route-params";

export const PUT = withMember(
  async ({ req, params, member }) => {
    const input = await parseJson(req, snippetInputSchema);
    return NextResponse.json(await saveSnippet({ workspaceId: member.workspaceId, snippetId: pathId(params), input }));
  },
  { role: "OWNER" },
);

export const DELETE = withMember(
  async ({ params, member }) => {
    await deleteSnippet({ workspaceId: member.workspaceId, snippetId: pathId(params) });
    return new Response(null, { status: 204 });
  },
  { role: "OWNER" },
);
