import { featureValue, hashedInput, softmax, type Head, type ModelInput } from "@/lib/ai/classify/linear-model";

// Training of one head of the linear model (lib/ai/classify/linear-model.ts): the intent and sentiment
// heads of npm run train:classifier and the guardrail head of npm run train:guardrails. Deterministic:
// no random initialisation and no shuffling, so the same training text gives the same file.

export type TrainOptions = { buckets: number; epochs: number; l2: number; rate?: number; minDocs?: number };

// Training reads only the features seen in minDocs messages (a feature seen once is noise and gets no
// weight); a message is still scaled by all its features, as the shipped model scales it at run time.
export function trainingInputs(docs: readonly string[][], { buckets, minDocs = 2 }: TrainOptions): ModelInput[] {
  const df = new Map<string, number>();
  for (const doc of docs) for (const f of doc) df.set(f, (df.get(f) ?? 0) + 1);
  return docs.map((doc) => ({
    ...hashedInput(
      doc.filter((f) => df.get(f)! >= minDocs),
      buckets,
    ),
    count: doc.length,
  }));
}

// Full-batch gradient descent with Adam on sparse binary features. Each message's gradient is
// weighted by the inverse frequency of its label, so rare labels are not drowned.
export function trainHead(
  docs: readonly ModelInput[],
  targets: readonly number[],
  labels: readonly string[],
  { buckets: size, epochs, l2, rate = 0.05 }: TrainOptions,
): Head {
  const K = labels.length;
  const counts = labels.map((_, k) => targets.filter((t) => t === k).length);
  const classWeight = counts.map((n) => (n ? docs.length / (K * n) : 0));
  const w = Array.from({ length: size }, () => new Float64Array(K));
  const b = new Float64Array(K);
  const m = Array.from({ length: size }, () => new Float64Array(K));
  const v = Array.from({ length: size }, () => new Float64Array(K));
  const mb = new Float64Array(K);
  const vb = new Float64Array(K);
  const gw = Array.from({ length: size }, () => new Float64Array(K));
  const gb = new Float64Array(K);
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (const g of gw) g.fill(0);
    gb.fill(0);
    docs.forEach(({ ids: doc, count }, d) => {
      const x = featureValue(count);
      const scores = Array.from(b);
      for (const f of doc) for (let k = 0; k < K; k++) scores[k]! += w[f]![k]! * x;
      const p = softmax(scores);
      const weight = classWeight[targets[d]!]! / docs.length;
      for (let k = 0; k < K; k++) {
        const g = (p[k]! - (targets[d] === k ? 1 : 0)) * weight;
        gb[k]! += g;
        for (const f of doc) gw[f]![k]! += g * x;
      }
    });
    const step = (param: Float64Array, grad: Float64Array, mm: Float64Array, vv: Float64Array, decay: number) => {
      for (let k = 0; k < K; k++) {
        const g = grad[k]! + decay * param[k]!;
        mm[k] = b1 * mm[k]! + (1 - b1) * g;
        vv[k] = b2 * vv[k]! + (1 - b2) * g * g;
        param[k]! -= (rate * (mm[k]! / (1 - b1 ** epoch))) / (Math.sqrt(vv[k]! / (1 - b2 ** epoch)) + eps);
      }
    };
    for (let f = 0; f < size; f++) step(w[f]!, gw[f]!, m[f]!, v[f]!, l2);
    step(b, gb, mb, vb, 0);
  }
  // One signed byte per weight: the largest weight is 127 times the scale.
  const scale = Math.max(1e-9, ...w.map((row) => Math.max(...Array.from(row, Math.abs)))) / 127;
  const weights = new Int8Array(size * K);
  w.forEach((row, f) => row.forEach((x, k) => (weights[f * K + k] = Math.round(x / scale))));
  return { labels: [...labels], bias: Array.from(b, (x) => Math.round(x * 1000) / 1000), scale, weights };
}
