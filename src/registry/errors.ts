import { BuildError } from '../errors.js';

/** A registry answer that is an error; `status` tells a lost upload session (404, 416) from the rest. */
export class RegistryError extends BuildError {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** The registry's own words from an error body ({"errors":[{"code","message"}]}), if any. */
export async function errorDetail(response: Response): Promise<string> {
  let text: string;
  try {
    text = await response.text();
  } catch {
    return '';
  }
  try {
    const body = JSON.parse(text) as { errors?: { code?: string; message?: string }[] };
    const first = body.errors?.[0];
    if (first) return ` ${[first.code, first.message].filter(Boolean).join(': ')}`;
  } catch {
    // not JSON: a proxy's or load balancer's page
  }
  const line = text.trim().split('\n')[0]?.slice(0, 200);
  return line ? ` ${line}` : '';
}
