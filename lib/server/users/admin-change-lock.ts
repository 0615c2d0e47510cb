import "server-only";
import { db } from "../db";

/**
 * The first statement of every transaction that may remove an admin. Writing one fixed row makes
 * such transactions take turns on PostgreSQL too (where two at once would each count the other's
 * admin as still there, and both succeed); the next one's count then sees the first one's change.
 * SQLite runs one writer at a time, so there it costs one small write.
 */
export const lockAdminChanges = () =>
  db.$executeRaw`INSERT INTO "AppSetting" ("key", "value") VALUES ('lock:admin-roles', '') ON CONFLICT ("key") DO UPDATE SET "value" = ''`;
