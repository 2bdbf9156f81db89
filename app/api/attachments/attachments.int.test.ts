import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createSimAccount } from "@/lib/test/sim-account";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import * as attachment from "@/app/api/attachments/[id]/route";

// GET /api/attachments/[id]: the file comes through the account's connector (Wildberries' download
// endpoint on the simulator, over HTTP), never as a marketplace URL handed to the browser.

let db: TestDatabase;
let sim: Simulator;
let a: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let b: Awaited<ReturnType<typeof createWorkspaceFixture>>;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);

async function attach(
  workspace: { id: string },
  file: { externalId: string | null; fileName: string; mimeType: string },
  marketplace: "wildberries" | "ozon" = "wildberries",
) {
  const account = await createSimAccount({ workspaceId: workspace.id, sim, marketplace });
  const chat = await db.prisma.chat.create({
    data: {
      workspaceId: workspace.id,
      accountId: account.id,
      marketplace: marketplace === "ozon" ? "ozon" : "wildberries",
      externalId: `c-${Math.random()}`,
      messages: {
        create: [
          {
            author: "BUYER",
            text: "фото",
            attachments: { create: [{ ...file, sourceRef: "https://chat-basket-01.wbbasket.ru/x" }] },
          },
        ],
      },
    },
    include: { messages: { include: { attachments: true } } },
  });
  return chat.messages[0]!.attachments[0]!.id;
}

const get = (id: string, userId = a.operator.id) => callRoute(attachment.GET, { params: { id }, userId });

beforeAll(async () => {
  db = await createTestDatabase();
  sim = await startSimulator();
  a = await createWorkspaceFixture({ name: "Alpha", chats: 0 });
  b = await createWorkspaceFixture({ name: "Beta", chats: 0 });
  sim.state.wbChat.files.set("img-1", { state: "ready", bytes: PNG, contentType: "image/png", name: "фото.png" });
  sim.state.wbChat.files.set("pdf-1", {
    state: "ready",
    bytes: new TextEncoder().encode("%PDF-1.4"),
    contentType: "application/pdf",
    name: "Чек.pdf",
  });
  sim.state.wbChat.files.set("svg-1", {
    state: "ready",
    bytes: new TextEncoder().encode("<svg onload=alert(1)>"),
    contentType: "image/svg+xml",
    name: "x.svg",
  });
  sim.state.wbChat.files.set("wait-1", { state: "pending" } as never);
});
afterAll(async () => {
  await sim.close();
  await db.cleanup();
});

describe("GET /api/attachments/[id]", () => {
  it("serves an image inline with its bytes, fetched with the account's token", async () => {
    const id = await attach(a.workspace, { externalId: "img-1", fileName: "фото.png", mimeType: "image/png" });
    sim.control.clearRequests();
    const res = await get(id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("content-disposition")).toBe("inline; filename*=UTF-8''%D1%84%D0%BE%D1%82%D0%BE.png");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toContain("private");
    const download = sim.control.requests().find((r) => r.path.includes("/download/img-1"));
    expect(download?.headers.authorization).toBe(sim.credentials.wildberries.token);
  });

  it("sends other files, and SVG, as downloads that cannot run in the page", async () => {
    const pdf = await get(
      await attach(a.workspace, { externalId: "pdf-1", fileName: "Чек.pdf", mimeType: "application/pdf" }),
    );
    expect(pdf.status).toBe(200);
    expect(pdf.json).toBe("%PDF-1.4");
    expect(pdf.headers.get("content-disposition")).toMatch(/^attachment; /);
    expect(pdf.headers.get("content-type")).toBe("application/octet-stream");
    const svg = await get(
      await attach(a.workspace, { externalId: "svg-1", fileName: "x.svg", mimeType: "image/svg+xml" }),
    );
    expect(svg.headers.get("content-disposition")).toMatch(/^attachment; /);
    expect(svg.headers.get("content-security-policy")).toContain("sandbox");
  });

  it("a file still under moderation answers 503 with Retry-After", async () => {
    const res = await get(
      await attach(a.workspace, { externalId: "wait-1", fileName: "a.jpg", mimeType: "image/jpeg" }),
    );
    expect(res.status).toBe(503);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("a marketplace without downloads answers 422; a refused file 502; neither leaks the URL", async () => {
    const ozon = await get(
      await attach(a.workspace, { externalId: null, fileName: "a.jpg", mimeType: "image/jpeg" }, "ozon"),
    );
    expect(ozon.status).toBe(422);
    const missing = await get(
      await attach(a.workspace, { externalId: "no-such-file", fileName: "a.jpg", mimeType: "image/jpeg" }),
    );
    expect(missing.status).toBe(502);
    expect(JSON.stringify([ozon.json, missing.json])).not.toContain("wbbasket");
  });

  it("another workspace's attachment answers 404 and is never fetched", async () => {
    const theirs = await attach(b.workspace, { externalId: "img-1", fileName: "фото.png", mimeType: "image/png" });
    sim.control.clearRequests();
    const res = await get(theirs);
    expect(res.status).toBe(404);
    expect(sim.control.requests()).toHaveLength(0);
    expect((await get("no-such-id")).json.error).toEqual(res.json.error);
  });
});
