// Which database this process serves, for the few places that differ (kept free of Prisma so the
// custom server's endpoints can ask without loading its client: see lib/server/hot).
import { getEnv } from "../env";
import { providerOf } from "./database-url";

export const isPostgres = (): boolean => providerOf(getEnv().DATABASE_URL) === "postgresql";
