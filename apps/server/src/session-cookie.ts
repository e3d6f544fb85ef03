/** The cookies the server sets, named and scoped in one place for tRPC and the OpenID Connect routes. */
export interface CookieSettings {
  name: string;
  options: { path: '/'; httpOnly: true; sameSite: 'lax'; secure: boolean };
}

// __Host- pins a cookie to this host and path /, but browsers accept it only with Secure (https).
function nameCookie(base: string, secure: boolean): string {
  return secure ? `__Host-${base}` : base;
}

export function readSessionCookie(secure: boolean): CookieSettings {
  return {
    name: nameCookie('lagesbild-session', secure),
    options: { path: '/', httpOnly: true, sameSite: 'lax', secure },
  };
}

/**
 * Binds a sign-in at the identity provider to the browser that started it. Lax, so the top-level
 * redirect back from the provider still carries it.
 */
export function readOidcBindingCookie(secure: boolean): CookieSettings {
  return {
    name: nameCookie('lagesbild-oidc', secure),
    options: { path: '/', httpOnly: true, sameSite: 'lax', secure },
  };
}
