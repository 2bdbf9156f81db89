// GET /api/chats/[id]/labels - the chat's labels; PATCH - put one on or take it off
import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { parseJson, withMember } from "@/lib/http/route";
import { chatLabelChangeSchema } from "@/lib/labels/label-schema";
import { chatLabels, setChatLabel } from "@/lib/labels/set-chat-label";
import { pathId } from "@/lib/http/route-params";

export const GET = withMember(async ({ params, member }) => {
  const chat = await prisma().chat.findFirst({
    where: { id: pathId(params), workspaceId: member.workspaceId },
    select: { id: true },
  });
  if (!chat) throw notFound("Chat not found");
  return NextResponse.json(await chatLabels({ chatId: chat.id }));
});

export const PATCH = withMember(async ({ req, params, member }) => {
  const change = await parseJson(req, chatLabelChangeSchema);
  return NextResponse.json(await setChatLabel({ workspaceId: member.workspaceId, chatId: pathId(params), ...change }));
});
