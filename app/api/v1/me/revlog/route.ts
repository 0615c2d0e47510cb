// The caller's review log as Anki revlog CSV (card_id,review_time,review_rating,review_state,review_duration).
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { errorResponse } from "@/lib/server/errors";
import { exportRevlogCsv } from "@/lib/server/reviews/export-revlog-csv";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const csv = await exportRevlogCsv(await getCurrentUser());
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="kubedrill-revlog.csv"',
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
