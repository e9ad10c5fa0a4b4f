/**
 * A fresh action id. Phones reach the room over plain HTTP, where `crypto.randomUUID` (secure
 * contexts only) is missing; `getRandomValues` works everywhere.
 */
export function clientId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
