// A small seeded generator (mulberry32) so the simulator's variety (sparse records, push kinds, traffic) repeats
// for a given seed. `SIMULATOR_RANDOM_SEED` or `startSimulator({ seed })` chooses it; the default seed is 1.

export function createSeededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function resolveSimulatorSeed(seed: number | undefined, env: NodeJS.ProcessEnv = process.env): number {
  if (seed !== undefined) return seed;
  const fromEnv = Number.parseInt(env.SIMULATOR_RANDOM_SEED ?? "", 10);
  return Number.isFinite(fromEnv) ? fromEnv : 1;
}

/** A copy of `items` in a seeded order: for lists whose order the spec does not promise. */
export function shuffleSeeded<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Draw helpers over one seeded generator: the demo seed and the simulator's demo world share them. */
export function seededDraws(random: () => number) {
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => int(0, 9)).join("");
  // A number as marketplaces print it: no leading zero.
  const number = (n: number) => `${int(1, 9)}${digits(n - 1)}`;
  const hex = (n: number) => Array.from({ length: n }, () => int(0, 15).toString(16)).join("");
  const uuid = () => {
    const h = hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${"89ab"[int(0, 3)]}${h.slice(17, 20)}-${h.slice(20)}`;
  };
  const ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  const alnum = (n: number) => Array.from({ length: n }, () => pick([...ALNUM])).join("");
  return { next: random, int, pick, digits, number, hex, uuid, alnum };
}
export type SeededDraws = ReturnType<typeof seededDraws>;
