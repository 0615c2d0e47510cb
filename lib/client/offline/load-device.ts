// The offline machinery (the IndexedDB stores, the outbox engine) is loaded after the review screen
// has rendered, in its own chunk: the first card must not wait for an IndexedDB library.
export type DeviceModule = typeof import("./device");

let loading: Promise<DeviceModule> | null = null;

export function loadDevice(): Promise<DeviceModule> {
  loading ??= import("./device");
  return loading;
}
