import { checkText } from "@/lib/ai/guardrails/check-text";
import { SHOP_FACT_KEYS, type ShopFactKey, type ShopFactsInput } from "@/lib/ai/shop-facts-schema";
import { marketplaceSchema, type Finding, type Intent, type Marketplace, type ShopFacts } from "@/lib/ai/types";

/** A fact on one line for a sentence or a prompt line: line breaks become "; " unless punctuated. */
export function oneLineFact(fact: string): string {
  return fact.replace(/([,;:.!?])?\s*\n+\s*/g, (_, mark: string | undefined) => (mark ? `${mark} ` : "; ")).trim();
}

// Which fact answers which buyer need.
const FACT_FOR_INTENT: Partial<Record<Intent, ShopFactKey>> = {
  delivery: "delivery",
  size_fit: "sizes",
  return: "returns",
  defect: "returns",
};

/**
 * A fact fit to go into a draft for this marketplace: not empty and passing the guardrails by itself.
 * A fact with a phone number, an outside link or a messenger is never used, whatever was saved; the
 * finished draft is checked again anyway.
 */
export function usableFact({
  facts,
  key,
  marketplace,
}: {
  facts: ShopFacts | undefined;
  key: ShopFactKey;
  marketplace: Marketplace;
}): string | undefined {
  const text = facts?.[key]?.trim();
  if (!text) return undefined;
  return blockingFindings(text, marketplace).length ? undefined : text;
}

// Length is the draft's business (the offline drafter drops sentences to fit); the rest is the fact's.
function blockingFindings(text: string, marketplace: Marketplace): Finding[] {
  return checkText({ text, marketplace, messageType: "chat" }).findings.filter(
    (f) => f.severity === "block" && f.kind !== "length",
  );
}

/** The fact that answers a buyer's intent (delivery terms for a delivery question), if the owner wrote it. */
export function factForIntent({
  facts,
  intent,
  marketplace,
}: {
  facts: ShopFacts | undefined;
  intent: Intent;
  marketplace: Marketplace;
}): string | undefined {
  const key = FACT_FOR_INTENT[intent];
  return key ? usableFact({ facts, key, marketplace }) : undefined;
}

/** Every usable fact, for the LLM prompt. */
export function usableFacts({
  facts,
  marketplace,
}: {
  facts: ShopFacts | undefined;
  marketplace: Marketplace;
}): Partial<Record<ShopFactKey, string>> {
  const out: Partial<Record<ShopFactKey, string>> = {};
  for (const key of SHOP_FACT_KEYS) {
    const text = usableFact({ facts, key, marketplace });
    if (text) out[key] = text;
  }
  return out;
}

/** Which facts break the guardrails on any marketplace, with the findings, so the owner fixes them before saving. */
export function factFindings(facts: ShopFactsInput): { key: ShopFactKey; findings: Finding[] }[] {
  return SHOP_FACT_KEYS.flatMap((key) => {
    const text = facts[key];
    if (!text) return [];
    const seen = new Set<string>();
    const findings = marketplaceSchema.options
      .flatMap((marketplace) => blockingFindings(text, marketplace))
      .filter((f) => {
        const id = `${f.kind}:${f.start}:${f.end}`;
        return seen.has(id) ? false : (seen.add(id), true);
      });
    return findings.length ? [{ key, findings }] : [];
  });
}
