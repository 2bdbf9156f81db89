import { messageFeatures } from "@/lib/ai/classify/features";
import { hashedInput, linearModelFileSchema, type ModelInput } from "@/lib/ai/classify/linear-model";
import raw from "@/lib/ai/classify/model.json";

// The trained model (npm run train:classifier writes model.json), parsed once at start.
export const MODEL = linearModelFileSchema.parse(raw);

export function modelInput(text: string): ModelInput {
  return hashedInput(messageFeatures(text), MODEL.buckets);
}
