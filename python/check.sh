#!/usr/bin/env bash
# The Python package's tests: installs it with pip into a fresh virtual environment (outside
# the clone), with NumPy, pytest and scikit-learn from PyPI, and runs pytest (doctests too).
# Usage: bash python/check.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
venv="${SWIFT_AUC_PYTHON_VENV:-${TMPDIR:-/tmp}/swift-auc-python-venv}"
rm -rf "$venv"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check "numpy>=1.22" pytest scikit-learn
started=$(date +%s)
"$venv/bin/pip" install --quiet --disable-pip-version-check "$root/python"
echo "pip install ./python: $(($(date +%s) - started)) s"
library="$("$venv/bin/python" -c 'import swift_auc, pathlib; print(pathlib.Path(swift_auc.__file__).with_name("libSwiftAUCPython.so"))')"
echo "the library: $(stat -c %s "$library") bytes; it needs:"
ldd "$library"
if ldd "$library" | grep "=>" | grep -vE "^\s*(libc|libm|libz|libstdc\+\+|libgcc_s)\.so"; then
  echo "the library needs a shared library beyond libc, libm, zlib and the C++ runtime" >&2
  exit 1
fi
exported=$(nm -D --defined-only "$library" | awk '$2 ~ /^[A-Z]$/ { print $3 }')
if echo "$exported" | grep -v '^auc_'; then
  echo "the library exports symbols other than the API's auc_ functions" >&2
  exit 1
fi
# The tests that run the CLI find it in the root's build.
swift build --package-path "$root" --product auc
cd "$here/tests"
"$venv/bin/python" -m pytest -q . --doctest-modules "$("$venv/bin/python" -c 'import swift_auc, os; print(os.path.dirname(swift_auc.__file__))')"
