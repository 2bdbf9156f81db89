import { readFileSync } from "node:fs";
import path from "node:path";

import YAML from "yaml";

/** Verbatim copies of ../shared/marketplace-apis (spec-copies.test.ts keeps them equal to the originals). */
export const SPECS_DIR = path.join(import.meta.dirname, "specs");

export function readSpecFile(file: string): Record<string, unknown> {
  const text = readFileSync(path.join(SPECS_DIR, file), "utf8");
  return (file.endsWith(".yaml") ? YAML.parse(text) : JSON.parse(text)) as Record<string, unknown>;
}
