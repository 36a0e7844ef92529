import type { DueReminder, OutstandingUpdate } from '@saferplan/domain';
import { reminderMail, updateFormLink } from './reminder-mail';

const update = (change: Partial<OutstandingUpdate> = {}): OutstandingUpdate => ({
  actionId: 'a1',
  actionTitle: 'Reduce ASB in Coalville',
  partnershipId: 'nw',
  quarter: '2017/18 Q1',
  deadline: '2017-07-30',
  ...change,
});
const reminder = (kind: DueReminder['kind'], about = [update()]): DueReminder => ({
  reminderId: 'r1',
  kind,
  recipient: { personId: 'ann', name: 'Ann Owner', email: 'ann@nwleics.gov.uk', digestOnly: false },
  actionId: kind === 'DIGEST' ? null : 'a1',
  quarter: kind === 'DIGEST' ? null : '2017/18 Q1',
  occasion: '2017-07-16',
  about,
});
const link = updateFormLink('https://saferplan.example.gov.uk', (actionId) => (actionId === 'a1' ? 'plan-1' : undefined));
const mail = (kind: DueReminder['kind'], at: string, about?: OutstandingUpdate[]) => reminderMail(reminder(kind, about), new Date(at), link);

describe('reminder mail', () => {
  it('says in the subject how the update stands on the UK day it is sent', () => {
    expect(mail('BEFORE_DEADLINE', '2017-07-16T08:00:00Z').subject).toBe('Update due in 14 days: Reduce ASB in Coalville (2017/18 Q1)');
    expect(mail('BEFORE_DEADLINE', '2017-07-28T23:30:00Z').subject).toBe('Update due in 1 day: Reduce ASB in Coalville (2017/18 Q1)'); // 00:30 BST on the 29th
    expect(mail('DEADLINE_DAY', '2017-07-30T08:00:00Z').subject).toBe('Update due today: Reduce ASB in Coalville (2017/18 Q1)');
    expect(mail('OVERDUE', '2017-08-06T08:00:00Z').subject).toBe('Update overdue by 7 days: Reduce ASB in Coalville (2017/18 Q1)');
    expect(mail('ESCALATION', '2017-08-06T08:00:00Z').subject).toBe('Late update, 7 days: Reduce ASB in Coalville (2017/18 Q1)');
    expect(mail('DIGEST', '2017-07-17T08:00:00Z', [update(), update({ actionId: 'a2', actionTitle: 'Hate crime' })]).subject).toBe('Weekly digest: 2 updates outstanding');
  });

  it('links each update to its plan and quarter on the update form, in both bodies', () => {
    const { to, text, html } = mail('OVERDUE', '2017-08-06T08:00:00Z');
    const href = 'https://saferplan.example.gov.uk/#/coordinator?plan=plan-1&quarter=2017%2F18+Q1';
    expect(to).toBe('ann@nwleics.gov.uk');
    expect(text).toContain(`- Reduce ASB in Coalville, 2017/18 Q1: 7 days late (it was due by 30 July 2017)\n  ${href}`);
    expect(html).toContain('<a href="https://saferplan.example.gov.uk/#/coordinator?plan=plan-1&#38;quarter=2017%2F18+Q1">');
  });

  it('escapes what people typed in the HTML body', () => {
    const { html, text } = mail('DIGEST', '2017-07-17T08:00:00Z', [update({ actionTitle: 'Knife <crime> & "county lines"' })]);
    expect(html).toContain('Knife &#60;crime&#62; &#38; &#34;county lines&#34;');
    expect(html).not.toContain('<crime>');
    expect(text).toContain('Knife <crime> & "county lines"');
  });
});
