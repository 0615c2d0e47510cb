/**
 * The deck endpoints aim at a deck of ownerOf(c). Import and export also take API tokens: own decks
 * are tried with the session (same-origin, as the import page does), someone else's with the
 * actor's own token when it has one (as CI does; a learner's is one left from when they were an
 * instructor), so each way in meets both an allowed and a refused case.
 */
import { serializeDeck } from "@/lib/core/content/serialize-deck";
import { HttpSession } from "../http-session";
import { baseURL, freshIp, instructorOwnOrAdmin, ownerOf, post, shortId, type Case, type Endpoint } from "./case";
import { count, deckDraft, insertDeck, insertToken, SECRET_ITEM } from "./db";

type DeckFixture = { slug: string; token: string | null };
const deckFixture = (c: Case, slug = insertDeck(ownerOf(c).id)): DeckFixture => ({
  slug,
  token: c.target === "someone else's id" && c.actor.person ? insertToken(c.actor.person.id).token : null,
});
const deckOf = (c: Case) => c.fixture as DeckFixture;

function deckApi(
  c: Case,
  url: string,
  init: { method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  const { token } = deckOf(c);
  if (token)
    return new HttpSession(baseURL, freshIp()).fetch(url, {
      ...init,
      headers: { ...init.headers, authorization: `Bearer ${token}` },
    });
  return c.actor.session.fetch(url, { ...init, headers: { ...init.headers, origin: baseURL } });
}

export const draftItem = (id: string, front: string) => ({
  originalKey: null,
  type: "basic",
  values: { id, section: "general", front, back: "matrix answer" },
});
export const deckFile = (slug: string) =>
  serializeDeck(
    {
      slug,
      title: "Imported by the matrix",
      language: "en",
      kubernetesVersion: "1.32",
      sections: [{ id: "general", title: "General", notes: "General" }],
    },
    [{ ...SECRET_ITEM, id: "imported-item" }],
  ).text;

export const DECK_API_ENDPOINTS: Record<string, Endpoint> = {
  "POST /api/v1/decks/[slug]/import": {
    // Own id: a new slug, which an instructor's import creates as their own deck.
    allowed: instructorOwnOrAdmin,
    prepare: async (c) => deckFixture(c, c.target === "own id" ? `import-${shortId()}` : undefined),
    call: async (c) => {
      const { slug } = deckOf(c);
      const response = await deckApi(c, `/api/v1/decks/${slug}/import?commit=true`, {
        method: "POST",
        body: deckFile(slug),
        headers: { "content-type": "text/markdown" },
      });
      const ownerId = c.target === "own id" ? (c.actor.person?.id ?? "") : c.victim.id;
      return (
        response.status === 200 &&
        count(
          'SELECT count(*) AS n FROM "Item" i JOIN "Deck" d ON d.id = i.deckId WHERE d.slug = ? AND d.ownerId = ? AND i.key = ?',
          slug,
          ownerId,
          "imported-item",
        ) === 1
      );
    },
  },
  "GET /api/v1/decks/[slug]/export": {
    allowed: instructorOwnOrAdmin,
    prepare: async (c) => deckFixture(c),
    call: async (c) => {
      const response = await deckApi(c, `/api/v1/decks/${deckOf(c).slug}/export?source=draft`);
      return response.status === 200 && (await response.text()).includes(String(SECRET_ITEM.front));
    },
  },
  "POST /api/v1/decks/[slug]/draft/items": {
    allowed: instructorOwnOrAdmin,
    prepare: async (c) => deckFixture(c),
    call: async (c) => {
      const { slug } = deckOf(c);
      const response = await post(
        c,
        `/api/v1/decks/${slug}/draft/items`,
        draftItem("added-item", "added by the matrix"),
      );
      return response.status === 200 && (deckDraft(slug) ?? "").includes("added by the matrix");
    },
  },
  "DELETE /api/v1/decks/[slug]/draft/items": {
    allowed: instructorOwnOrAdmin,
    prepare: async (c) => deckFixture(c),
    call: async (c) => {
      const { slug } = deckOf(c);
      const response = await c.actor.session.fetch(`/api/v1/decks/${slug}/draft/items?key=${SECRET_ITEM.id}`, {
        method: "DELETE",
        headers: { origin: baseURL },
      });
      const draft = deckDraft(slug);
      return response.status === 200 && draft !== null && !draft.includes(SECRET_ITEM.id);
    },
  },
  "POST /api/v1/decks/[slug]/draft/preview": {
    // Writes nothing: success is the rendered card, checked against the target's draft (its sections).
    allowed: instructorOwnOrAdmin,
    prepare: async (c) => deckFixture(c),
    call: async (c) => {
      const response = await post(
        c,
        `/api/v1/decks/${deckOf(c).slug}/draft/preview`,
        draftItem("previewed-item", "previewed by the matrix"),
      );
      if (response.status !== 200) return false;
      const preview = (await response.json()) as { errors: unknown[]; cards: { promptHtml: string }[] };
      return (
        preview.errors.length === 0 && preview.cards.some((card) => card.promptHtml.includes("previewed by the matrix"))
      );
    },
  },
};
