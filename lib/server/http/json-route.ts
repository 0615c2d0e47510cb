import "server-only";
import { AppError, errorResponse } from "../errors";

/** Runs a route handler body; AppErrors become their JSON status, anything else propagates. */
export async function jsonRoute(work: () => Promise<Response | unknown>): Promise<Response> {
  try {
    const result = await work();
    return result instanceof Response ? result : Response.json(result, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error, { "Cache-Control": "no-store" });
    throw error;
  }
}
