import { messageFeatures } from "@/lib/ai/classify/features";
import { linearModelFileSchema, type ModelInput } from "@/lib/ai/classify/linear-model";
import raw from "@/lib/ai/classify/model.json";

// The trained model (npm run train:classifier writes model.json), parsed once at start.
export const MODEL = linearModelFileSchema.parse(raw);
const INDEX = new Map(MODEL.vocabulary.map((feature, i) => [feature, i]));

export function modelInput(text: string): ModelInput {
  const features = messageFeatures(text);
  const ids: number[] = [];
  for (const feature of features) {
    const id = INDEX.get(feature);
    if (id !== undefined) ids.push(id);
  }
  return { ids, count: features.length };
}
