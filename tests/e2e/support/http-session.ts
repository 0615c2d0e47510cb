// A cookie-keeping HTTP client for tests that speak to the server without a browser.
export class HttpSession {
  private readonly cookies = new Map<string, string>();
  constructor(
    readonly baseURL: string,
    private readonly ip?: string,
  ) {}

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  getCookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** The same client (address and cookies) as a separate jar: cookies it receives stay its own. */
  clone(): HttpSession {
    const copy = new HttpSession(this.baseURL, this.ip);
    for (const [name, value] of this.cookies) copy.setCookie(name, value);
    return copy;
  }

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", this.cookieHeader());
    if (this.ip) headers.set("x-forwarded-for", this.ip);
    const response = await fetch(new URL(path, this.baseURL), { ...init, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1);
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** next-auth's credentials sign-in, as its client library does it. */
  async signIn(email: string, password: string): Promise<Response> {
    const csrf = (await (await this.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const body = new URLSearchParams({
      email,
      password,
      csrfToken: csrf.csrfToken,
      json: "true",
      callbackUrl: this.baseURL,
    });
    return this.fetch("/api/auth/callback/credentials", {
      method: "POST",
      body,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
  }

  sessionToken(): string | undefined {
    return this.cookies.get("next-auth.session-token") ?? this.cookies.get("__Secure-next-auth.session-token");
  }
}
