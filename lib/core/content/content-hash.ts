import type { DeckItem, DeckItemInput } from "./deck-schema";

const PLACEMENT_KEYS = new Set(["position", "file", "line"]);

/**
 * A stable hash of an item's content: 64-bit FNV-1a over the UTF-8 bytes of its canonical JSON
 * (keys sorted, placement fields left out), as 16 hex digits. Moving an item to another file or
 * position keeps the hash; any change to its text, answers or metadata changes it.
 */
export function contentHash(item: DeckItem | DeckItemInput): string {
  const content = Object.fromEntries(Object.entries(item).filter(([key]) => !PLACEMENT_KEYS.has(key)));
  return fnv1a64(new TextEncoder().encode(canonicalJson(content)));
}

/** JSON with object keys sorted at every depth; undefined members are dropped as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) {
      // defineProperty: a key such as "__proto__" must stay data, never a prototype change
      Object.defineProperty(sorted, key, { value: (v as Record<string, unknown>)[key], enumerable: true });
    }
    return sorted;
  });
}

/**
 * FNV-1a 64 with four 16-bit limbs (plain numbers stay exact below 2^53, no BigInt per byte).
 * Prime 2^40 + 0x1b3: multiply each limb by 0x1b3 and add the limbs shifted by 40 bits.
 */
export function fnv1a64(bytes: Uint8Array): string {
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (const byte of bytes) {
    h0 ^= byte;
    const t0 = h0 * 0x1b3;
    let t1 = h1 * 0x1b3;
    let t2 = h2 * 0x1b3 + (h0 << 8);
    const t3 = h3 * 0x1b3 + (h1 << 8);
    t1 += t0 >>> 16;
    h0 = t0 & 0xffff;
    t2 += t1 >>> 16;
    h1 = t1 & 0xffff;
    h3 = (t3 + (t2 >>> 16)) & 0xffff;
    h2 = t2 & 0xffff;
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, "0")).join("");
}
