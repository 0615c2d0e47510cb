// npm run user:ensure -- --email admin@example.com --role admin   (password from KUBEDRILL_PASSWORD or stdin)
// Creates the account, or resets its password and role. For operators with shell access, e.g. to
// recover a locked-out admin.
import { parseArgs } from "node:util";
import { ensureUser } from "../lib/server/users/ensure-user";
import { ROLES, type Role } from "../lib/core/auth/roles";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string", default: "learner" } },
  });
  if (!values.email || !ROLES.includes(values.role as Role))
    throw new Error(`usage: npm run user:ensure -- --email <email> --role ${ROLES.join("|")}`);
  const password = process.env.KUBEDRILL_PASSWORD ?? (await readStdin());
  const result = await ensureUser({ email: values.email, password, role: values.role as Role });
  console.log(`${result.created ? "created" : "updated"} ${values.email} (${values.role})`);
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
