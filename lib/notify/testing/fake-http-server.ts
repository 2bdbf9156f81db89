import type { IncomingHttpHeaders } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedRequest = { method: string; url: string; headers: IncomingHttpHeaders; body: string };
export type FakeReply = {
  status?: number;
  json?: unknown;
  text?: string;
  headers?: Record<string, string>;
  delayMs?: number;
  hang?: boolean;
};

/**
 * A provider stand-in on 127.0.0.1 and an ephemeral port, for tests. Records every request
 * and answers with whatever `reply` returns for it.
 */
export async function startFakeServer(reply: (request: RecordedRequest) => FakeReply | Promise<FakeReply>): Promise<{
  baseUrl: string;
  requests: RecordedRequest[];
  close: () => Promise<void>;
}> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const recorded = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(recorded);
      const answer = await reply(recorded);
      if (answer.hang) return; // never answer: exercises the client timeout
      if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
      const body = answer.json === undefined ? (answer.text ?? "") : JSON.stringify(answer.json);
      res.writeHead(answer.status ?? 200, {
        "content-type": answer.json === undefined ? "text/plain" : "application/json",
        ...answer.headers,
      });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
