import { getEnv } from "../env";
import { checkDatabaseFile } from "./prepare-database";

export async function verifyDatabaseOnBoot(): Promise<void> {
  try {
    const env = getEnv();
    checkDatabaseFile(env.databaseFile);
    const { db } = await import("../db");
    await db.$connect(); // configures and checks the connection's pragmas (sqlite-adapter.ts)
  } catch (error) {
    console.error(`KubeDrill cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
}
