// "Download my data": the caller's own data only; anonymous callers get 401.
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { exportMyData } from "@/lib/server/users/account";
import { errorResponse } from "@/lib/server/errors";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const data = await exportMyData({ actor: await getCurrentUser() });
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": 'attachment; filename="kubedrill-my-data.json"',
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
