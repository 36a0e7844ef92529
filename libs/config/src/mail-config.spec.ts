import { ConfigError, loadConfig } from './app-config';

describe('reminder mail configuration', () => {
  it('reads SMTP_URL, MAIL_FROM and REMINDER_INTERVAL_MINUTES', () => {
    const config = loadConfig({ SMTP_URL: 'smtp://user:pass@mail.example.gov.uk:587', MAIL_FROM: 'SaferPlan <saferplan@example.gov.uk>', REMINDER_INTERVAL_MINUTES: '5' });
    expect([config.smtpUrl, config.mailFrom, config.reminderIntervalMinutes]).toEqual(['smtp://user:pass@mail.example.gov.uk:587', 'SaferPlan <saferplan@example.gov.uk>', 5]);
  });

  it('has no SMTP by default, runs every 15 minutes, and not at all under NODE_ENV=test or when off', () => {
    expect([loadConfig({}).smtpUrl, loadConfig({}).reminderIntervalMinutes]).toEqual([null, 15]);
    expect(loadConfig({ NODE_ENV: 'test' }).reminderIntervalMinutes).toBeNull();
    expect(loadConfig({ NODE_ENV: 'test', REMINDER_INTERVAL_MINUTES: '1' }).reminderIntervalMinutes).toBe(1);
    expect(loadConfig({ REMINDER_INTERVAL_MINUTES: 'off' }).reminderIntervalMinutes).toBeNull();
  });

  it.each([
    [{ SMTP_URL: 'http://mail.example.gov.uk' }, 'SMTP_URL', 'smtp://'],
    [{ SMTP_URL: 'mail.example.gov.uk:25' }, 'SMTP_URL', 'smtp://'],
    [{ MAIL_FROM: 'SaferPlan' }, 'MAIL_FROM', 'must be an email address'],
    [{ REMINDER_INTERVAL_MINUTES: '0' }, 'REMINDER_INTERVAL_MINUTES', 'whole number'],
  ])('refuses %j, naming the variable', (env, variable, words) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message).toContain(words);
  });

  it('never repeats the SMTP password in the message', () => {
    expect(() => loadConfig({ SMTP_URL: 'ftp://user:hunter2@mail.example.gov.uk' })).toThrow(/^(?!.*hunter2)/);
  });
});
