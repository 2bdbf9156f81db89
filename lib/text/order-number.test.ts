import { describe, expect, it } from "vitest";
import { displayOrderNumber } from "@/lib/text/order-number";

describe("displayOrderNumber", () => {
  it("keeps the numbers buyers see", () => {
    for (const n of ["83746791-8418-1", "402-1234567-1234567", "1234567890", "401581255", "12345678901234567890"])
      expect(displayOrderNumber(n)).toBe(n);
  });

  it("drops internal hashes and UUIDs, and empty values", () => {
    expect(displayOrderNumber("9f86d081884c7d659a2feaa0c55ad015")).toBeNull();
    expect(displayOrderNumber("5c0b4b2e-7e4f-4f8e-9d64-0c2f9b6a1e11")).toBeNull();
    expect(displayOrderNumber("  ")).toBeNull();
    expect(displayOrderNumber(null)).toBeNull();
  });
});
