/**
 * A standards-faithful LTI 1.3 platform (an LMS) run inside a test: its own RS256 keys and JWKS, OIDC login
 * initiation and an authorisation endpoint that answers with a signed id_token posted back by a form, deep-linking
 * return, and the Advantage services (AGS line items and scores, NRPS memberships) behind an OAuth2
 * client-credentials token endpoint that accepts only a client assertion signed by the tool's published key.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  SignJWT,
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';

const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';
export const ROLE = {
  instructor: 'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor',
  learner: 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner',
  admin: 'http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator',
};

export interface PlatformKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

export async function platformKey(kid: string): Promise<PlatformKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
}

export interface Person {
  sub: string;
  name?: string;
  email?: string;
  roles: string[];
  /** The roster's status of the member (NRPS): Active when not given. */
  status?: 'Active' | 'Inactive' | 'Deleted';
}

export interface LtiPlatform {
  url: string;
  issuer: string;
  clientId: string;
  deploymentId: string;
  key: PlatformKey;
  /** Keys published at the JWKS URL (change it to rotate). */
  published: PlatformKey[];
  /** What an administrator types into Rapport's registration form. */
  registration: Record<string, string>;
  /** Signs an id_token as this platform would (claims override the defaults; `key` to sign with another key). */
  idToken(claims: Record<string, unknown>, options?: { key?: PlatformKey; now?: Date }): Promise<string>;
  /** The claims of a resource-link launch in a course. */
  launchClaims(
    person: Person,
    course: { id: string; title: string },
    nonce: string,
    extra?: Record<string, unknown>,
  ): Record<string, unknown>;
  /** The next launch the authorisation endpoint answers with (browser flows). */
  next: { person: Person; course: { id: string; title: string }; extra?: Record<string, unknown> } | null;
  /** Deep-linking responses received, verified against the tool's key set. */
  deepLinks: JWTPayload[];
  /** Scores posted per line item URL. */
  scores: Map<string, Record<string, unknown>[]>;
  /** Line items made by POST or by a deep-link response. */
  lineItems: Map<string, Record<string, unknown>>;
  /** Answer the next n score posts with 500. */
  failScores: number;
  /** The course roster NRPS answers with. */
  roster: Person[];
  /** Access tokens issued (and the scopes), for checking the tool signed its assertion. */
  tokens: string[];
  close(): Promise<void>;
}

const body = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let s = '';
    req.on('data', (c: Buffer) => (s += c.toString()));
    req.on('end', () => resolve(s));
  });

export interface PlatformOptions {
  clientId?: string;
  deploymentId?: string;
  /** The tool's key set, when the tool is not reachable over HTTP at its base URL (service tests). */
  toolJwks?: () => Promise<{ keys: JWK[] }>;
  /** The platform's clock for checking the tool's client assertions (service tests run on a test clock). */
  now?: () => Date;
  /**
   * The host name the platform is known by (it listens on 127.0.0.1 whatever it is): `localhost` makes it another
   * site than a tool at 127.0.0.1, so a browser treats the tool in its frame as third-party.
   */
  host?: string;
}

export async function startPlatform(toolBaseUrl: string, options: PlatformOptions = {}): Promise<LtiPlatform> {
  const key = await platformKey('platform-key-1');
  const clientId = options.clientId ?? `client-${crypto.randomUUID().slice(0, 8)}`;
  const deploymentId = options.deploymentId ?? 'deployment-1';
  const remoteKeys = createRemoteJWKSet(new URL(`${toolBaseUrl}/api/lti/jwks.json`), { cooldownDuration: 0 });
  const toolKeys: JWTVerifyGetKey = options.toolJwks
    ? async (header, token) => createLocalJWKSet(await options.toolJwks!())(header, token)
    : remoteKeys;
  const p: LtiPlatform = {
    url: '',
    issuer: '',
    clientId,
    deploymentId,
    key,
    published: [key],
    registration: {},
    next: null,
    deepLinks: [],
    scores: new Map(),
    lineItems: new Map(),
    failScores: 0,
    roster: [],
    tokens: [],
    async idToken(claims, o = {}) {
      const signer = o.key ?? key;
      const at = Math.floor((o.now ?? new Date()).getTime() / 1000);
      return new SignJWT({
        iss: p.issuer,
        aud: clientId,
        iat: at,
        exp: at + 300,
        [`${LTI}deployment_id`]: deploymentId,
        [`${LTI}version`]: '1.3.0',
        ...claims,
      })
        .setProtectedHeader({ alg: 'RS256', kid: signer.kid, typ: 'JWT' })
        .sign(signer.privateKey);
    },
    launchClaims(person, course, nonce, extra = {}) {
      return {
        sub: person.sub,
        name: person.name,
        email: person.email,
        nonce,
        [`${LTI}message_type`]: 'LtiResourceLinkRequest',
        [`${LTI}roles`]: person.roles,
        [`${LTI}context`]: {
          id: course.id,
          title: course.title,
          type: ['http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering'],
        },
        [`${LTI}resource_link`]: { id: `link-${course.id}` },
        [`${LTI}target_link_uri`]: `${toolBaseUrl}/lti/launch`,
        'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice': {
          context_memberships_url: `${p.url}/courses/${encodeURIComponent(course.id)}/memberships`,
          service_versions: ['2.0'],
        },
        'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint': {
          scope: [
            'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem',
            'https://purl.imsglobal.org/spec/lti-ags/scope/score',
          ],
          lineitems: `${p.url}/courses/${encodeURIComponent(course.id)}/lineitems`,
        },
        ...extra,
      };
    },
    close: () => new Promise((r) => server.close(() => r())),
  };

  async function authorised(req: IncomingMessage, scope: string): Promise<boolean> {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    return (
      Boolean(token && p.tokens.includes(`${token} ${scope}`)) ||
      Boolean(token && p.tokens.some((t) => t.startsWith(`${token} `) && t.includes(scope)))
    );
  }

  /** The tool's third-party-initiated login, as the LMS's pages link to it (escaped for an HTML attribute). */
  function toolLogin(): string {
    const login = new URL(`${toolBaseUrl}/lti/login`);
    login.searchParams.set('iss', p.issuer);
    login.searchParams.set('login_hint', 'hint');
    login.searchParams.set('target_link_uri', `${toolBaseUrl}/lti/launch`);
    login.searchParams.set('client_id', clientId);
    login.searchParams.set('lti_deployment_id', deploymentId);
    return login.toString().replace(/&/g, '&amp;');
  }

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', p.url);
    const send = (status: number, data: unknown, type = 'application/json') => {
      res.writeHead(status, { 'content-type': type });
      res.end(typeof data === 'string' ? data : JSON.stringify(data));
    };
    try {
      if (url.pathname === '/jwks') return send(200, { keys: p.published.map((k) => k.publicJwk) });
      if (url.pathname === '/auth') {
        // The OIDC authorisation endpoint: checks the request the tool built, then posts the id_token back.
        const q = url.searchParams;
        if (
          q.get('client_id') !== clientId ||
          q.get('response_type') !== 'id_token' ||
          q.get('scope') !== 'openid' ||
          q.get('response_mode') !== 'form_post' ||
          !q.get('nonce') ||
          !q.get('state')
        ) {
          return send(400, 'bad authorisation request', 'text/plain');
        }
        const launch = p.next;
        if (!launch) return send(400, 'no launch prepared', 'text/plain');
        const token = await p.idToken(p.launchClaims(launch.person, launch.course, q.get('nonce')!, launch.extra));
        const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
        return send(
          200,
          `<!doctype html><html lang="en"><title>Launching</title><body><form method="post" action="${escape(q.get('redirect_uri')!)}"><input type="hidden" name="id_token" value="${escape(token)}"><input type="hidden" name="state" value="${escape(q.get('state')!)}"><button>Continue to the tool</button></form><script>document.forms[0].submit()</script></body></html>`,
          'text/html',
        );
      }
      if (url.pathname === '/start') {
        // The LMS page with the link: third-party-initiated login towards the tool.
        return send(
          200,
          `<!doctype html><html lang="en"><title>Course</title><body><a href="${toolLogin()}">Open Rapport</a></body></html>`,
          'text/html',
        );
      }
      if (url.pathname === '/frame') {
        // The LMS page that shows the tool inside its own frame: the same login, in an iframe.
        return send(
          200,
          `<!doctype html><html lang="en"><title>Course</title><body><h1>Week 1</h1><iframe title="Rapport activity" width="800" height="600" src="${toolLogin()}"></iframe></body></html>`,
          'text/html',
        );
      }
      if (url.pathname === '/token' && req.method === 'POST') {
        const form = new URLSearchParams(await body(req));
        if (
          form.get('grant_type') !== 'client_credentials' ||
          form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
        )
          return send(400, { error: 'invalid_request' });
        try {
          await jwtVerify(form.get('client_assertion') ?? '', toolKeys, {
            issuer: clientId,
            subject: clientId,
            audience: `${p.url}/token`,
            currentDate: options.now?.(),
          });
        } catch {
          return send(401, { error: 'invalid_client' });
        }
        const token = crypto.randomUUID();
        p.tokens.push(`${token} ${form.get('scope') ?? ''}`);
        return send(200, { access_token: token, token_type: 'Bearer', expires_in: 3600, scope: form.get('scope') });
      }
      if (url.pathname === '/deep-link-return' && req.method === 'POST') {
        const form = new URLSearchParams(await body(req));
        const { payload } = await jwtVerify(form.get('JWT') ?? '', toolKeys, {
          issuer: clientId,
          audience: p.issuer,
          currentDate: options.now?.(),
        });
        p.deepLinks.push(payload);
        return send(
          200,
          '<!doctype html><html lang="en"><title>Added</title><body><h1>Activity added</h1></body></html>',
          'text/html',
        );
      }
      const items = /^\/courses\/([^/]+)\/lineitems$/.exec(url.pathname);
      if (items) {
        if (!(await authorised(req, 'lineitem'))) return send(401, { error: 'unauthorised' });
        if (req.method === 'POST') {
          const item = JSON.parse(await body(req)) as Record<string, unknown>;
          const id = `${p.url}${url.pathname}/${p.lineItems.size + 1}`;
          p.lineItems.set(id, { ...item, id });
          return send(201, { ...item, id });
        }
        const resourceId = url.searchParams.get('resource_id');
        return send(
          200,
          [...p.lineItems.values()].filter((i) => !resourceId || i.resourceId === resourceId),
        );
      }
      const scores = /^(\/courses\/[^/]+\/lineitems\/[^/]+)\/scores$/.exec(url.pathname);
      if (scores && req.method === 'POST') {
        if (!(await authorised(req, 'score'))) return send(401, { error: 'unauthorised' });
        if (req.headers['content-type'] !== 'application/vnd.ims.lis.v1.score+json')
          return send(415, { error: 'score media type' });
        if (p.failScores > 0) {
          p.failScores -= 1;
          return send(500, { error: 'the gradebook is down' });
        }
        const item = `${p.url}${scores[1]}`;
        p.scores.set(item, [...(p.scores.get(item) ?? []), JSON.parse(await body(req)) as Record<string, unknown>]);
        return send(200, {});
      }
      if (/^\/courses\/[^/]+\/memberships$/.test(url.pathname)) {
        if (!(await authorised(req, 'contextmembership'))) return send(401, { error: 'unauthorised' });
        return send(
          200,
          {
            id: `${p.url}${url.pathname}`,
            members: p.roster.map((m) => ({
              status: m.status ?? 'Active',
              user_id: m.sub,
              name: m.name,
              email: m.email,
              roles: m.roles,
            })),
          },
          'application/vnd.ims.lti-nrps.v2.membershipcontainer+json',
        );
      }
      send(404, { error: 'not found' });
    } catch (error) {
      send(500, { error: (error as Error).message });
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  p.url = `http://${options.host ?? '127.0.0.1'}:${(server.address() as AddressInfo).port}`;
  p.issuer = p.url;
  p.registration = {
    name: 'Test LMS',
    issuer: p.issuer,
    clientId,
    deploymentIds: deploymentId,
    authUrl: `${p.url}/auth`,
    tokenUrl: `${p.url}/token`,
    jwksUrl: `${p.url}/jwks`,
  };
  return p;
}
