import http from "node:http";
import { readSseFrames } from "@/lib/test/multi-instance";

/** One member stream: when each chat's first "message" change arrived. */
export function openStream(url: string, token: string) {
  const arrivals = new Map<string, number>();
  let ready!: () => void;
  const isReady = new Promise<void>((r) => (ready = r));
  const req = http.get(
    `${url}/api/events`,
    { headers: { cookie: `next-auth.session-token=${token}`, accept: "text/event-stream" }, agent: false },
    (res) => {
      readSseFrames(res, (block) => {
        if (block.includes("event: ready")) ready();
        if (!block.includes("event: change")) return;
        const data = JSON.parse(block.slice(block.indexOf("data: ") + 6)) as { type: string; chatId: string | null };
        if (data.type === "message" && data.chatId && !arrivals.has(data.chatId))
          arrivals.set(data.chatId, performance.now());
      });
    },
  );
  req.on("error", () => {});
  return { arrivals, isReady, close: () => req.destroy() };
}
