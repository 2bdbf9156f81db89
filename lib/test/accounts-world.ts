import * as accounts from "@/app/api/accounts/route";
import { decryptSecret } from "@/lib/crypto/credentials";
import { env } from "@/lib/env";
import { callRoute } from "@/lib/test/call-route";
import { twoWorkspacesPerFile } from "@/lib/test/two-workspaces";

/** What the simulator's Wildberries answers to a malformed token, as the real API words it. */
export const WB_REFUSAL = "token problem; token is malformed: could not base64 decode signature";

export const decrypt = (ciphertext: string) => JSON.parse(decryptSecret({ ciphertext, key: env().APP_ENCRYPTION_KEY }));

/** The accounts API tests' world (two workspaces with two chats each, the simulator) and its connect calls. */
export function accountsWorldPerFile() {
  const w = twoWorkspacesPerFile({ chats: [2, 2], simulator: true });
  const connect = (body: unknown, userId = w.a.owner.id) =>
    callRoute(accounts.POST, { method: "POST", url: "http://localhost/api/accounts", body, userId });
  const connectWb = (token: string, userId = w.a.owner.id) =>
    connect(
      { marketplace: "wildberries", name: "WB test", credentials: { token }, baseUrls: w.sim.baseUrls.wildberries },
      userId,
    );
  return Object.assign(w, { connect, connectWb });
}
