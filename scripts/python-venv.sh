# Shared by scripts/check-schema and scripts/fuzz (source it; needs ROOT set to the repository).
# ensure_schema_venv creates .venv-schema/ in the repository on first use and installs the pinned
# jsonschema and PyYAML there (nothing is installed system-wide); SCHEMA_VENV names the folder.
SCHEMA_VENV="$ROOT/.venv-schema"

ensure_schema_venv() {
    if [ ! -x "$SCHEMA_VENV/bin/python" ] || ! "$SCHEMA_VENV/bin/python" -c 'import jsonschema, yaml' 2>/dev/null; then
        echo "Setting up $SCHEMA_VENV (jsonschema, PyYAML) …" >&2
        python3 -m venv "$SCHEMA_VENV"
        "$SCHEMA_VENV/bin/pip" install -q jsonschema==4.26.0 PyYAML==6.0.3
    fi
}
