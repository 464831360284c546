import type { PayloadCodec } from '@temporalio/common';
import type { TransitionCommand } from '#ktf/contracts';
import { deserializePayload, serializePayload } from '#ktf/config';

/** A transition's command as `nominations.last_command` holds it when sealed. */
export interface SealedCommand {
  sealed: string;
}

export interface CommandSealer {
  seal(command: TransitionCommand): Promise<TransitionCommand | SealedCommand>;
  open(stored: unknown): Promise<TransitionCommand>;
}

const JSON_ENCODING = new Uint8Array(Buffer.from('json/plain', 'utf8'));
const isSealed = (x: unknown): x is SealedCommand => typeof x === 'object' && x !== null && typeof (x as SealedCommand).sealed === 'string';

/**
 * A command carries the request as sent, a secret ballot's choice included: it is stored sealed
 * with the payload codec that already keeps Temporal's history ciphertext, so the database holds
 * no more than history does. Without a codec (the workflow tests' own activities) it is stored as is.
 */
export function commandSealer(codec?: PayloadCodec): CommandSealer {
  return {
    async seal(command) {
      if (!codec) return command;
      const [p] = await codec.encode([{ metadata: { encoding: JSON_ENCODING }, data: new Uint8Array(Buffer.from(JSON.stringify(command), 'utf8')) }]);
      return { sealed: serializePayload(p).toString('base64') };
    },
    async open(stored) {
      if (!isSealed(stored)) return stored as TransitionCommand;
      if (!codec) throw new Error('a sealed transition command needs the payload codec to be opened');
      const [p] = await codec.decode([deserializePayload(Buffer.from(stored.sealed, 'base64'))]);
      return JSON.parse(Buffer.from(p.data ?? new Uint8Array()).toString('utf8')) as TransitionCommand;
    },
  };
}
