import http from "node:http";
import { describe, expect, it } from "vitest";
import { applyKeepAlive } from "@/lib/server/keep-alive.mjs";

describe("applyKeepAlive", () => {
  it("keeps idle connections longer than a proxy's 60 s and allows headers longer still", () => {
    const server = applyKeepAlive(http.createServer());
    expect(server.keepAliveTimeout).toBeGreaterThan(60_000);
    expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
  });
});
