// The few protobuf fields the newer Anki schema keeps in blobs: a notetype's kind (cloze or not)
// and a template's question/answer formats (proto/anki/notetypes.proto). A full protobuf
// library would be a dependency for three fields.

export type ProtobufFields = Map<number, (number | Uint8Array)[]>;

/** Top-level fields of a protobuf message: varints as numbers, length-delimited as bytes. */
export function readProtobufFields(bytes: Uint8Array): ProtobufFields {
  const fields: ProtobufFields = new Map();
  let at = 0;
  const varint = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      if (at >= bytes.length) throw new Error("truncated protobuf varint");
      const byte = bytes[at++];
      value += (byte & 0x7f) * scale;
      scale *= 128;
      if (byte < 0x80) return value;
    }
  };
  while (at < bytes.length) {
    const key = varint();
    const field = Math.floor(key / 8);
    const wireType = key % 8;
    let value: number | Uint8Array;
    if (wireType === 0) value = varint();
    else if (wireType === 2) {
      const length = varint();
      if (at + length > bytes.length) throw new Error("truncated protobuf field");
      value = bytes.subarray(at, at + length);
      at += length;
    } else if (wireType === 1 || wireType === 5) {
      at += wireType === 1 ? 8 : 4;
      continue;
    } else throw new Error(`unsupported protobuf wire type ${wireType}`);
    fields.set(field, [...(fields.get(field) ?? []), value]);
  }
  return fields;
}

/** The first string value of a field, or "" (proto3 leaves empty strings out). */
export function protobufString(fields: ProtobufFields, field: number): string {
  const value = fields.get(field)?.[0];
  return value instanceof Uint8Array ? new TextDecoder().decode(value) : "";
}

/** The first varint value of a field, or 0 (proto3 leaves zeros out). */
export function protobufNumber(fields: ProtobufFields, field: number): number {
  const value = fields.get(field)?.[0];
  return typeof value === "number" ? value : 0;
}
