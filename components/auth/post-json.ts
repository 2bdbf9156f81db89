/** POSTs JSON for the account forms; a refusal comes back with its reason and Retry-After, never thrown. */
export async function postJson(url: string, body: unknown): Promise<{ ok: boolean; status: number; reason?: string; retryAfter: number; data: unknown }> {
  try {
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const data = (await res.json().catch(() => null)) as { error?: { details?: { reason?: string } } } | null;
    return { ok: res.ok, status: res.status, reason: data?.error?.details?.reason, retryAfter: Number(res.headers.get("retry-after") ?? 0), data };
  } catch {
    return { ok: false, status: 0, retryAfter: 0, data: null };
  }
}
