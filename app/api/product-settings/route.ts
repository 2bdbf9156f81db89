// GET /api/product-settings - related products and consumables; POST - save one product's settings (owners)
import { NextResponse } from "next/server";
import { listProductSettings } from "@/lib/follow-ups/list-product-settings";
import { productSettingInputSchema } from "@/lib/follow-ups/product-settings";
import { saveProductSetting } from "@/lib/follow-ups/save-product-setting";
import { parseJson, withMember } from "@/lib/http/route";

export const GET = withMember(async ({ member }) =>
  NextResponse.json(await listProductSettings({ workspaceId: member.workspaceId })),
);

export const POST = withMember(
  async ({ req, member }) => {
    const input = await parseJson(req, productSettingInputSchema);
    return NextResponse.json(await saveProductSetting({ workspaceId: member.workspaceId, input }), { status: 201 });
  },
  { role: "OWNER" },
);
