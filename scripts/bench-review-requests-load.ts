// The load of npm run bench:review-requests: POS/CRM webhooks with re-deliveries of earlier orders, sent open
// loop at a fixed rate, and the latency each answer took.
import http from "node:http";
import { performance } from "node:perf_hooks";

const DUPLICATE_SHARE = 0.3;

export type Shot = { url: string; body: string; contentType: string; sourceEventId?: string; source: string };

function payload(source: string, n: number): { body: string; contentType: string; sourceEventId: string } {
  const phone = `+7916${String(1_000_000 + n).slice(-7)}`;
  const id = `bench-${n}`;
  switch (source) {
    case "iiko":
      return {
        sourceEventId: id,
        contentType: "application/json",
        body: JSON.stringify({
          eventType: "DeliveryOrderUpdate",
          eventInfo: { id, order: { id, status: "Delivered", customer: { phone, name: "Иван" } } },
        }),
      };
    case "rkeeper":
      return {
        sourceEventId: id,
        contentType: "application/json",
        body: JSON.stringify({ order: { id, status: "Выполнен", customer: { phone } } }),
      };
    case "yclients":
      return {
        sourceEventId: id,
        contentType: "application/json",
        body: JSON.stringify({
          resource: { id, visit_attendance: 1, deleted: false, client: { name: "Ольга", phone } },
          webhook_type: "record_changed",
        }),
      };
    default: {
      // amoCRM as it really posts: form-encoded, legacy custom_fields.
      const form = new URLSearchParams({
        "leads[status][0][id]": id,
        "leads[status][0][status_id]": "142",
        "contacts[update][0][id]": String(n),
        "contacts[update][0][custom_fields][0][name]": "Телефон",
        "contacts[update][0][custom_fields][0][values][0][value]": phone.slice(1),
      });
      return { sourceEventId: id, contentType: "application/x-www-form-urlencoded", body: form.toString() };
    }
  }
}

/** 1,000 shots: ~70% new orders, ~30% re-deliveries of an order already sent, in a fixed pseudo-random order. */
export function buildLoad(baseUrl: string, total: number): { shots: Shot[]; unique: Set<string> } {
  const sources = ["iiko", "rkeeper", "yclients", "amocrm"];
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const shots: Shot[] = [];
  const unique = new Set<string>();
  for (let i = 0; i < total; i++) {
    const previous = shots.filter((s) => s.sourceEventId);
    const shot =
      previous.length > 10 && random() < DUPLICATE_SHARE
        ? previous[Math.floor(random() * previous.length)]!
        : undefined;
    if (shot) {
      shots.push(shot);
      continue;
    }
    const source = sources[i % sources.length]!;
    const p = payload(source, i);
    unique.add(`${source}:${p.sourceEventId}`);
    shots.push({ url: `${baseUrl}/api/webhook/${source}?key=demo-${source}`, source, ...p });
  }
  return { shots, unique };
}

export async function fire({ shots, rate, method = "POST" }: { shots: Shot[]; rate: number; method?: "GET" | "POST" }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const latencies: number[] = [];
  const statuses = new Map<string, number>();
  const start = performance.now();
  const pending = shots.map(
    (shot, i) =>
      new Promise<void>((resolve) => {
        // Open loop: each request leaves on schedule, whether or not earlier ones have been answered.
        const due = start + (i * 1000) / rate;
        setTimeout(
          () => {
            const sent = performance.now();
            const url = new URL(shot.url);
            const req = http.request(
              {
                hostname: url.hostname,
                port: url.port,
                path: url.pathname + url.search,
                method,
                agent,
                headers: { "content-type": shot.contentType, "content-length": Buffer.byteLength(shot.body) },
              },
              (res) => {
                let text = "";
                res.setEncoding("utf8");
                res.on("data", (chunk: string) => (text += chunk));
                res.on("end", () => {
                  latencies.push(performance.now() - sent);
                  let key = String(res.statusCode);
                  try {
                    const outcome = (JSON.parse(text) as { outcome?: string }).outcome;
                    if (outcome) key += ` ${outcome}`;
                  } catch {
                    /* baseline answers are not webhook outcomes */
                  }
                  statuses.set(key, (statuses.get(key) ?? 0) + 1);
                  resolve();
                });
              },
            );
            req.on("error", (error) => {
              statuses.set(`error ${error.message}`, (statuses.get(`error ${error.message}`) ?? 0) + 1);
              resolve();
            });
            req.end(shot.body);
          },
          Math.max(0, due - performance.now()),
        );
      }),
  );
  await Promise.all(pending);
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)] ?? NaN;
  return {
    n: latencies.length,
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    max: latencies.at(-1) ?? NaN,
    rate: shots.length / seconds,
    statuses,
  };
}

export function report(name: string, r: Awaited<ReturnType<typeof fire>>) {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(
    `${name.padEnd(24)} n=${r.n}  p50 ${ms(r.p50)}  p90 ${ms(r.p90)}  p99 ${ms(r.p99)}  max ${ms(r.max)}  (${r.rate.toFixed(0)} req/s sent)`,
  );
  console.log(`${"".padEnd(24)} answers: ${[...r.statuses].map(([k, v]) => `${k} × ${v}`).join(", ")}`);
}
