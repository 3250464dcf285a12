/**
 * Whether the extension that injected this script still runs. After it is reloaded, updated or removed,
 * the scripts it left in a page lose their runtime: Chromium's `runtime.id` is then undefined (and its
 * calls throw "Extension context invalidated"), Firefox's objects are dead and throw when touched. Only
 * the runtime says so: nothing a page can send or dispatch counts.
 */
export function runtimeAlive(runtime: { readonly id?: string } | undefined): boolean {
  try {
    return Boolean(runtime?.id);
  } catch {
    return false;
  }
}
