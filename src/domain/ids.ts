// The pure core is compiled without DOM or Node types; both environments provide Web Crypto's randomUUID.
const webCrypto = (globalThis as unknown as { crypto: { randomUUID(): string } }).crypto;

/** New record id: a random UUID string (never reused, never changed). */
export function newId(): string {
  return webCrypto.randomUUID();
}
