import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";

import { afterEach, describe, expect, it } from "vitest";

import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { buildDemoWorld } from "@/lib/seed/demo-world";

// The simulator's state survives a restart (what `npm run dev` relies on), and a file it cannot use is ignored.

const dirs: string[] = [];
const sims: Simulator[] = [];
afterEach(async () => {
  for (const sim of sims.splice(0)) await sim.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function stateFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sim-state-"));
  dirs.push(dir);
  return path.join(dir, "nested", "simulator-state.bin");
}

async function start(file: string): Promise<Simulator> {
  const sim = await startSimulator({ stateFile: file, demo: buildDemoWorld({ now: new Date() }) });
  sims.push(sim);
  return sim;
}

async function sendOzon(sim: Simulator, chatId: string, text: string): Promise<number> {
  const { clientId, apiKey } = sim.credentials.ozon;
  const res = await fetch(`${sim.baseUrls.ozon.api}/v1/chat/send/message`, {
    method: "POST",
    headers: { "content-type": "application/json", "client-id": clientId, "api-key": apiKey },
    body: JSON.stringify({ chat_id: chatId, text }),
  });
  return res.status;
}

describe("simulator state file", () => {
  it("restores chats, sent replies and buyer messages after a restart, without loading the demo world twice", async () => {
    const file = stateFile();
    const first = await start(file);
    expect(first.restored).toBe(false);
    const demoChat = [...first.state.ozon.chats.keys()][0]!;
    expect(await sendOzon(first, demoChat, "Ответ до перезапуска")).toBe(200);
    const buyer = first.control.injectBuyerMessage({ marketplace: "yandex_market", text: "Где мой заказ?" });
    const counts = {
      wbEvents: first.state.wbChat.events.length,
      ozonChats: first.state.ozon.chats.size,
      ymFeedbacks: first.state.ym.feedbacks.length,
    };
    await first.close();
    sims.splice(0);

    const second = await start(file);
    expect(second.restored).toBe(true);
    expect({
      wbEvents: second.state.wbChat.events.length,
      ozonChats: second.state.ozon.chats.size,
      ymFeedbacks: second.state.ym.feedbacks.length,
    }).toEqual(counts);
    expect(second.control.sentMessages({ marketplace: "ozon" }).map((s) => [s.chatId, s.text])).toEqual([
      [demoChat, "Ответ до перезапуска"],
    ]);
    expect(second.state.ym.chats.get(Number(buyer.chatId))?.messages.map((m) => m.message)).toEqual(["Где мой заказ?"]);
    // Ids keep counting where they stopped: a new Ozon message id is above every restored one.
    expect(await sendOzon(second, demoChat, "Ответ после перезапуска")).toBe(200);
    const ids = second.state.ozon.chats.get(demoChat)!.messages.map((m) => BigInt(m.message_id));
    expect(ids.at(-1)! > ids.slice(0, -1).reduce((a, b) => (a > b ? a : b))).toBe(true);
  });

  it("saves soon after a request, before any shutdown", async () => {
    const file = stateFile();
    const sim = await start(file);
    const chat = [...sim.state.ozon.chats.keys()][1]!;
    expect(await sendOzon(sim, chat, "Сохранено сразу")).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const saved = v8.deserialize(fs.readFileSync(file)) as {
      state: { sent: Array<{ text: string }>; requests: unknown[] };
    };
    expect(saved.state.sent.map((s) => s.text)).toEqual(["Сохранено сразу"]);
    expect(saved.state.requests).toEqual([]);
  });

  it("starts afresh from a file of another format or an unreadable one", async () => {
    for (const bytes of [v8.serialize({ format: 0, state: {} }), Buffer.from("not a state file")]) {
      const file = stateFile();
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, bytes);
      const sim = await start(file);
      expect(sim.restored).toBe(false);
      expect(sim.state.ozon.chats.size).toBeGreaterThan(0);
    }
  });
});
