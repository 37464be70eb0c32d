#!/usr/bin/env bash
# Check the reference runner against shared/conformance: CPython 3.11's own
# recorded outputs. It must pass every program; it is the oracle.
#   check_reference.sh [CONFORMANCE_DIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dir="${1:-$here/../../../shared/conformance}"
if [[ ! -x "$dir/check" && ! -f "$dir/check" ]]; then
  echo "check_reference: no conformance folder at $dir" >&2
  exit 2
fi
exec "${PYTHON:-python3}" "$dir/check" "$here/reference_cli.sh"
