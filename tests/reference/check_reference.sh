#!/usr/bin/env bash
# Check the reference runner against shared/conformance: CPython 3.11's own
# recorded outputs. The oracle must pass every program there.
#   check_reference.sh [CONFORMANCE_DIR]      (default: <repo>/../shared/conformance)
# Exits 77 (skipped) when no CPython 3.11 is available.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dir="${1:-$here/../../../shared/conformance}"
if [[ ! -f "$dir/check" ]]; then
  echo "check_reference: no conformance folder at $dir" >&2
  exit 2
fi
py=""
for c in "${PYTHON:-}" python3.11 python3; do
  if [[ -n "$c" ]] && command -v "$c" >/dev/null 2>&1 &&
     "$c" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
    # the real interpreter, not a version-manager shim (which can cost seconds per start)
    py="$("$c" -c 'import sys; print(sys.executable)')"
    break
  fi
done
if [[ -z "$py" ]]; then
  echo "SKIP: the reference needs CPython 3.11 (python3.11 or python3); none found"
  exit 77
fi
echo "reference: $py ($("$py" --version 2>&1))"
PYTHON="$py" exec "$py" "$dir/check" "$here/reference_cli.sh"
