import { DEMO_PASSWORD } from '@bc/api/demo';

export interface GraphQLErrorShape {
  message: string;
  path?: string[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorShape[];
  headers: Headers;
}

/** Talks to the API over HTTP like the web app does: JSON POSTs, a session cookie. */
export class GraphQLClient {
  private cookie?: string;

  constructor(
    readonly baseUrl: string,
    readonly headers: Record<string, string> = {},
  ) {}

  async request<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, extraHeaders: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...this.headers,
        ...extraHeaders,
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    const body = (await response.json()) as { data?: T; errors?: GraphQLErrorShape[] };
    return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
  }

  /** The data, or a thrown error naming what the server said. */
  async ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await this.request<T>(query, variables);
    if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  }

  /** The first error's code (and field), for asserting refusals. */
  async error(query: string, variables?: Record<string, unknown>): Promise<GraphQLErrorShape> {
    const res = await this.request(query, variables);
    if (!res.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(res.data)}`);
    return res.errors[0];
  }

  async signIn(email: string, password = DEMO_PASSWORD): Promise<this> {
    await this.ok(`mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`, { input: { email, password } });
    return this;
  }

  get sessionCookie(): string | undefined {
    return this.cookie;
  }

  set sessionCookie(value: string | undefined) {
    this.cookie = value;
  }
}
