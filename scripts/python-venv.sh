# Shared by scripts/check-schema and scripts/fuzz (source it; needs ROOT set to the repository).
# ensure_schema_venv creates .venv-schema/ in the repository on first use and installs the pinned
# jsonschema and PyYAML there (nothing is installed system-wide); SCHEMA_VENV names the folder.
# Two scripts starting at once on a new machine set it up once (a lock file beside it).
SCHEMA_VENV="$ROOT/.venv-schema"

schema_venv_ready() {
    [ -x "$SCHEMA_VENV/bin/python" ] && "$SCHEMA_VENV/bin/python" -c 'import jsonschema, yaml' 2>/dev/null
}

ensure_schema_venv() {
    schema_venv_ready && return 0
    (
        command -v flock >/dev/null 2>&1 && flock 8
        if ! schema_venv_ready; then
            echo "Setting up $SCHEMA_VENV (jsonschema, PyYAML) …" >&2
            python3 -m venv "$SCHEMA_VENV"
            "$SCHEMA_VENV/bin/pip" install -q jsonschema==4.26.0 PyYAML==6.0.3
        fi
    ) 8>"$SCHEMA_VENV.lock"
}
