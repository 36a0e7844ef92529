import { createHash, randomUUID } from 'node:crypto';

/**
 * Id for a record a command creates. With a commandId the id is derived from it, so a retried
 * command targets the same stream and is recognised as a duplicate instead of creating twice.
 */
export function newId(kind: string, commandId?: string | null): string {
  if (!commandId) return randomUUID();
  const hex = createHash('sha256').update(`saferplan:${kind}:${commandId}`).digest('hex');
  // Formatted as an RFC 4122 name-based UUID (version 5 layout, variant 10xx).
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
