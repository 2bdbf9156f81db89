// POST /api/negative-reviews/[id]/suggestion - an empathetic first message from the AI drafter
import { NextResponse } from "next/server";
import { withMember } from "@/lib/http/route";
import { suggestFirstMessage } from "@/lib/inbox/suggest-case-first-message";
import { pathId } from "@/lib/http/route-params";

export const POST = withMember(async ({ params, member }) =>
  NextResponse.json(await suggestFirstMessage({ workspaceId: member.workspaceId, caseId: pathId(params) })),
);
