import { notFound } from "next/navigation";
import { z } from "zod";

export const attemptIdSchema = z.string().min(1).max(64);

/** Someone else's (or a missing, or a still open) attempt answers 404, like a page that does not exist. */
export const ATTEMPT_NOT_FOUND = { NOT_FOUND: () => notFound(), CONFLICT: () => notFound() };
