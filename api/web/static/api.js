// The JSON API, from the same origin (the page's CSP allows no other).

export class ProblemResponse extends Error {
  constructor(status, problem) {
    super(problem.detail || `The service answered ${status}.`);
    this.status = status;
    this.problem = problem;
  }
}

async function send(url, init = {}) {
  let response;
  try {
    response = await fetch(url, {...init, headers: {accept: 'application/json', ...init.headers}});
  } catch {
    throw new ProblemResponse(0, {
      detail: 'We could not reach the service. Check your connection and try again.',
    });
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    if (response.status === 429) {
      const wait = response.headers.get('retry-after');
      body.detail = `Too many requests for now. Try again${wait ? ` in ${wait} seconds` : ' soon'}.`;
    }
    throw new ProblemResponse(response.status, body);
  }
  return body;
}

export const getQuestionnaire = () => send('/v1/questionnaire');

/** A pose's figures and cautions (a sparse read; cached by the browser with its ETag). */
export const getPose = (slug) =>
  send(`/v1/poses/${encodeURIComponent(slug)}?fields=slug,name,media,phases,cautions`);

/** Composes a routine; never saves it (no `save`). */
export const compose = (request) =>
  send('/v1/routines/compose', {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify(request),
  });
