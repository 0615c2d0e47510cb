export const ROLES = ["learner", "instructor", "admin"] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { learner: 0, instructor: 1, admin: 2 };

/** Admins can do whatever instructors can, instructors whatever learners can. */
export function roleAtLeast(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}
