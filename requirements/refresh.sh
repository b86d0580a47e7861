#!/usr/bin/env bash
# Refresh the locks on purpose: resolve pyproject.toml's dependencies to their newest
# releases, with hashes, for every platform that runs Python 3.11+. Review the diff, run
# the tests, commit the locks with the reason. Needs only Python and the package index.
set -euo pipefail
cd "$(dirname "$0")/.."
tool=$(mktemp -d)
python3 -m venv "$tool" && "$tool/bin/pip" install -q "uv==0.13.9"
compile() { "$tool/bin/uv" pip compile pyproject.toml --universal --python-version 3.11 \
  --generate-hashes --quiet --no-header --custom-compile-command "bash requirements/refresh.sh" "$@"; }
compile --extra test -o requirements/test.lock
# the generator's lock takes the test lock's versions: both environments must write the same
# record (it names the validator's exact version), so `regenerate` changes nothing in either
compile --constraint requirements/test.lock -o requirements/run.lock
rm -rf "$tool"
