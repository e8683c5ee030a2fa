"""The deployment smoke test (`make compose-test` runs it after building the images).

Brings up docker-compose.yml with two API replicas behind the proxy and checks it as a user
would, through the one published port on 127.0.0.1:

1. the one-shot `migrate` finished (exit 0) before any API replica started; PostgreSQL,
   Redis, both replicas and the proxy report healthy;
2. every container runs as a non-root user on a read-only root filesystem (a write to `/`
   fails; the tmpfs mounts take writes);
3. through the proxy: every curl example in README.md answers 2xx; a saved composition
   (201 + Location) reads back from both replicas; If-None-Match gets a 304 from both
   replicas (one ETag for one body); the rate limit is one counter in the stack's Redis
   shared by both replicas (the request after the quota is a 429, though each replica saw
   only about half of them) and counts clients, not the proxy (another client still has its
   whole quota; a forged X-Forwarded-For does not buy a new one);
4. nothing a person reported (pain level, limits, red flags) reaches a container's log;
5. `docker-compose down -v` leaves no container, network or volume of the project behind.

Prints one line per check and a summary; exits 1 when a check failed.
"""

import argparse
import json
import os
import re
import shlex
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import httpx

ROOT = Path(__file__).resolve().parents[2]
RATE_LIMIT = 100  # per minute: above what the checks before the rate-limit check send
HEALTHY_SERVICES = ("db", "redis", "api", "proxy")
# What a person reports: none of it may reach a log line (the access log omits query strings).
REPORTED = ("pain_level", "cannot_kneel", "saddle_numbness", "mobility_limits", "red_flags")
UP_TIMEOUT_SECONDS = 180


@dataclass
class Results:
    passed: int = 0
    failed: int = 0

    def check(self, ok: bool, what: str, detail: str = "") -> bool:
        self.passed += ok
        self.failed += not ok
        suffix = f"  ({detail})" if detail else ""
        print(f"  {'PASS' if ok else 'FAIL'}  {what}{suffix}", flush=True)
        return ok


class Stack:
    """docker-compose and docker, for one project name."""

    def __init__(self, project: str, env_file: str | None, port: int) -> None:
        self.project = project
        self.port = port
        self.compose_command = ["docker-compose", "--project-name", project]
        if env_file:
            self.compose_command += ["--env-file", env_file]
        self.env = {
            **os.environ,
            "STRETCHBASE_PORT": str(port),
            "STRETCHBASE_RATE_LIMIT": f"{RATE_LIMIT}/minute",
        }

    def compose(self, *args: str) -> str:
        return run([*self.compose_command, *args], env=self.env)

    def containers(self) -> list[dict]:
        ids = run(["docker", "ps", "--all", "--quiet", "--filter", f"label={self.label}"]).split()
        return json.loads(run(["docker", "inspect", *ids])) if ids else []

    @property
    def label(self) -> str:
        return f"com.docker.compose.project={self.project}"

    def leftovers(self) -> dict[str, list[str]]:
        def listed(*command: str) -> list[str]:
            return run([*command, "--filter", f"label={self.label}"]).split()

        return {
            "containers": listed("docker", "ps", "--all", "--quiet"),
            "networks": listed("docker", "network", "ls", "--format", "{{.Name}}"),
            "volumes": listed("docker", "volume", "ls", "--format", "{{.Name}}"),
        }


def run(command: list[str], env: dict[str, str] | None = None) -> str:
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
    if done.returncode != 0:
        raise RuntimeError(f"{shlex.join(command)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def attempt(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def timestamp(value: str) -> datetime:
    """Docker's RFC 3339 times carry nanoseconds; datetime takes microseconds."""
    return datetime.fromisoformat(re.sub(r"(\.\d{6})\d*", r"\1", value).replace("Z", "+00:00"))


def service(container: dict) -> str:
    return container["Config"]["Labels"]["com.docker.compose.service"]


def name(container: dict) -> str:
    return container["Name"].lstrip("/")


# --- the README's curl examples -------------------------------------------------------


@dataclass
class CurlExample:
    method: str
    path: str
    headers: dict[str, str]
    body: str | None
    text: str


def readme_curl_examples(readme: str) -> Iterator[CurlExample]:
    """Every `curl` command in README.md's sh blocks (continued lines joined; pipes,
    `;` and comments cut), as the request it sends."""
    for block in re.findall(r"```sh\n(.*?)```", readme, flags=re.DOTALL):
        for line in block.replace("\\\n", " ").splitlines():
            lexer = shlex.shlex(line, posix=True, punctuation_chars=";|&")
            lexer.whitespace_split = True
            command: list[str] = []
            for token in [*lexer, ";"]:
                if token and set(token) <= set(";|&"):
                    if command and command[0] == "curl":
                        yield parse_curl(command)
                    command = []
                else:
                    command.append(token)


def parse_curl(args: list[str]) -> CurlExample:
    method, headers, body, url = None, {}, None, None
    tokens = iter(args[1:])
    for token in tokens:
        if token in ("-X", "--request"):
            method = next(tokens)
        elif token in ("-H", "--header"):
            key, _, value = next(tokens).partition(":")
            headers[key.strip()] = value.strip()
        elif token in ("-d", "--data"):
            body = next(tokens)
        elif not token.startswith("-"):
            url = token
    if url is None:
        raise ValueError(f"no URL in {shlex.join(args)}")
    parts = urlsplit(url if "://" in url else f"http://{url}")
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return CurlExample(method or ("POST" if body else "GET"), path, headers, body, shlex.join(args))


# --- the checks --------------------------------------------------------------------------


def check_up(stack: Stack, results: Results) -> list[dict]:
    print("\n== the stack comes up: docker-compose up -d --scale api=2", flush=True)
    started = time.monotonic()
    stack.compose("up", "--detach", "--scale", "api=2")
    deadline = started + UP_TIMEOUT_SECONDS
    while True:
        containers = stack.containers()
        health = {
            name(c): c["State"].get("Health", {}).get("Status")
            for c in containers
            if service(c) in HEALTHY_SERVICES
        }
        if (health and all(status == "healthy" for status in health.values())) or (
            time.monotonic() > deadline or "unhealthy" in health.values()
        ):
            break
        time.sleep(1)
    elapsed = time.monotonic() - started
    by_service = Counter(service(c) for c in containers)
    results.check(
        by_service == Counter({"db": 1, "redis": 1, "migrate": 1, "api": 2, "proxy": 1}),
        "services: db, redis, migrate, two api replicas, proxy",
        ", ".join(f"{s}×{n}" for s, n in sorted(by_service.items())),
    )
    results.check(
        bool(health) and all(status == "healthy" for status in health.values()),
        f"healthchecks healthy within {elapsed:.0f} s",
        ", ".join(f"{n}: {s}" for n, s in sorted(health.items())),
    )
    migrate = [c for c in containers if service(c) == "migrate"]
    replicas = [c for c in containers if service(c) == "api"]
    if migrate and replicas:
        finished = timestamp(migrate[0]["State"]["FinishedAt"])
        first_start = min(timestamp(c["State"]["StartedAt"]) for c in replicas)
        code = migrate[0]["State"]["ExitCode"]
        results.check(
            migrate[0]["State"]["Status"] == "exited" and code == 0 and finished <= first_start,
            "migrate ran to completion before any API replica started",
            f"exit {code}, finished {(first_start - finished).total_seconds():.2f} s "
            "before the first replica started",
        )
        log = run(["docker", "logs", name(migrate[0])])
        results.check(
            "latest revision" in log and "content version" in log,
            "migrate migrated and seeded the database",
            log.strip().splitlines()[-1][:100] if log.strip() else "no output",
        )
    return containers


def check_hardening(containers: list[dict], results: Results) -> None:
    print("\n== non-root, read-only root filesystem", flush=True)
    for container in sorted(containers, key=name):
        user = container["Config"]["User"]
        readonly = container["HostConfig"]["ReadonlyRootfs"]
        what = f"{name(container)}: user {user or 'unset'}"
        if container["State"]["Running"]:
            top = run(["docker", "top", container["Id"], "-eo", "uid,pid,comm"])
            uids = {line.split()[0] for line in top.splitlines()[1:]}
            write = attempt(["docker", "exec", container["Id"], "touch", "/write-probe"])
            tmpfs = sorted(container["HostConfig"].get("Tmpfs") or {})
            tmpfs_ok = all(
                attempt(
                    ["docker", "exec", container["Id"], "sh", "-c", f"echo x > {d}/write-probe"]
                ).returncode
                == 0
                for d in tmpfs
            )
            results.check(
                bool(user) and "0" not in uids,
                f"{what}, every process non-root",
                f"uids {', '.join(sorted(uids))}",
            )
            results.check(
                readonly and write.returncode != 0 and "Read-only file system" in write.stderr,
                f"{name(container)}: root filesystem read-only, tmpfs writable",
                f"tmpfs {', '.join(tmpfs) or 'none'}{'' if tmpfs_ok else ' NOT writable'}",
            )
            if not tmpfs_ok:
                results.check(False, f"{name(container)}: tmpfs writable")
        else:
            results.check(
                bool(user) and user.split(":")[0] not in ("0", "root") and readonly,
                f"{what}, read-only root filesystem (exited one-shot)",
            )


def check_readme_examples(client: httpx.Client, results: Results) -> None:
    print("\n== README.md's curl examples, through the proxy", flush=True)
    examples = list(readme_curl_examples((ROOT / "README.md").read_text(encoding="utf-8")))
    failures = []
    saved: dict[str, str] = {}  # <id> and <deletion_token>, from the README's own save

    def fill(text: str) -> str:
        for name, value in saved.items():
            text = text.replace(f"<{name}>", value)
        return text

    for number, example in enumerate(examples):
        response = client.request(
            example.method,
            fill(example.path),
            headers={
                **{key: fill(value) for key, value in example.headers.items()},
                "X-Request-ID": f"smoke-readme-{number}",
            },
            content=example.body,
        )
        answered = response.content or response.status_code == 204
        if not (200 <= response.status_code < 300 and answered):
            failures.append(f"{example.method} {example.path} → {response.status_code}")
        elif response.status_code == 201:
            body = response.json()
            saved = {"id": body.get("id", ""), "deletion_token": body.get("deletion_token", "")}
    results.check(
        bool(examples) and not failures,
        f"{len(examples)} curl examples from README.md answer 2xx",
        "; ".join(failures),
    )


def check_save_and_read_back(client: httpx.Client, results: Results) -> list[str]:
    print("\n== a save and its read-back", flush=True)
    reported = {"pain_level": 5, "mobility_limits": ["cannot_kneel"], "save": True}
    saved = client.post(
        "/v1/routines/compose", json=reported, headers={"X-Request-ID": "smoke-save"}
    )
    location = saved.headers.get("location", "")
    results.check(
        saved.status_code == 201 and location.startswith("/v1/routines/"),
        "POST /v1/routines/compose with save: 201 and a Location",
        f"{saved.status_code} {location}",
    )
    if not location:
        return []
    routine_id = location.rsplit("/", 1)[-1]
    request_ids = [f"smoke-read-back-{n}" for n in range(4)]
    answers = [client.get(location, headers={"X-Request-ID": rid}) for rid in request_ids]
    results.check(
        all(a.status_code == 200 and a.json().get("id") == routine_id for a in answers),
        f"GET {location} answers the saved routine (4 reads, round-robin)",
        ", ".join(str(a.status_code) for a in answers),
    )
    listed = client.get("/v1/routines", params={"limit": 100})
    ids = [item.get("id") for item in listed.json().get("items", [])]
    results.check(
        listed.status_code == 200 and routine_id not in ids,
        "GET /v1/routines does not list it (saved compositions are private)",
    )
    token = saved.json().get("deletion_token", "")
    wrong = client.delete(location, headers={"Authorization": "Bearer not-the-token"})
    deleted = client.delete(location, headers={"Authorization": f"Bearer {token}"})
    gone = client.get(location)
    results.check(
        wrong.status_code == 401 and deleted.status_code == 204 and gone.status_code == 404,
        "DELETE with a wrong token: 401; with its deletion token: 204; then GET: 404",
        f"{wrong.status_code}, {deleted.status_code}, {gone.status_code}",
    )
    return request_ids


def check_not_modified(client: httpx.Client, results: Results) -> list[str]:
    print("\n== conditional requests", flush=True)
    first = client.get("/v1/poses", headers={"X-Request-ID": "smoke-etag"})
    etag = first.headers.get("etag")
    request_ids = [f"smoke-304-{n}" for n in range(4)]
    answers = [
        client.get("/v1/poses", headers={"If-None-Match": etag or "", "X-Request-ID": rid})
        for rid in request_ids
    ]
    results.check(
        first.status_code == 200
        and bool(etag)
        and all(a.status_code == 304 and not a.content for a in answers),
        "If-None-Match with the ETag: 304, empty body (4 requests, round-robin)",
        f"ETag {etag}; {', '.join(str(a.status_code) for a in answers)}",
    )
    return request_ids


def rate_limit_state(response: httpx.Response) -> tuple[int, int]:
    """(remaining, seconds to reset) from `RateLimit: "default";r=R;t=T`."""
    match = re.search(r"r=(\d+);t=(\d+)", response.headers.get("ratelimit", ""))
    if match is None:
        raise RuntimeError(f"no RateLimit header on {response.request.url}")
    return int(match[1]), int(match[2])


def check_rate_limit(client: httpx.Client, api_container: str, results: Results) -> list[str]:
    print(f"\n== the rate limit ({RATE_LIMIT}/minute), shared through Redis", flush=True)
    probe = client.get("/v1/poses", headers={"X-Request-ID": "smoke-rate-probe"})
    remaining, reset = rate_limit_state(probe)
    if reset < 15:  # too close to the window's end to spend the quota in it: wait it out
        time.sleep(reset + 1)
        probe = client.get("/v1/poses", headers={"X-Request-ID": "smoke-rate-probe-2"})
        remaining, reset = rate_limit_state(probe)
    request_ids = [f"smoke-rate-{n}" for n in range(remaining)]
    statuses = Counter(
        client.get("/v1/poses", headers={"X-Request-ID": rid}).status_code for rid in request_ids
    )
    over = client.get("/v1/poses", headers={"X-Request-ID": "smoke-rate-over"})
    results.check(
        statuses == Counter({200: remaining})
        and over.status_code == 429
        and over.headers.get("content-type", "").startswith("application/problem+json")
        and over.headers.get("retry-after", "").isdigit(),
        f"the {remaining} requests left in the quota pass; the next is a 429 with Retry-After",
        f"{dict(statuses)}, then {over.status_code}, Retry-After {over.headers.get('retry-after')}",
    )
    forged = client.get("/v1/poses", headers={"X-Forwarded-For": "198.51.100.7"})
    results.check(
        forged.status_code == 429,
        "a forged X-Forwarded-For does not buy a new quota",
        str(forged.status_code),
    )
    # Another client: a process in an API container, calling the proxy over the stack's
    # network. Its counter is its own, so the proxy's address is not what is counted.
    script = (
        "import urllib.request as u, urllib.error as e\n"
        "try: r = u.urlopen('http://proxy:8080/v1/poses', timeout=5)\n"
        "except e.HTTPError as error: r = error\n"
        "print(r.getcode(), r.headers['RateLimit'])"
    )
    other = run(["docker", "exec", api_container, "python", "-c", script]).strip()
    results.check(
        other.startswith("200 ") and f"r={RATE_LIMIT - 1};" in other,
        "another client, meanwhile, has its whole quota (the limit counts clients, not the proxy)",
        other,
    )
    return request_ids


def served_by(replicas: list[dict]) -> dict[str, str]:
    """request id → the replica whose access log has it."""
    served = {}
    for replica in replicas:
        for line in run(["docker", "logs", name(replica)]).splitlines():
            if line.startswith("{") and '"request_id"' in line:
                served[json.loads(line)["request_id"]] = name(replica)
    return served


def check_replicas_and_logs(
    containers: list[dict],
    request_ids: dict[str, list[str]],
    results: Results,
) -> None:
    print("\n== which replica served what (their access logs), and what the logs hold", flush=True)
    replicas = [c for c in containers if service(c) == "api"]
    served = served_by(replicas)
    for what, ids in request_ids.items():
        counts = Counter(served.get(rid, "no replica") for rid in ids)
        results.check(
            len(replicas) == 2
            and all(counts[name(r)] > 0 for r in replicas)
            and "no replica" not in counts,
            f"{what}: served by both replicas",
            ", ".join(f"{n} {c}" for n, c in sorted(counts.items())),
        )
    leaks = []
    for container in containers:
        done = attempt(["docker", "logs", name(container)])
        leaks += [f"{name(container)}: {w}" for w in REPORTED if w in done.stdout + done.stderr]
    results.check(
        not leaks,
        "no container log holds what a person reported",
        "; ".join(leaks),
    )


def check_down(stack: Stack, containers: list[dict], results: Results) -> None:
    print("\n== docker-compose down -v", flush=True)
    volumes = {m["Name"] for c in containers for m in c["Mounts"] if m["Type"] == "volume"}
    networks = {n for c in containers for n in c["NetworkSettings"]["Networks"]}
    stack.compose("down", "--volumes", "--remove-orphans")
    left = stack.leftovers()
    left["volumes"] += [
        v for v in volumes if attempt(["docker", "volume", "inspect", v]).returncode == 0
    ]
    left["networks"] += [
        n for n in networks if attempt(["docker", "network", "inspect", n]).returncode == 0
    ]
    results.check(
        not any(left.values()),
        "nothing left: no container, network or volume of the project",
        "; ".join(f"{k}: {', '.join(sorted(set(v)))}" for k, v in left.items() if v)
        or f"removed {len(containers)} containers, networks {', '.join(sorted(networks))}, "
        f"volumes {', '.join(sorted(volumes))}",
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--project", default="stretchbase-smoke")
    parser.add_argument("--env-file", help="e.g. .ci/compose/standins.env (image names)")
    parser.add_argument("--port", type=int, default=0, help="published port (default: a free one)")
    args = parser.parse_args()
    stack = Stack(args.project, args.env_file, args.port or free_port())
    results = Results()
    started = time.monotonic()
    print(f"compose smoke test: project {stack.project}, proxy on 127.0.0.1:{stack.port}")
    stack.compose("down", "--volumes", "--remove-orphans")  # what an interrupted run left
    containers: list[dict] = []
    try:
        containers = check_up(stack, results)
        if results.failed:
            raise RuntimeError("the stack did not come up")
        check_hardening(containers, results)
        request_ids: dict[str, list[str]] = {}
        api_container = next(name(c) for c in containers if service(c) == "api")
        with httpx.Client(base_url=f"http://127.0.0.1:{stack.port}", timeout=10) as client:
            check_readme_examples(client, results)
            request_ids["the save's read-backs"] = check_save_and_read_back(client, results)
            request_ids["the 304s"] = check_not_modified(client, results)
            request_ids["the rate-limited requests"] = check_rate_limit(
                client, api_container, results
            )
        check_replicas_and_logs(containers, request_ids, results)
    except Exception as exc:  # report and tear down; the summary says FAIL
        results.check(False, "the run went through", f"{type(exc).__name__}: {exc}")
        for container in containers or stack.containers():
            log = attempt(["docker", "logs", "--tail", "15", name(container)])
            print(f"--- {name(container)} (last lines)\n{log.stdout}{log.stderr}")
    finally:
        containers = containers or stack.containers()
        try:
            check_down(stack, containers, results)
        except Exception as exc:
            results.check(False, "docker-compose down -v", f"{type(exc).__name__}: {exc}")
    verdict = "PASS" if results.failed == 0 else "FAIL"
    print(
        f"\ncompose smoke test: {verdict} — {results.passed} of "
        f"{results.passed + results.failed} checks passed in {time.monotonic() - started:.0f} s"
    )
    return 0 if results.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
