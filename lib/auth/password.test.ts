import bcrypt from "bcryptjs";
import { describe, expect, it, vi } from "vitest";
import { hashPassword, verifyPasswordOrDummy } from "@/lib/auth/password";

// No account enumeration through timing: an unknown account (or one without a password) still costs
// one full bcrypt comparison at the same cost, and never succeeds.
describe("verifyPasswordOrDummy", () => {
  it("compares against a real bcrypt hash of the same cost when there is no account", async () => {
    const spy = vi.spyOn(bcrypt, "compare");
    expect(await verifyPasswordOrDummy({ password: "anything", hash: null })).toBe(false);
    expect(await verifyPasswordOrDummy({ password: "anything", hash: undefined })).toBe(false);
    expect(spy).toHaveBeenCalledTimes(2);
    const dummy = spy.mock.calls[0]![1] as string;
    const real = await hashPassword({ password: "x" });
    expect(bcrypt.getRounds(dummy)).toBe(bcrypt.getRounds(real));
    spy.mockRestore();
  });

  it("checks a real hash as usual", async () => {
    const hash = await hashPassword({ password: "right-password" });
    expect(await verifyPasswordOrDummy({ password: "right-password", hash })).toBe(true);
    expect(await verifyPasswordOrDummy({ password: "wrong-password", hash })).toBe(false);
  });
});
