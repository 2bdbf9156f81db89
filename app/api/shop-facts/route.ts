// GET /api/shop-facts - the workspace's shop facts for AI drafts; PUT - the owner saves them
import { NextResponse } from "next/server";
import { shopFactsInputSchema } from "@/lib/ai/shop-facts-schema";
import { parseJson, withMember } from "@/lib/http/route";
import { getShopFacts } from "@/lib/shop-facts/get-shop-facts";
import { updateShopFacts } from "@/lib/shop-facts/update-shop-facts";

export const GET = withMember(async ({ member }) =>
  NextResponse.json(await getShopFacts({ workspaceId: member.workspaceId })),
);

export const PUT = withMember(
  async ({ req, member }) => {
    const facts = await parseJson(req, shopFactsInputSchema);
    return NextResponse.json(await updateShopFacts({ workspaceId: member.workspaceId, facts }));
  },
  { role: "OWNER" },
);
