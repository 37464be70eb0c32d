#!/usr/bin/env bash
# The reference runner behind the asyncio-sandbox command-line shape, so that
# tools written for the binary (shared/conformance/check) can judge it too:
#   reference_cli.sh run [--timestamps] FILE
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ "${1:-}" != run ]]; then
  echo "usage: $0 run [--timestamps] [--max-time S] FILE" >&2
  exit 2
fi
shift
exec "${PYTHON:-python3}" "$here/run_reference.py" "$@"
