"""The framework floor: a minimal async FastAPI endpoint returning a constant small JSON."""

from fastapi import FastAPI

app = FastAPI()


@app.get("/")
async def root() -> dict[str, str]:
    return {"status": "ok"}
