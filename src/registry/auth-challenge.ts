/**
 * WWW-Authenticate as registries send it (RFC 7235): one or more challenges, each a scheme
 * followed by comma-separated `key=value` or `key="quoted, value"` parameters, e.g.
 *   Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/node:pull"
 *   Basic realm="test"
 */
export interface Challenge {
  /** lower-cased: bearer, basic */
  scheme: string;
  /** parameter names lower-cased */
  params: Record<string, string>;
}

export function parseWwwAuthenticate(header: string): Challenge[] {
  const challenges: Challenge[] = [];
  let i = 0;
  const skip = (chars: RegExp): void => {
    while (i < header.length && chars.test(header[i]!)) i++;
  };
  const token = (): string => {
    const start = i;
    while (i < header.length && /[!#$%&'*+.^_`|~\w-]/.test(header[i]!)) i++;
    return header.slice(start, i);
  };
  const quoted = (): string => {
    let value = '';
    i++;
    while (i < header.length && header[i] !== '"') {
      if (header[i] === '\\' && i + 1 < header.length) i++;
      value += header[i++];
    }
    i++;
    return value;
  };
  while (i < header.length) {
    skip(/[\s,]/);
    const scheme = token();
    if (!scheme) break;
    const challenge: Challenge = { scheme: scheme.toLowerCase(), params: {} };
    challenges.push(challenge);
    for (;;) {
      skip(/[\s,]/);
      const start = i;
      const name = token();
      skip(/\s/);
      if (!name || header[i] !== '=') {
        // the next challenge's scheme (or a token68 we have no use for)
        i = start;
        break;
      }
      i++;
      skip(/\s/);
      challenge.params[name.toLowerCase()] = header[i] === '"' ? quoted() : token();
    }
  }
  return challenges;
}
