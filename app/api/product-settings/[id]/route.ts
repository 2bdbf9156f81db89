// DELETE /api/product-settings/[id] - forget one product's settings (owners)
import { deleteProductSetting } from "@/lib/follow-ups/delete-product-setting";
import { withMember } from "@/lib/http/route";
import { pathId } from "@/lib/http/route-params";

export const DELETE = withMember(
  async ({ params, member }) => {
    await deleteProductSetting({ workspaceId: member.workspaceId, productSettingId: pathId(params) });
    return new Response(null, { status: 204 });
  },
  { role: "OWNER" },
);
