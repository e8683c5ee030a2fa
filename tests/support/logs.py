"""Reading a real server's JSON log."""

import json
from pathlib import Path


def log_events(log_file: Path) -> list[dict]:
    return [json.loads(line) for line in log_file.read_text().splitlines() if line.startswith("{")]
