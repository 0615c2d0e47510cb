// Public by design: monitoring probes call it without a session; it reveals no user data.
import { getHealth } from "@/lib/server/health/get-health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await getHealth();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
