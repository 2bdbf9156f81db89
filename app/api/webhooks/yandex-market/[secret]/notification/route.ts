// POST /api/webhooks/yandex-market/[secret]/notification - the earlier spelling of the Yandex Market
// notification URL, still pasted in sellers' cabinets: answered by the same handler as /api/webhooks/yandex_market.
export { POST } from "@/app/api/webhooks/yandex_market/[secret]/notification/route";
