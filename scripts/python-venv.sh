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

# The real consumers the export tests read every export with (Tests/AllianceGraphTests/Export):
# NetworkX (GraphML, GEXF), python-igraph (GraphML) and jsonschema (Kumu), in .venv-consumers/ in the repository.
# ensure_consumer_venv creates it on first use; CONSUMER_VENV names the folder. Same lock scheme.
CONSUMER_VENV="$ROOT/.venv-consumers"

consumer_venv_ready() {
    [ -x "$CONSUMER_VENV/bin/python" ] && "$CONSUMER_VENV/bin/python" -c 'import networkx, igraph, jsonschema' 2>/dev/null
}

ensure_consumer_venv() {
    consumer_venv_ready && return 0
    (
        command -v flock >/dev/null 2>&1 && flock 8
        if ! consumer_venv_ready; then
            echo "Setting up $CONSUMER_VENV (networkx, igraph, jsonschema) …" >&2
            python3 -m venv "$CONSUMER_VENV"
            "$CONSUMER_VENV/bin/pip" install -q networkx==3.6.1 igraph==1.0.0 jsonschema==4.26.0
        fi
    ) 8>"$CONSUMER_VENV.lock"
}
