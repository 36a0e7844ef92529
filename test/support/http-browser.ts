/**
 * Just enough of a browser for the sign-in flow over plain HTTP: a cookie jar per host, redirects
 * followed by hand (so a spec can stop at the callback), and the OpenID Provider's login form.
 */
export class HttpBrowser {
  private readonly jar = new Map<string, Map<string, string>>();

  cookie(url: string, name: string): string | undefined {
    return this.jar.get(new URL(url).host)?.get(name);
  }

  setCookie(url: string, name: string, value: string): void {
    const host = new URL(url).host;
    if (!this.jar.has(host)) this.jar.set(host, new Map());
    this.jar.get(host)!.set(name, value);
  }

  /** One request, carrying and keeping this host's cookies; never follows a redirect. */
  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const host = new URL(url).host;
    const cookies = [...(this.jar.get(host) ?? new Map<string, string>())].map(([name, value]) => `${name}=${value}`).join('; ');
    const headers = new Headers(init.headers);
    if (cookies) headers.set('cookie', cookies);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const equals = pair.indexOf('=');
      const [name, value] = [pair.slice(0, equals).trim(), pair.slice(equals + 1).trim()];
      const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute)) || value === '';
      if (expired) this.jar.get(host)?.delete(name);
      else this.setCookie(url, name, value);
    }
    return response;
  }

  /** Follows redirects from `url` until `stop(url)` says so or a page answers; returns the last address and answer. */
  async follow(url: string, stop: (next: URL) => boolean = () => false): Promise<{ url: string; response: Response }> {
    let current = url;
    for (let hops = 0; hops < 10; hops += 1) {
      const response = await this.request(current);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { url: current, response };
      const next = new URL(location, current);
      if (stop(next)) return { url: next.toString(), response };
      current = next.toString();
    }
    throw new Error(`more than 10 redirects from ${url}`);
  }

  /**
   * Starts sign-in at SaferPlan's /auth/login, fills the provider's login form as `login`, and
   * returns the callback address the provider sends the browser to, without visiting it.
   */
  async signInAtProvider(apiUrl: string, login: string, returnTo?: string): Promise<string> {
    const start = `${apiUrl}/auth/login${returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : ''}`;
    const { url: formUrl, response } = await this.follow(start);
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`the provider showed no login form at ${formUrl}: ${html.slice(0, 300)}`);
    const body = new URLSearchParams({ prompt: 'login', login, password: 'any password' });
    const submitted = await this.request(new URL(action.replace(/&amp;/g, '&'), formUrl).toString(), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    const callback = new URL(apiUrl).origin;
    const { url } = await this.follow(new URL(submitted.headers.get('location')!, formUrl).toString(), (next) => next.origin === callback);
    if (!url.startsWith(`${callback}/auth/callback`)) throw new Error(`the provider did not send the browser back to the callback (ended at ${url})`);
    return url;
  }
}
