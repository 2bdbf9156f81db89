import { describe, expect, it } from "vitest";
import { bucketOf, bucketStart, MAX_BUCKET } from "@/lib/reports/report-buckets";

describe("report buckets", () => {
  it("keeps every minute up to ten exact", () => {
    for (const minutes of [0, 1, 7, 10]) expect(bucketStart(bucketOf(minutes * 60 + 59))).toBe(minutes * 60);
  });

  it("rounds longer waits down to the step they fall in", () => {
    expect(bucketStart(bucketOf(13 * 60))).toBe(12 * 60);
    expect(bucketStart(bucketOf(90 * 60))).toBe(90 * 60);
    expect(bucketStart(bucketOf(5 * 3600 + 20 * 60))).toBe(5 * 3600);
    expect(bucketStart(bucketOf(40 * 3600))).toBe(36 * 3600);
    expect(bucketStart(bucketOf(10 * 86_400 + 5 * 3600))).toBe(10 * 86_400);
  });

  it("is monotonic, and caps very long waits in the last bucket", () => {
    let previous = -1;
    for (let s = 0; s < 120 * 86_400; s += 937) {
      const b = bucketOf(s);
      expect(b).toBeGreaterThanOrEqual(previous);
      expect(bucketStart(b)).toBeLessThanOrEqual(s);
      previous = b;
    }
    expect(bucketOf(10 ** 9)).toBe(MAX_BUCKET);
    expect(bucketOf(-5)).toBe(0);
  });
});
