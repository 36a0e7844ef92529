import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A mail as the SMTP server received it: the envelope's recipients and the parsed message. */
export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
}

/**
 * A real SMTP server on a free loopback port, requiring the user and password given, that keeps
 * every mail it accepts. Plain SMTP (no STARTTLS) because the test machine has no certificate.
 */
export class SmtpTestServer {
  readonly received: ReceivedMail[] = [];
  private constructor(
    private readonly server: SMTPServer,
    readonly url: string,
    readonly port: number,
  ) {}

  /** `port` 0 picks a free one; a given port starts a server again where a stopped one was. */
  static async start(port = 0, user = 'reminders', password = 'secret'): Promise<SmtpTestServer> {
    let self: SmtpTestServer | null = null;
    const server = new SMTPServer({
      hideSTARTTLS: true,
      allowInsecureAuth: true,
      authMethods: ['PLAIN', 'LOGIN'],
      onAuth(auth, _session, callback) {
        if (auth.username === user && auth.password === password) callback(null, { user });
        else callback(new Error('Invalid username or password'));
      },
      onData(stream, session, callback) {
        simpleParser(stream).then(
          (parsed) => {
            self!.received.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
            });
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    const address = (server as unknown as { server: { address(): AddressInfo } }).server.address();
    self = new SmtpTestServer(server, `smtp://${user}:${password}@127.0.0.1:${address.port}`, address.port);
    return self;
  }

  /** Takes (and forgets) what arrived since the last call. */
  take(): ReceivedMail[] {
    return this.received.splice(0);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
