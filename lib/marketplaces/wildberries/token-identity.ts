import { z } from "zod";
import { secretIdentity } from "@/lib/marketplaces/secret-identity";

// A Wildberries API token is a JWT whose `sid` claim is the seller's id (the same for every token the
// seller creates); /ping answers no identity. The claim is read, not verified: it only tells two
// connections of one seller apart within a workspace and grants nothing. A token that is not such a
// JWT is identified by its hash (a second token of the same seller then goes unnoticed).
const claimsSchema = z.object({ sid: z.string().trim().min(1).max(200) });

export function wbTokenIdentity({ token }: { token: string }): string {
  const payload = token.trim().split(".")[1];
  if (payload) {
    try {
      const claims = claimsSchema.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
      if (claims.success) return `seller:${claims.data.sid}`;
    } catch {
      // not a JWT: fall through to the hash
    }
  }
  return `token-${secretIdentity({ secret: token })}`;
}
