// Loads the decks under content/ into the database (wired to the content sync once it exists).
export async function syncBuiltInDecks(): Promise<void> {}
