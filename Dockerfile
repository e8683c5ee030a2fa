# Stretchbase API image: non-root, read-only at run time, every package pinned by
# requirements.lock. The base is a build argument: the official python:3.11-slim by default,
# or .ci/compose/standins/'s stand-in built from Debian's packages. Packages come from PyPI, or
# with `--build-arg PIP_NO_INDEX=true` only from .ci/compose/wheelhouse/ (no network during the
# build; `make compose-test` fills it on the host with `pip download`).
ARG PYTHON_IMAGE=python:3.11-slim

FROM ${PYTHON_IMAGE} AS build
ARG PIP_NO_INDEX=false
ENV PIP_NO_INDEX=${PIP_NO_INDEX} \
    PIP_FIND_LINKS=/wheelhouse \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PATH=/opt/stretchbase/bin:$PATH
WORKDIR /app
# Dependencies first (a layer that survives code changes), then the project, installed in
# place (editable) so the CLI finds alembic/ and alembic.ini beside the code.
COPY .ci/compose/wheelhouse /wheelhouse
COPY .ci/compose/requirements.py /tmp/requirements.py
COPY pyproject.toml requirements.lock ./
RUN python3 -m venv /opt/stretchbase \
    && python /tmp/requirements.py >/tmp/requirements.txt \
    && pip install --quiet -c requirements.lock -r /tmp/requirements.txt
COPY README.md alembic.ini ./
COPY alembic ./alembic
COPY api ./api
COPY models ./models
COPY seed ./seed
RUN pip install --quiet --no-deps --no-build-isolation -e . \
    && python -m compileall -q api models seed alembic

FROM ${PYTHON_IMAGE}
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/stretchbase/bin:$PATH
RUN groupadd --system --gid 10001 stretchbase \
    && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin stretchbase
COPY --from=build /opt/stretchbase /opt/stretchbase
COPY --from=build /app /app
WORKDIR /app
USER 10001:10001
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s --retries=3 \
    CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=2)"
CMD ["stretchbase", "serve", "--host", "0.0.0.0", "--port", "8000"]
