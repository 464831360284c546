import type { TransitionCommand } from '#ktf/contracts';
import { throwawayPayloadCodec } from '#ktf/config';
import { commandSealer } from './command-sealer';

const secretVote: TransitionCommand = {
  kind: 'update',
  update: 'vote',
  updateId: 'u-1',
  request: { actor: { id: 'c1', name: 'Trần Thị Bích Ngọc', roles: ['council_member'] }, choice: 'disagree' },
};

describe('the command kept with a transition for an orphan', () => {
  it('is stored sealed with the payload codec: no name, no choice in clear; opened back whole', async () => {
    const sealer = commandSealer(throwawayPayloadCodec());
    const stored = await sealer.seal(secretVote);
    const json = JSON.stringify(stored);
    expect(Object.keys(stored)).toEqual(['sealed']);
    expect(json).not.toContain('disagree');
    expect(json).not.toContain('Ngọc');
    // Through jsonb and back: a plain object.
    expect(await sealer.open(JSON.parse(json))).toEqual(secretVote);
  });

  it('cannot be opened under another key ring, and is refused without one', async () => {
    const stored = await commandSealer(throwawayPayloadCodec('a')).seal(secretVote);
    await expect(commandSealer(throwawayPayloadCodec('b')).open(stored)).rejects.toThrow('no codec key with id "a"');
    await expect(commandSealer().open(stored)).rejects.toThrow('needs the payload codec');
  });

  it('without a codec is stored as is (the workflow tests), and a timer command too', async () => {
    const sealer = commandSealer();
    expect(await sealer.seal(secretVote)).toEqual(secretVote);
    expect(await sealer.open({ kind: 'reminder', offset: 2 })).toEqual({ kind: 'reminder', offset: 2 });
  });
});
