import { messageFeatures } from "@/lib/ai/classify/features";
import { linearModelFileSchema } from "@/lib/ai/classify/linear-model";
import raw from "@/lib/ai/classify/model.json";

// The trained model (npm run train:classifier writes model.json), parsed once at start.
export const MODEL = linearModelFileSchema.parse(raw);
const INDEX = new Map(MODEL.vocabulary.map((feature, i) => [feature, i]));

export function modelFeatureIds(text: string): number[] {
  const ids: number[] = [];
  for (const feature of messageFeatures(text)) {
    const id = INDEX.get(feature);
    if (id !== undefined) ids.push(id);
  }
  return ids;
}
