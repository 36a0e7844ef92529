import { join } from 'node:path';
import { CommandWriter, type Mailer, RECIPIENT_DIRECTORY, REPORTING_DEADLINES, Reminders } from '@saferplan/api';
import { EVENT_STORE } from '@saferplan/config/tokens';
import { ApiHarness, storesUnderTest } from '../support/api-harness';
import { planningSteps } from '../support/mutations';
import { reminderPeople } from '../support/reminder-people';
import { SmtpTestServer } from '../support/smtp-test-server';

const PUBLIC_URL = 'https://saferplan.example.gov.uk';
const SENT = `query($p: ID) { remindersSent(partnershipId: $p) { reminderId kind recipientEmail actionId quarter occasion sentBy about { actionTitle deadline } } }`;

describe.each(storesUnderTest())('reminders by email on %s (end to end, real SMTP server)', (store) => {
  let smtp: SmtpTestServer;
  let api: ApiHarness;
  let planId: string;
  let actionId: string;
  let ann: string;
  let partnershipId: string;
  const send = (harness: ApiHarness, at: string) => harness.resolve(Reminders).send(new Date(at));

  beforeAll(async () => {
    smtp = await SmtpTestServer.start();
    api = await ApiHarness.start({ store, smtpUrl: smtp.url, mailFrom: 'SaferPlan <saferplan@nwleics.gov.uk>', publicUrl: PUBLIC_URL });
    const steps = planningSteps(api);
    partnershipId = await steps.registerPartnership('Safer North West', 'COMMUNITY_SAFETY_PARTNERSHIP');
    planId = await steps.createActionPlan(partnershipId, '2017/18', 'Safer North West 2017/18');
    const priorityId = await steps.addPriority(planId, 'Anti-social behaviour');
    actionId = await steps.createAction(planId, priorityId, 'Reduce ASB in Coalville', 'NWLDC', 'Community safety officer');
    // An action nobody owns: no owner reminders, but its coordinator hears of it.
    await steps.createAction(planId, priorityId, 'Street drinking patrols', 'Police', 'PC Brown');
    const people = reminderPeople(api);
    ann = await people.invite('Ann Owner', 'ann@nwleics.gov.uk');
    await people.assignOwner(actionId, ann);
    await people.makeCoordinator(await people.invite('Cal Coordinator', 'cal@nwleics.gov.uk'), partnershipId);
  });
  afterAll(async () => {
    await api?.stop();
    await smtp?.stop();
  });

  it('sends the owner a reminder 14 days before the deadline, with plain text and HTML bodies linking to the update form', async () => {
    const report = await send(api, '2017-07-16T08:00:00Z');
    expect(report.sent.map((r) => `${r.kind} ${r.recipient.email} ${r.quarter}`)).toEqual(['BEFORE_DEADLINE ann@nwleics.gov.uk 2017/18 Q1']);
    const [mail, ...others] = smtp.take();
    expect(others).toEqual([]);
    expect(mail.to).toEqual(['ann@nwleics.gov.uk']);
    expect(mail.from).toBe('saferplan@nwleics.gov.uk');
    expect(mail.subject).toBe('Update due in 14 days: Reduce ASB in Coalville (2017/18 Q1)');
    const link = `${PUBLIC_URL}/#/coordinator?plan=${planId}&quarter=2017%2F18+Q1`;
    expect(mail.text).toContain('Dear Ann Owner,');
    expect(mail.text).toContain('Reduce ASB in Coalville, 2017/18 Q1: due by 30 July 2017, in 14 days');
    expect(mail.text).toContain(link);
    expect(mail.html).toContain(`<a href="${link.replace(/&/g, '&#38;')}">Reduce ASB in Coalville, 2017/18 Q1</a>`);
  });

  it('records who was reminded when, for an auditor, and sends nothing twice, not even after a restart', async () => {
    const ledger = (await api.ok(SENT)).remindersSent;
    expect(ledger).toEqual([
      {
        reminderId: expect.stringContaining(`before-deadline_2017-07-16_${ann}`),
        kind: 'BEFORE_DEADLINE',
        recipientEmail: 'ann@nwleics.gov.uk',
        actionId,
        quarter: '2017/18 Q1',
        occasion: '2017-07-16',
        sentBy: 'saferplan-reminders',
        about: [{ actionTitle: 'Reduce ASB in Coalville', deadline: '2017-07-30' }],
      },
    ]);
    expect((await send(api, '2017-07-16T15:00:00Z')).sent).toEqual([]);
    await api.restart();
    expect((await send(api, '2017-07-20T08:00:00Z')).sent).toEqual([]);
    expect(smtp.take()).toEqual([]);
  });

  it('two instances on one store send a due reminder once between them', async () => {
    const second = await ApiHarness.start({
      store,
      smtpUrl: smtp.url,
      publicUrl: PUBLIC_URL,
      ...(store === 'postgres' ? { databaseSchema: api.config.databaseSchema } : { dataDir: api.config.dataDir }),
      auditSigningKeyFile: join(api.config.dataDir, 'audit-signing-key.pem'),
    });
    try {
      const [a, b] = await Promise.all([send(api, '2017-07-27T08:00:00Z'), send(second, '2017-07-27T08:00:00Z')]);
      expect(a.sent.length + b.sent.length).toBe(1);
      expect(a.alreadyClaimed.length + b.alreadyClaimed.length).toBe(1);
      const mails = smtp.take();
      expect(mails.map((m) => `${m.to.join()} ${m.subject}`)).toEqual(['ann@nwleics.gov.uk Update due in 3 days: Reduce ASB in Coalville (2017/18 Q1)']);
    } finally {
      await second.stop({ keepData: true });
    }
  });

  it('stops reminding as soon as the update arrives; the coordinator is told of an update a week late', async () => {
    await planningSteps(api).recordUpdate(actionId, '2017/18 Q1', 'GREEN', 20);
    expect((await send(api, '2017-07-30T08:00:00Z')).sent).toEqual([]);
    const weekLate = await send(api, '2017-08-06T08:00:00Z');
    expect(weekLate.sent.map((r) => `${r.kind} ${r.recipient.email} ${r.quarter}`)).toEqual(['ESCALATION cal@nwleics.gov.uk 2017/18 Q1']);
    expect(smtp.take().map((m) => `${m.to.join()} ${m.subject}`)).toEqual(['cal@nwleics.gov.uk Late update, 7 days: Street drinking patrols (2017/18 Q1)']);
    // The next quarter's cycle starts on its own day, 14 days before 30 October, a Monday: the digest too.
    const monday = await send(api, '2017-10-16T08:00:00Z');
    expect(monday.sent.map((r) => `${r.kind} ${r.recipient.email} ${r.quarter ?? '-'}`)).toEqual([
      'BEFORE_DEADLINE ann@nwleics.gov.uk 2017/18 Q2',
      'DIGEST cal@nwleics.gov.uk -',
    ]);
    const [owner, digest] = smtp.take();
    expect(owner.subject).toBe('Update due in 14 days: Reduce ASB in Coalville (2017/18 Q2)');
    expect(digest.subject).toBe('Weekly digest: 3 updates outstanding');
    expect(digest.text).toContain('Street drinking patrols, 2017/18 Q1: 78 days late (it was due by 30 July 2017)');
    expect(digest.text).not.toContain('Reduce ASB in Coalville, 2017/18 Q1');
  });

  it('an owner who chose the digest only gets the Monday digest instead', async () => {
    await api.ok(`mutation($i: SetReminderPreferenceInput!) { setReminderPreference(input: $i) { personId digestOnly } }`, {
      i: { personId: ann, digestOnly: true },
    });
    expect((await send(api, '2017-10-27T08:00:00Z')).sent).toEqual([]); // a Friday, 3 days before: nothing
    const monday = await send(api, '2017-10-30T08:00:00Z');
    expect(monday.sent.map((r) => `${r.kind} ${r.recipient.email}`)).toEqual(['DIGEST ann@nwleics.gov.uk', 'DIGEST cal@nwleics.gov.uk']);
    const [digest] = smtp.take();
    expect(digest.subject).toBe('Weekly digest: 1 update outstanding');
    expect(digest.text).toContain('Reduce ASB in Coalville, 2017/18 Q2: due today, 30 October 2017');
  });

  it('a mail server that refuses leaves the reminder free to be sent on the next run', async () => {
    const port = smtp.port;
    await smtp.stop();
    const refused = await send(api, '2017-11-06T08:00:00Z');
    expect(refused.sent).toEqual([]);
    expect(refused.failed.map((f) => `${f.reminder.kind} ${f.reminder.recipient.email}`)).toEqual([
      'ESCALATION cal@nwleics.gov.uk',
      'ESCALATION cal@nwleics.gov.uk',
      'DIGEST ann@nwleics.gov.uk',
      'DIGEST cal@nwleics.gov.uk',
    ]);
    const ledger = (await api.ok(`{ remindersSent { kind occasion failedAt failure } }`)).remindersSent;
    expect(ledger.filter((r: { occasion: string }) => r.occasion === '2017-11-06').every((r: { failedAt: string | null; failure: string | null }) => r.failedAt && r.failure)).toBe(true);
    smtp = await SmtpTestServer.start(port);
    expect((await send(api, '2017-11-06T09:00:00Z')).sent.map((r) => r.kind)).toEqual(['ESCALATION', 'ESCALATION', 'DIGEST', 'DIGEST']);
    expect(smtp.take().map((m) => m.subject)).toEqual([
      'Late update, 7 days: Reduce ASB in Coalville (2017/18 Q2)',
      'Late update, 7 days: Street drinking patrols (2017/18 Q2)',
      'Weekly digest: 1 update outstanding',
      'Weekly digest: 2 updates outstanding',
    ]);
  });

  it("follows the partnership's reporting calendar, and chases nothing for a closed quarter", async () => {
    await api.ok(`mutation($i: SetReminderPreferenceInput!) { setReminderPreference(input: $i) { digestOnly } }`, { i: { personId: ann, digestOnly: false } });
    await api.ok(`mutation($i: SetReportingCalendarInput!) { setReportingCalendar(input: $i) { __typename } }`, {
      i: { partnershipId, financialYear: '2017/18', quarters: [{ quarter: 'Q3', updateDeadline: '2018-02-15' }] },
    });
    // By the 30-day rule Q3 was due on 30 January; the calendar gives until 15 February.
    const early = await send(api, '2018-02-01T09:00:00Z');
    expect(early.sent.map((r) => `${r.kind} ${r.recipient.email} ${r.quarter} ${r.about[0].deadline}`)).toEqual(['BEFORE_DEADLINE ann@nwleics.gov.uk 2017/18 Q3 2018-02-15']);
    expect(smtp.take().map((m) => m.subject)).toEqual(['Update due in 14 days: Reduce ASB in Coalville (2017/18 Q3)']);
    await api.ok(`mutation($i: CloseReportingQuarterInput!) { closeReportingQuarter(input: $i) { __typename } }`, { i: { partnershipId, quarter: '2017/18 Q3' } });
    expect((await send(api, '2018-02-12T09:00:00Z')).sent).toEqual([]);
    expect(smtp.take()).toEqual([]);
  });

  it('a run that dies after claiming and before the mail server answered loses that one mail (ADR 0015); no later run sends it twice', async () => {
    // The dying run: its process stops while talking to SMTP, so the send never settles.
    const handedOver: string[] = [];
    const dying: Mailer = { describe: 'a mail server that never answers', send: (mail) => (handedOver.push(mail.subject), new Promise<void>(() => undefined)), outbox: () => [], close: () => undefined };
    const crashed = new Reminders(api.resolve(CommandWriter), api.resolve(EVENT_STORE), dying, api.config, api.resolve(RECIPIENT_DIRECTORY), api.resolve(REPORTING_DEADLINES));
    const at = '2018-04-16T08:00:00Z'; // 14 days before Q4's 30 April, a Monday
    const due = await crashed.due(new Date(at));
    expect(due.map((r) => `${r.kind} ${r.recipient.email}`)).toEqual(['BEFORE_DEADLINE ann@nwleics.gov.uk', 'DIGEST cal@nwleics.gov.uk']);
    void crashed.send(new Date(at));
    while (handedOver.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(handedOver).toEqual(['Update due in 14 days: Reduce ASB in Coalville (2017/18 Q4)']);

    await api.restart();
    const after = await send(api, at);
    expect(after.sent.map((r) => `${r.kind} ${r.recipient.email}`)).toEqual(['DIGEST cal@nwleics.gov.uk']);
    expect(smtp.take().map((m) => `${m.to.join()} ${m.subject}`)).toEqual(['cal@nwleics.gov.uk Weekly digest: 2 updates outstanding']);
    const claimed = (await api.ok(`{ remindersSent { kind occasion recipientEmail failedAt } }`)).remindersSent.filter((r: { occasion: string }) => r.occasion === '2018-04-16');
    expect(claimed).toEqual([
      { kind: 'BEFORE_DEADLINE', occasion: '2018-04-16', recipientEmail: 'ann@nwleics.gov.uk', failedAt: null },
      { kind: 'DIGEST', occasion: '2018-04-16', recipientEmail: 'cal@nwleics.gov.uk', failedAt: null },
    ]);
    expect((await send(api, '2018-04-16T17:00:00Z')).sent).toEqual([]);
    expect(smtp.take()).toEqual([]);
  });
});
