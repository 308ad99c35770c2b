const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from an address bar or a form is checked before it reaches a uuid column (which would throw). */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
