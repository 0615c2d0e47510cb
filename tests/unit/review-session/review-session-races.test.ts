import { describe, expect, it } from "vitest";
import { initialReviewSession, type RatedReview } from "@/lib/client/review-session/review-session-state";
import {
  makeCardView,
  makePackCard,
  makeView,
  NOW,
  play,
  revealedOf,
  servedSession,
  shownIds,
} from "./review-session-fixtures";

const rating = (cardId: string, expectedReps: number): RatedReview => ({
  reviewId: `review-${cardId}-${expectedReps}`,
  cardId,
  rating: 3,
  expectedReps,
});
const MINUTE = 60_000;

describe("review session: a queue answer older than a rating", () => {
  const a = makeCardView("a", { expectedReps: 2, state: "review" });
  const b = makeCardView("b");
  const c = makeCardView("c");
  const rated = play(
    servedSession([a, b]),
    { type: "revealed", revealed: revealedOf("a") },
    { type: "rated", review: rating("a", 2), now: NOW + 5_000 },
  );

  it("a refill the server built before the rating reached it does not show the rated card again", () => {
    const refilled = play(
      rated,
      { type: "ratingAnswered", review: rating("a", 2), outcome: { status: "recorded" } },
      { type: "refilled", view: makeView([a, c]) },
    );
    expect(shownIds(refilled)).toEqual(["b", "c"]);
  });

  it("a reload or a reconnect with the card as it was rated leaves it out too, while its rating is on its way", () => {
    expect(rated.sending).toEqual(["a"]);
    expect(shownIds(play(rated, { type: "reloaded", view: makeView([a, c]), now: NOW }))).toEqual(["c"]);
    expect(shownIds(play(rated, { type: "reconnected", view: makeView([a, c]) }))).toEqual(["b", "c"]);
  });

  it("the card as it stands after the rating (more reps) is shown, and an undone rating brings it back", () => {
    expect(shownIds(play(rated, { type: "refilled", view: makeView([{ ...a, expectedReps: 3 }]) }))).toEqual([
      "b",
      "a",
    ]);
    const undone = play(
      rated,
      { type: "ratingAnswered", review: rating("a", 2), outcome: { status: "recorded" } },
      { type: "ratingUndone", cardId: "a", rating: 3 },
      { type: "putBack", cardId: "a", view: makeView([b, a]), now: NOW },
    );
    expect(shownIds(undone)).toEqual(["a", "b"]);
    expect(undone.stats.reviewed).toBe(0);
  });

  it("a second tap on a rating button rates once", () => {
    expect(play(rated, { type: "rated", review: rating("b", 0), now: NOW })).toBe(rated);
  });
});

describe("review session: going offline with a stale offline pack", () => {
  const shown = makeCardView("shown");
  const pack = [
    makePackCard("rated-here", { order: 0 }), // pending in this device's outbox
    makePackCard("later", { order: 1, dueAt: new Date(NOW + 2 * 60 * MINUTE).toISOString() }),
    makePackCard("due", { order: 2 }),
    makePackCard("learn-ahead", { order: 3, dueAt: new Date(NOW + 19 * MINUTE).toISOString(), state: "learning" }),
  ];

  it("leaves out cards rated on this device and cards not due within the learn-ahead horizon", () => {
    const offline = play(servedSession([]), { type: "wentOffline", pack, pendingCardIds: ["rated-here"], now: NOW });
    expect(shownIds(offline)).toEqual(["due", "learn-ahead"]);
    expect(offline.counts).toEqual({ new: 1, learning: 1, review: 0 });
    expect(offline.offlineMode).toBe(true);
  });

  it("keeps the card on screen: as revealed, or as its offline copy (which reveals without the server)", () => {
    const revealed = play(
      servedSession([shown]),
      { type: "revealed", revealed: revealedOf("shown") },
      { type: "wentOffline", pack, pendingCardIds: ["rated-here"], now: NOW },
    );
    expect(shownIds(revealed)).toEqual(["shown", "due", "learn-ahead"]);
    expect(revealed.revealed?.cardId).toBe("shown");
    const copied = play(servedSession([shown]), {
      type: "wentOffline",
      pack: [...pack, makePackCard("shown", { order: 4 })],
      pendingCardIds: ["rated-here"],
      now: NOW,
    });
    expect(shownIds(copied)).toEqual(["shown", "due", "learn-ahead"]);
    expect(copied.queue[0]).toHaveProperty("answerHtml");
  });

  it("shows the pack's first card when the one on screen can be neither revealed nor kept", () => {
    const offline = play(servedSession([shown]), { type: "wentOffline", pack, pendingCardIds: [], now: NOW + MINUTE });
    expect(shownIds(offline)).toEqual(["rated-here", "due", "learn-ahead"]);
    expect(offline.shownAt).toBe(NOW + MINUTE);
  });
});

describe("review session: a page the service worker served without a connection", () => {
  const old = makeCardView("rated-since");

  it("drops the served queue before anything can be tapped, then shows the offline pack", () => {
    const served = play(initialReviewSession(makeView([old]), NOW), { type: "servedOffline" });
    expect(shownIds(served)).toEqual([]);
    expect(served.ready).toBe(false);
    expect(
      play(
        served,
        { type: "revealed", revealed: revealedOf("rated-since") },
        { type: "rated", review: rating("rated-since", 0), now: NOW },
      ).sending,
    ).toEqual([]);
    const offline = play(
      served,
      {
        type: "wentOffline",
        pack: [makePackCard("rated-since"), makePackCard("next", { order: 1 })],
        pendingCardIds: ["rated-since"],
        now: NOW,
      },
      { type: "ready" },
    );
    expect(shownIds(offline)).toEqual(["next"]);
    expect(offline.ready).toBe(true);
  });
});

describe("review session: a page served while this device's ratings had not reached the server", () => {
  // Chromium 150 reports navigator.onLine true after an emulated offline reload, and a flaky network
  // does the same: the page can come fresh from the server, which has not seen the waiting ratings.
  const waiting = makeCardView("waiting", { expectedReps: 1, state: "learning" });
  const moved = makeCardView("moved-on", { expectedReps: 3, state: "review" });
  const fresh = makeCardView("fresh");

  it("puts away the cards rated on the device at the reps they were rated at, before anything can be tapped", () => {
    const served = play(
      initialReviewSession({ ...makeView([waiting, moved, fresh]), counts: { new: 5, learning: 2, review: 4 } }, NOW),
      { type: "ratedOnDevice", ratedAt: { waiting: 1, "moved-on": 2 } },
    );
    expect(shownIds(served)).toEqual(["moved-on", "fresh"]); // moved-on: the server already has that rating (reps 3 > 2)
    expect(served.counts).toEqual({ new: 5, learning: 1, review: 4 });
    expect(served.ready).toBe(false);
    // A refill built before those ratings arrive leaves the card out too.
    expect(shownIds(play(served, { type: "ready" }, { type: "refilled", view: makeView([waiting]) }))).toEqual([
      "moved-on",
      "fresh",
    ]);
  });

  it("changes nothing when nothing waits", () => {
    const served = initialReviewSession(makeView([waiting]), NOW);
    expect(play(served, { type: "ratedOnDevice", ratedAt: {} })).toBe(served);
  });
});
