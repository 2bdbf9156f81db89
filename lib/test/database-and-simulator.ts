import { afterAll, beforeAll } from "vitest";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

/** A test file's database and marketplace simulator, opened before its tests and closed after them. */
export function databaseAndSimulatorPerFile(): { readonly db: TestDatabase; readonly sim: Simulator } {
  let db: TestDatabase | undefined;
  let sim: Simulator | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
    sim = await startSimulator();
  });
  afterAll(async () => {
    await sim?.close();
    await db?.cleanup();
  });
  return {
    get db() {
      return db!;
    },
    get sim() {
      return sim!;
    },
  };
}
