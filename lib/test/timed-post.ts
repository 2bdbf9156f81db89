import http from "node:http";

// The load of the benchmarks and the multi-instance test: one POST on a shared keep-alive pool, timed
// from the call to the end of the answer, and the latency percentiles of many.

export const keepAliveAgent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** Never rejects: a connection that fails is status 0, timed like any other answer. */
export function timedPost(url: string, body: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      url,
      {
        method: "POST",
        agent: keepAliveAgent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
      },
    );
    req.on("error", () => resolve({ status: 0, ms: performance.now() - started }));
    req.end(body);
  });
}

export function latencyPercentiles(latencies: readonly number[]): { p50: number; p99: number; max: number } {
  const ms = [...latencies].sort((a, b) => a - b);
  const q = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))] ?? 0;
  return { p50: q(0.5), p99: q(0.99), max: ms.at(-1) ?? 0 };
}
