// The instructor's deck actions and API tokens, aimed at a deck or token of ownerOf(c) written
// straight into the database before the "before" snapshot.
import {
  act,
  instructorKind,
  instructorOwnOrAdmin,
  ownerOf,
  shortId,
  type ActorKind,
  type Case,
  type Endpoint,
  type Target,
} from "./case";
import { count, deckDraft, insertDeck, insertToken } from "./db";

export const INSTRUCTOR_ENDPOINTS: Record<string, Endpoint> = {
  "action lib/actions/decks/create-deck.ts#createDeckAction": {
    // Someone else's id: the slug of the victim's deck, which creating must never take over.
    allowed: (kind: ActorKind, target: Target) => target === "own id" && instructorKind(kind),
    prepare: async (c: Case) => (c.target === "own id" ? `new-${shortId()}` : insertDeck(c.victim.id)),
    call: async (c: Case) => {
      const slug = String(c.fixture);
      await act(
        c,
        "createDeckAction",
        { slug, title: "Created by the matrix", language: "en", sectionTitle: "General" },
        true,
      );
      return (
        count('SELECT count(*) AS n FROM "Deck" WHERE slug = ? AND title = ?', slug, "Created by the matrix") === 1
      );
    },
  },
  "action lib/actions/decks/save-deck-meta.ts#saveDeckMetaAction": {
    allowed: instructorOwnOrAdmin,
    prepare: async (c: Case) => insertDeck(ownerOf(c).id),
    call: async (c: Case) => {
      const slug = String(c.fixture);
      const fields = {
        slug,
        title: "Renamed by the matrix",
        description: "",
        language: "en",
        sectionId: "general",
        sectionTitle: "General",
      };
      const result = await act(c, "saveDeckMetaAction", fields, true);
      return result.text.includes('"ok":true') && (deckDraft(slug) ?? "").includes("Renamed by the matrix");
    },
  },
  "action lib/actions/decks/publish-deck.ts#publishDeckAction": {
    allowed: instructorOwnOrAdmin,
    prepare: async (c: Case) => insertDeck(ownerOf(c).id),
    call: async (c: Case) => {
      await act(c, "publishDeckAction", { slug: String(c.fixture) }, true);
      return (
        count(
          'SELECT count(*) AS n FROM "Deck" WHERE slug = ? AND isPublished = 1 AND publishedVersion = 1',
          c.fixture,
        ) === 1
      );
    },
  },
  "action lib/actions/decks/set-deck-visibility.ts#setDeckVisibilityAction": {
    allowed: instructorOwnOrAdmin,
    prepare: async (c: Case) => insertDeck(ownerOf(c).id),
    call: async (c: Case) => {
      const result = await act(c, "setDeckVisibilityAction", { slug: String(c.fixture), visibility: "public" }, true);
      return (
        result.text.includes('"ok":true') &&
        count('SELECT count(*) AS n FROM "Deck" WHERE slug = ? AND visibility = ?', c.fixture, "public") === 1
      );
    },
  },
  "action lib/actions/tokens/create-token.ts#createTokenAction": {
    // A token is always the caller's own: a userId smuggled into the form must not make one for the victim.
    allowed: (kind: ActorKind, target: Target) => target === "own id" && instructorKind(kind),
    call: async (c: Case) => {
      const holder = c.target === "own id" ? c.actor.person?.id : c.victim.id;
      const name = `matrix-${shortId()}`; // the shared accounts hold tokens of earlier cases
      const fields: Record<string, string> = c.target === "own id" ? { name } : { name, userId: c.victim.id };
      const result = await act(c, "createTokenAction", fields, true);
      const created =
        !!holder && count('SELECT count(*) AS n FROM "ApiToken" WHERE userId = ? AND name = ?', holder, name) === 1;
      return created && (c.target === "someone else's id" || result.text.includes("kd_"));
    },
  },
  "action lib/actions/tokens/revoke-token.ts#revokeTokenAction": {
    allowed: instructorOwnOrAdmin,
    prepare: async (c: Case) => insertToken(ownerOf(c).id).id,
    call: async (c: Case) => {
      await act(c, "revokeTokenAction", { tokenId: String(c.fixture) }, false);
      return count('SELECT count(*) AS n FROM "ApiToken" WHERE id = ? AND revokedAt IS NOT NULL', c.fixture) === 1;
    },
  },
};
