import { Reminders } from '@saferplan/api';
import { ApiHarness } from '@saferplan/test-support/api-harness';
import { planningSteps } from '@saferplan/test-support/mutations';
import { reminderPeople } from '@saferplan/test-support/reminder-people';
import { SmtpTestServer } from '@saferplan/test-support/smtp-test-server';
import type { CliOutput } from '../cli-context';
import { momentOf, runReminders } from './reminders.command';

describe('saferplan reminders', () => {
  let smtp: SmtpTestServer;
  let api: ApiHarness;
  let actionId: string;
  let lines: string[];
  const io: CliOutput = { out: (text) => lines.push(...text.split('\n')), err: () => undefined };

  beforeAll(async () => {
    smtp = await SmtpTestServer.start();
    api = await ApiHarness.start({ smtpUrl: smtp.url, publicUrl: 'https://saferplan.example.gov.uk' });
    const steps = planningSteps(api);
    const partnershipId = await steps.registerPartnership('Safer North West', 'COMMUNITY_SAFETY_PARTNERSHIP');
    const planId = await steps.createActionPlan(partnershipId, '2017/18', 'Safer North West 2017/18');
    const priorityId = await steps.addPriority(planId, 'Anti-social behaviour');
    actionId = await steps.createAction(planId, priorityId, 'Reduce ASB in Coalville', 'NWLDC', 'Community safety officer');
    const people = reminderPeople(api);
    await people.assignOwner(actionId, await people.invite('Ann Owner', 'ann@nwleics.gov.uk'));
    await api.stop({ keepData: true });
  });
  beforeEach(() => {
    lines = [];
  });
  afterAll(async () => {
    await api.stop();
    await smtp.stop();
  });

  it('--dry-run lists what is due at the moment given (recipient, action, quarter, kind) and sends nothing', async () => {
    await runReminders('dry-run', { at: '2017-07-16T09:00:00+01:00' }, io, api.config);
    expect(lines).toEqual([
      '1 reminder(s) due at 2017-07-16T08:00:00.000Z:',
      `ann@nwleics.gov.uk\tReduce ASB in Coalville (${actionId})\t2017/18 Q1\tBEFORE_DEADLINE`,
    ]);
    await runReminders('dry-run', { at: '2017-07-15T09:00:00Z' }, io, api.config);
    expect(lines.slice(2)).toEqual(['0 reminder(s) due at 2017-07-15T09:00:00.000Z']);
    expect(smtp.take()).toEqual([]);
  });

  it('send sends it once: again, or from the server afterwards, nothing', async () => {
    const sent = await runReminders('send', { at: '2017-07-16T09:00:00Z' }, io, api.config);
    expect(sent.map((r) => r.kind)).toEqual(['BEFORE_DEADLINE']);
    expect(lines).toEqual(['Sent 1 reminder(s) for 2017-07-16T09:00:00.000Z:', `ann@nwleics.gov.uk\tReduce ASB in Coalville (${actionId})\t2017/18 Q1\tBEFORE_DEADLINE`]);
    expect(smtp.take().map((m) => `${m.to.join()} ${m.subject}`)).toEqual(['ann@nwleics.gov.uk Update due in 14 days: Reduce ASB in Coalville (2017/18 Q1)']);
    expect(await runReminders('send', { at: '2017-07-16T18:00:00Z' }, io, api.config)).toEqual([]);
    await runReminders('dry-run', { at: '2017-07-16T18:00:00Z' }, io, api.config);
    expect(lines.at(-1)).toBe('0 reminder(s) due at 2017-07-16T18:00:00.000Z');
    await api.restart();
    expect((await api.resolve(Reminders).send(new Date('2017-07-16T20:00:00Z'))).sent).toEqual([]);
    await api.stop({ keepData: true });
    expect(smtp.take()).toEqual([]);
  });

  it('--at must be a date-time', () => {
    expect(momentOf('2017-07-16')).toEqual(new Date('2017-07-16T00:00:00Z'));
    expect(() => momentOf('next tuesday')).toThrow('--at must be a date-time such as 2017-07-16T09:00:00Z (got "next tuesday")');
    expect(momentOf(undefined, () => new Date('2020-01-01T00:00:00Z'))).toEqual(new Date('2020-01-01T00:00:00Z'));
  });
});
