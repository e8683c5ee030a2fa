"""Print what the API image installs: the runtime dependencies and the build backend, as
pyproject.toml names them (versions come from requirements.lock, passed to pip with -c).

Used by the Dockerfile and by .ci/compose/compose-test.sh (which downloads them into
.ci/compose/wheelhouse/ so the image builds without network)."""

import sys
import tomllib
from pathlib import Path

path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("pyproject.toml")
project = tomllib.loads(path.read_text(encoding="utf-8"))
print("\n".join(project["project"]["dependencies"] + project["build-system"]["requires"]))
