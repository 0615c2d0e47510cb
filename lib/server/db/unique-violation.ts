// A unique index refused an insert: another request (possibly in another process) wrote the same
// key first. Callers read the stored row and answer from it instead of failing.
import { Prisma } from "@/generated/prisma/client";

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
