// One "app process" for the cross-process race test: its own Prisma client and its own in-process
// queue on the shared SQLite file. It loads, says "ready", waits for "go" on stdin, then submits
// its reviews (all at once: they queue in order, as requests would) and prints the outcomes as JSON.
import readline from "node:readline";
import { db } from "@/lib/server/db";
import { recordReview } from "@/lib/server/reviews/record-review";
import type { Actor } from "@/lib/server/auth/current-user";
import type { SubmitReviewInput } from "@/lib/schemas/submit-review";

type Job = { actors: Actor[]; reviews: { actor: number; input: SubmitReviewInput }[]; now: string };

const lines = readline.createInterface({ input: process.stdin });
const iterator = lines[Symbol.asyncIterator]();
const job = JSON.parse((await iterator.next()).value as string) as Job;
await db.user.count(); // connection open and configured before the start line
process.stdout.write("ready\n");
await iterator.next(); // "go"
const now = new Date(job.now);
const outcomes = await Promise.all(job.reviews.map((r) => recordReview(job.actors[r.actor], r.input, now)));
process.stdout.write(JSON.stringify(outcomes) + "\n");
lines.close();
await db.$disconnect();
