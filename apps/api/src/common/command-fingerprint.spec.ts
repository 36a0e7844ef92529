import { commandFingerprint, recordedFor } from './command-fingerprint';

const event = (streamId: string, causationId: string | null) => ({ streamId, metadata: { causationId } });

describe('command fingerprint', () => {
  const input = { planId: 'plan-1', title: 'Coalville JAG', leadOfficer: null, commandId: 'c-1', expectedVersion: 3 };

  it('ignores the idempotency key, the version precondition and null fields', () => {
    expect(commandFingerprint('CreateAction', 'action-1', input)).toBe(commandFingerprint('CreateAction', 'action-1', { title: 'Coalville JAG', planId: 'plan-1' }));
  });

  it('differs by command type, stream and input', () => {
    const base = commandFingerprint('CreateAction', 'action-1', input);
    expect(base).toMatch(/^command:CreateAction:[0-9a-f]{64}$/);
    expect(commandFingerprint('AddPriority', 'action-1', input)).not.toBe(base);
    expect(commandFingerprint('CreateAction', 'action-2', input)).not.toBe(base);
    expect(commandFingerprint('CreateAction', 'action-1', { ...input, planId: 'plan-2' })).not.toBe(base);
  });

  it('binds recorded events to the same stream and fingerprint', () => {
    const fingerprint = commandFingerprint('CreateAction', 'action-1', input);
    expect(recordedFor([event('action-1', fingerprint)], 'action-1', fingerprint)).toBe(true);
    expect(recordedFor([event('action-1', commandFingerprint('CreateAction', 'action-1', { title: 'Other' }))], 'action-1', fingerprint)).toBe(false);
    expect(recordedFor([event('action-9', fingerprint)], 'action-1', fingerprint)).toBe(false);
  });

  it('keeps the stream check alone for events recorded before fingerprints', () => {
    const fingerprint = commandFingerprint('CreateAction', 'action-1', input);
    expect(recordedFor([event('action-1', null)], 'action-1', fingerprint)).toBe(true);
    expect(recordedFor([event('action-2', null)], 'action-1', fingerprint)).toBe(false);
  });
});
