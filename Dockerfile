# Stretchbase API image: small, non-root; `stretchbase serve` migrates and seeds an empty
# database before serving. (Not built on our machines: no Docker engine runs there.)
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN useradd --system --uid 10001 --create-home --home-dir /home/stretchbase stretchbase
WORKDIR /app

# Installed in place (editable), so the CLI finds alembic/ and alembic.ini beside the code.
COPY pyproject.toml README.md alembic.ini ./
COPY alembic ./alembic
COPY api ./api
COPY models ./models
COPY seed ./seed
RUN pip install -e . && chown -R stretchbase /app

USER stretchbase
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s --retries=3 \
    CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=2)"
CMD ["stretchbase", "serve", "--host", "0.0.0.0", "--port", "8000"]
