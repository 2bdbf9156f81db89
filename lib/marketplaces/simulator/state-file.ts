import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";

import { createSimState, type SimState } from "@/lib/marketplaces/simulator/state";

// The simulator's state on disk (`--state-file`, `.data/simulator-state.bin` under `npm run dev`), so chats,
// replies and reviews survive a restart. Node's structured serialisation keeps what JSON cannot (Map, Set,
// BigInt, bytes). The request log and webhook deliveries are not kept: they hold request headers.

const FORMAT = 1;

type Snapshot = { format: number; state: SimState };

function snapshot(state: SimState): Buffer {
  return v8.serialize({ format: FORMAT, state: { ...state, requests: [], webhookDeliveries: [] } } satisfies Snapshot);
}

/** Every part of today's state, with the fields it has today: a file from an older simulator is not used. */
function matchesShape(loaded: unknown): loaded is SimState {
  const fresh = createSimState(new Date()) as Record<string, unknown>;
  if (!loaded || typeof loaded !== "object") return false;
  const record = loaded as Record<string, unknown>;
  return Object.entries(fresh).every(([key, value]) => {
    const other = record[key];
    if (Array.isArray(value)) return Array.isArray(other);
    if (value && typeof value === "object")
      return !!other && typeof other === "object" && Object.keys(value).every((k) => k in other);
    return true;
  });
}

/** The saved state, or null when there is none or it cannot be used (then the simulator starts afresh). */
export function readSimStateFile(file: string): SimState | null {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return null;
  }
  try {
    const data = v8.deserialize(bytes) as Partial<Snapshot>;
    return data.format === FORMAT && matchesShape(data.state) ? data.state : null;
  } catch {
    return null;
  }
}

/**
 * Writes the state soon after each request (`touch`), checks for other changes (buyer traffic) every few
 * seconds, and on `flush`. A write replaces the file whole (rename), so a crash leaves the previous one.
 */
export function createStateSaver({
  state,
  file,
  intervalMs = 3000,
}: {
  state: SimState;
  file: string;
  intervalMs?: number;
}) {
  let written: Buffer | null = null;
  let soon: ReturnType<typeof setTimeout> | null = null;
  const save = () => {
    const bytes = snapshot(state);
    if (written?.equals(bytes)) return;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, file);
    written = bytes;
  };
  const interval = setInterval(save, intervalMs);
  interval.unref();
  return {
    touch() {
      if (soon) clearTimeout(soon);
      soon = setTimeout(save, 200);
      soon.unref();
    },
    flush() {
      if (soon) clearTimeout(soon);
      clearInterval(interval);
      save();
    },
  };
}
