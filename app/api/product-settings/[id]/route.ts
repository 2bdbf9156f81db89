// DELETE /api/product-settings/[id] - forget one product's settings (owners)
import { deleteProductSetting } from "@/lib/follow-ups/delete-product-setting";
import { withMember } from "@/lib/http/route";

export const DELETE = withMember(
  async ({ params, member }) => {
    await deleteProductSetting({ workspaceId: member.workspaceId, productSettingId: String(params.id) });
    return new Response(null, { status: 204 });
  },
  { role: "OWNER" },
);
