import * as avitoRoute from "@/app/api/webhooks/avito/[secret]/route";
import * as ozonRoute from "@/app/api/webhooks/ozon/[secret]/route";
import * as ymRoute from "@/app/api/webhooks/yandex_market/[secret]/notification/route";
import type { startRouteServer } from "@/lib/test/route-server";

/** The marketplaces' webhook routes as a route server mounts them, at their paths in the app. */
export const MARKETPLACE_WEBHOOK_ROUTES: Parameters<typeof startRouteServer>[0]["routes"] = [
  {
    method: "POST",
    pattern: /^\/api\/webhooks\/yandex_market\/(?<secret>[^/]+)\/notification$/,
    handler: ymRoute.POST,
  },
  { method: "POST", pattern: /^\/api\/webhooks\/avito\/(?<secret>[^/]+)$/, handler: avitoRoute.POST },
  { method: "POST", pattern: /^\/api\/webhooks\/ozon\/(?<secret>[^/]+)$/, handler: ozonRoute.POST },
];
