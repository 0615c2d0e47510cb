// Classes: management aimed at a class of ownerOf(c) that has the bystander as a member; joining
// and leaving aimed at a class of the bystander's.
import {
  act,
  instructorKind,
  instructorOwnOrAdmin,
  ownOnly,
  ownerOf,
  shortId,
  type ActorKind,
  type Case,
  type Endpoint,
} from "./case";
import { world } from "./cast";
import { count, insertClass, isMember, type ClassFixture } from "./db";

const classCount = (where: string, ...args: unknown[]) =>
  count(`SELECT count(*) AS n FROM "Class" WHERE ${where}`, ...args);

function manageClass(
  name: string,
  fields: (cls: ClassFixture) => Record<string, string>,
  tookEffect: (cls: ClassFixture) => boolean,
): Endpoint {
  return {
    allowed: instructorOwnOrAdmin,
    prepare: async (c) => insertClass(ownerOf(c).id, world.bystander.id),
    call: async (c) => {
      const cls = c.fixture as ClassFixture;
      await act(c, name, fields(cls), true);
      return tookEffect(cls);
    },
  };
}

export const CLASS_ENDPOINTS: Record<string, Endpoint> = {
  "action lib/actions/classes/create-class.ts#createClassAction": {
    // A class is always its creator's: with someone else's id an ownerId smuggled into the form must
    // be ignored, so the target changes nothing about who may create.
    allowed: (kind: ActorKind) => instructorKind(kind),
    call: async (c: Case) => {
      const name = `Class ${shortId()}`;
      const fields: Record<string, string> = c.target === "own id" ? { name } : { name, ownerId: c.victim.id };
      await act(c, "createClassAction", fields, true);
      return (
        !!c.actor.person &&
        classCount("name = ? AND ownerId = ?", name, c.actor.person.id) === 1 &&
        classCount("name = ? AND ownerId = ?", name, c.victim.id) === 0
      );
    },
  },
  "action lib/actions/classes/rename-class.ts#renameClassAction": manageClass(
    "renameClassAction",
    (cls) => ({ classId: cls.id, name: "Renamed class" }),
    (cls) => classCount("id = ? AND name = ?", cls.id, "Renamed class") === 1,
  ),
  "action lib/actions/classes/regenerate-invite.ts#regenerateInviteAction": manageClass(
    "regenerateInviteAction",
    (cls) => ({ classId: cls.id }),
    (cls) => classCount("id = ? AND inviteCode <> ?", cls.id, cls.inviteCode) === 1,
  ),
  "action lib/actions/classes/delete-class.ts#deleteClassAction": manageClass(
    "deleteClassAction",
    (cls) => ({ classId: cls.id }),
    (cls) => classCount("id = ?", cls.id) === 0,
  ),
  "action lib/actions/classes/set-class-decks.ts#setClassDecksAction": manageClass(
    "setClassDecksAction",
    (cls) => ({ classId: cls.id, deckSlugs: "kubernetes-workloads" }),
    (cls) => count('SELECT count(*) AS n FROM "ClassDeck" WHERE classId = ?', cls.id) === 1,
  ),
  "action lib/actions/classes/remove-member.ts#removeMemberAction": manageClass(
    "removeMemberAction",
    (cls) => ({ classId: cls.id, userId: world.bystander.id }),
    (cls) => !isMember(cls.id, world.bystander.id),
  ),
  "action lib/actions/classes/join-class.ts#joinClassAction": {
    // Own id: the caller joins with a current code. Someone else's id: a userId smuggled into the
    // form must never enrol the victim.
    allowed: ownOnly,
    prepare: async () => insertClass(world.bystander.id),
    call: async (c: Case) => {
      const cls = c.fixture as ClassFixture;
      const joiner = c.target === "own id" ? c.actor.person?.id : c.victim.id;
      const fields: Record<string, string> =
        c.target === "own id" ? { code: cls.inviteCode } : { code: cls.inviteCode, userId: c.victim.id };
      await act(c, "joinClassAction", fields, true);
      return !!joiner && isMember(cls.id, joiner);
    },
  },
  "action lib/actions/classes/leave-class.ts#leaveClassAction": {
    allowed: ownOnly,
    prepare: async (c: Case) => insertClass(world.bystander.id, ownerOf(c).id),
    call: async (c: Case) => {
      const cls = c.fixture as ClassFixture;
      const fields: Record<string, string> =
        c.target === "own id" ? { classId: cls.id } : { classId: cls.id, userId: c.victim.id };
      await act(c, "leaveClassAction", fields, true);
      return !isMember(cls.id, ownerOf(c).id);
    },
  },
};
