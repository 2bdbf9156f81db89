import bcrypt from "bcryptjs";

// bcrypt with cost 10: ~70 ms per check here, slow enough for stored hashes, fast enough for sign-in.
const COST = 10;

export function hashPassword({ password }: { password: string }): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword({ password, hash }: { password: string; hash: string }): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// A real bcrypt hash of a throwaway password, same cost: checking against it when the account does not
// exist (or has no password) takes as long as a real check, so sign-in time does not reveal accounts.
const DUMMY_HASH = "$2b$10$WL7N7MaA0NxBAKDcINhIee1wntLs7qhlH/fxrI7gCfQjQLBjJ1ABO";

/** verifyPassword that spends the same time when there is no hash to compare against. */
export async function verifyPasswordOrDummy({
  password,
  hash,
}: {
  password: string;
  hash: string | null | undefined;
}): Promise<boolean> {
  const ok = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return Boolean(hash) && ok;
}
