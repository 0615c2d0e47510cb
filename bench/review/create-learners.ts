// Learner accounts made over HTTP exactly as the e2e tests make them: the real sign-up server
// action, then next-auth's credentials sign-in; each learner speaks from its own address.
import { createAccount } from "../../tests/e2e/support/http-accounts";
import type { HttpSession } from "../../tests/e2e/support/http-session";

export type Learner = { email: string; ip: string; cookie: string };

export const learnerIp = (index: number): string => `10.77.${Math.floor(index / 250)}.${(index % 250) + 1}`;

async function createLearner(baseURL: string, index: number, prefix: string): Promise<Learner> {
  const ip = learnerIp(index);
  const email = `${prefix}-${index}@bench.test`;
  const session: HttpSession = await createAccount(baseURL, email, `bench learner ${index} passphrase Ωmega`, ip);
  if (!session.sessionToken()) throw new Error(`no session cookie for ${email}`);
  return { email, ip, cookie: session.cookieHeader() };
}

/**
 * Creates `count` learners, `concurrency` at a time (each costs two argon2id hashes). The first
 * account of a fresh instance becomes its admin, so one throwaway account is made first.
 */
export async function createLearners(baseURL: string, count: number, concurrency = 4): Promise<Learner[]> {
  await createLearner(baseURL, 999, "bench-admin");
  const learners: Learner[] = new Array(count);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < count; index = next++)
      learners[index] = await createLearner(baseURL, index, "bench-learner");
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return learners;
}
