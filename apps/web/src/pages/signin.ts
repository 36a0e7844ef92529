/// <reference lib="dom" />
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { signIn, signInAsDemoPerson, signInWithProvider, type SignInOptions } from '../session';
import { FieldErrorSummary } from '../forms/error-summary';
import { field, Page } from '../ui';

interface SignInProps {
  reason: string | null;
  options: SignInOptions | null;
  onSignedIn: () => void;
}

/**
 * Sign in: with the organisation's identity provider when one is configured; in the demo, as
 * one of its people with one click; and, for developers, by pasting a bearer token.
 */
export function SignInPage({ reason, options, onSignedIn }: SignInProps) {
  const [error, setError] = useState<string | undefined>();
  return h(
    Page,
    { title: 'Sign in' },
    reason ? h('div', { class: 'notice notice-warning', role: 'alert' }, reason) : null,
    options?.oidc
      ? h('p', null, h('button', { type: 'button', class: 'primary', onClick: () => signInWithProvider(options) }, `Sign in with ${options.oidc.name}`))
      : null,
    options?.demo ? h(DemoPeople, { people: options.demo, onSignedIn, onError: setError }) : null,
    error ? h('div', { class: 'notice notice-error', role: 'alert' }, error) : null,
    h(PasteToken, { onSignedIn, primary: !options?.oidc && !options?.demo }),
  );
}

function DemoPeople({ people, onSignedIn, onError }: { people: NonNullable<SignInOptions['demo']>; onSignedIn: () => void; onError: (message: string) => void }) {
  return h(
    'section',
    { 'aria-labelledby': 'demo-people' },
    h('h2', { id: 'demo-people' }, "Sign in as one of the demo's people"),
    h('p', null, 'This is a demonstration: choose whom to be. Real sign-in uses your organisation account.'),
    h(
      'ul',
      { class: 'demo-people' },
      people.map((person) =>
        h(
          'li',
          { key: person.key },
          h(
            'button',
            {
              type: 'button',
              'aria-describedby': `person-${person.key}`,
              onClick: () => signInAsDemoPerson(person.key).then(onSignedIn, (e: Error) => onError(e.message)),
            },
            person.name,
          ),
          h('span', { id: `person-${person.key}`, class: 'hint' }, ` ${person.description} (${person.organisation})`),
        ),
      ),
    ),
  );
}

/** Paste a bearer token (npm start prints a development one; `npm run cli -- token` makes others). */
function PasteToken({ onSignedIn, primary }: { onSignedIn: () => void; primary: boolean }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  return h(
    'section',
    { 'aria-labelledby': 'paste-token' },
    h('h2', { id: 'paste-token' }, primary ? 'Paste a token' : 'Developers: paste a token'),
    h('p', null, 'Paste the sign-in token you were given. It is kept only in this browser tab and sent with every request.'),
    h(
      'form',
      {
        class: 'signin',
        noValidate: true,
        onSubmit: (event: Event) => {
          event.preventDefault();
          try {
            signIn(token);
            onSignedIn();
          } catch (e) {
            setError((e as Error).message);
            setAttempt((n) => n + 1);
          }
        },
      },
      h(FieldErrorSummary, { errors: error ? { token: error } : {}, attempt, ids: { token: 'token' }, formId: 'signin' }),
      field({ id: 'token', label: 'Sign-in token', error }, (describedBy, invalid) =>
        h('textarea', { id: 'token', rows: 4, value: token, autocomplete: 'off', spellcheck: false, 'aria-describedby': describedBy, 'aria-invalid': invalid, onInput: (e: Event) => setToken((e.target as HTMLTextAreaElement).value) }),
      ),
      h('button', { type: 'submit' }, 'Sign in'),
    ),
  );
}
