// The JSON API, from the same origin (the page's CSP allows no other). Answers go only in a
// POST body, never in a URL: URLs end up in proxies' and servers' logs.

/** How long the page waits for an answer before it says so (and offers to try again). */
export const TIMEOUT_MS = 20_000;

/** The API answered with a problem it explains (a 4xx with a `detail`, or a 422's `errors`). */
export class ProblemResponse extends Error {
  constructor(status, problem) {
    super(problem.detail || `The service answered ${status}.`);
    this.status = status;
    this.problem = problem;
  }
}

/**
 * No usable answer: no connection, no answer in time, an answer that is not the API's JSON (a
 * proxy's HTML error page), or a server error. `message` is calm and fit to show as it is.
 */
export class ServiceFailure extends Error {
  constructor(kind, status = 0) {
    super({
      offline: 'We could not reach the service. Check your connection, then try again.',
      timeout: 'The service is taking too long to answer. Try again in a moment.',
      unusable: 'The service is not answering properly just now. Try again in a moment.',
    }[kind]);
    this.kind = kind;
    this.status = status;
  }
}

async function send(url, init = {}) {
  const timeout = new AbortController(); // a timer of the page's (so a test's clock runs it)
  const timer = setTimeout(() => timeout.abort(), TIMEOUT_MS);
  const signal = init.signal ? AbortSignal.any([init.signal, timeout.signal]) : timeout.signal;
  let response;
  let body;
  try {
    response = await fetch(url, {
      ...init, signal, headers: {accept: 'application/json', ...init.headers},
    });
    const type = response.headers.get('content-type') || '';
    body = /^application\/([\w.+-]+\+)?json\b/.test(type) ? await response.json() : null;
  } catch (error) {
    if (init.signal?.aborted) throw init.signal.reason; // the caller gave up: not a failure
    if (timeout.signal.aborted) throw new ServiceFailure('timeout');
    if (!response) throw new ServiceFailure('offline');
    body = null; // a body that says it is JSON and is not
  } finally {
    clearTimeout(timer);
  }
  if (response.ok && body !== null && typeof body === 'object') return body;
  if (response.status === 429) {
    const wait = response.headers.get('retry-after');
    throw new ProblemResponse(429, {
      ...(body || {}),
      detail: `Too many requests for now. Try again${/^\d+$/.test(wait || '') ? ` in ${wait} seconds` : ' soon'}.`,
    });
  }
  // a 4xx the API explains is shown as it says; anything else is the service failing
  if (response.status >= 400 && response.status < 500 && body && typeof body.detail === 'string') {
    throw new ProblemResponse(response.status, body);
  }
  throw new ServiceFailure('unusable', response.status);
}

/** `body` if `check(body)` holds, else the service answered something that is not the API's. */
function shaped(check) {
  return (body) => {
    if (!check(body)) throw new ServiceFailure('unusable');
    return body;
  };
}

export const getQuestionnaire = () => send('/v1/questionnaire')
  .then(shaped((q) => Array.isArray(q.items) && Array.isArray(q.referral_actions)));

/**
 * Every pose's figures and cautions: one list, the same whatever the answers (a request per
 * pose of the routine would tell a log which poses a person was given). Cached by the
 * browser with its ETag.
 */
export async function getPoses(signal) {
  const poses = [];
  for (let offset = 0; ; offset += 100) {
    const page = await send(
      `/v1/poses?fields=slug,name,media,phases,cautions&limit=100&offset=${offset}`, {signal});
    if (!Array.isArray(page.items)) throw new ServiceFailure('unusable');
    poses.push(...page.items);
    if (page.items.length === 0 || poses.length >= page.total) return poses;
  }
}

/**
 * Every pose with its figures held in the page (blob: URLs), asked for when the page starts,
 * before any answer: the same requests for every person, and none after the answers, so no
 * log can tell which poses, modifications or outcome a person got. A figure that cannot be
 * read is left out (its pose shows none).
 */
export async function getLibrary(signal) {
  const poses = await getPoses(signal);
  const local = new Map();
  const urls = new Set(poses.flatMap((pose) => [
    pose.media?.image_url, ...Object.values(pose.media?.figures || {}),
  ].filter((url) => typeof url === 'string')));
  await Promise.all([...urls].map(async (url) => {
    try {
      const response = await fetch(url, {signal});
      if (response.ok) local.set(url, URL.createObjectURL(await response.blob()));
    } catch (error) {
      if (signal?.aborted) throw error;
    }
  }));
  const here = (url) => local.get(url) ?? null;
  const sources = Object.fromEntries([...local].map(([url, blob]) => [blob, url]));
  return new Map(poses.map((pose) => {
    const figures = Object.fromEntries(Object.entries(pose.media?.figures || {})
      .map(([name, url]) => [name, here(url)]).filter(([, url]) => url));
    const media = {...pose.media, image_url: here(pose.media?.image_url), figures, sources};
    return [pose.slug, {...pose, media}];
  }));
}

/** Composes a routine; never saves it (no `save`). The answers are the body, never the URL. */
export const compose = (request, signal) =>
  send('/v1/routines/compose', {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify(request),
    signal,
  }).then(shaped((c) => typeof c.outcome === 'string' && Array.isArray(c.items)
    && Array.isArray(c.notices) && Array.isArray(c.excluded)
    && (c.outcome !== 'referral' || (typeof c.referral === 'object' && c.referral !== null))));
