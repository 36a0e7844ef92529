/// <reference lib="dom" />
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { signIn } from '../session';
import { field, Page } from '../ui';

/** Paste a bearer token (npm start prints a development one; an administrator issues real ones). */
export function SignInPage({ reason, onSignedIn }: { reason: string | null; onSignedIn: () => void }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | undefined>();
  return h(
    Page,
    { title: 'Sign in' },
    reason ? h('div', { class: 'notice notice-warning', role: 'alert' }, reason) : null,
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
          }
        },
      },
      field({ id: 'token', label: 'Sign-in token', error }, (describedBy, invalid) =>
        h('textarea', { id: 'token', rows: 4, value: token, autocomplete: 'off', spellcheck: false, 'aria-describedby': describedBy, 'aria-invalid': invalid, onInput: (e: Event) => setToken((e.target as HTMLTextAreaElement).value) }),
      ),
      h('button', { type: 'submit' }, 'Sign in'),
    ),
  );
}
