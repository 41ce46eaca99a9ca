#!/usr/bin/env bash
# What running a ruleset's JavaScript functions costs (the `js` feature), on one spec (default: Stripe).
#
#   bench/js-functions.sh SPECGEN_WITH_JS [SPEC]   (SPEC: default $SPECGEN_CORPUS/stripe/spec3.yaml, the corpus
#                                                   at ../shared/corpus unless set)
#
# SPECGEN_WITH_JS: a release binary built with `cargo build --release -p specgen --features js`.
# SPECTRAL: set to a Spectral binary to time it on the same rulesets.
# Prints, per ruleset, the whole-process wall time and peak RSS (GNU time) and how many findings the
# rule gave; the rulesets and functions are written to a temporary folder (printed).
set -euo pipefail
specgen=$(realpath "$1")
spec=$(realpath "${2:-${SPECGEN_CORPUS:-../shared/corpus}/stripe/spec3.yaml}")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/functions"
cd "$dir"

# The functions: nothing; touching both documents; visiting every node of the resolved one; a call
# counter (each result unique, so none is merged with another); a casing check returning paths.
echo 'export default () => undefined;' > functions/noop.js
cat > functions/touch.js <<'EOF'
export default (_input, _options, { documentInventory, document }) =>
  Object.keys(documentInventory.resolved.paths).length + Object.keys(document.data.paths).length > 0 ? undefined : [{ message: 'empty' }];
EOF
cat > functions/walk.js <<'EOF'
export default (doc) => {
  const seen = new Set();
  const visit = (v) => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    for (const k in v) visit(v[k]);
  };
  visit(doc);
  return seen.size > 0 ? undefined : [{ message: 'empty' }];
};
EOF
cat > functions/count.js <<'EOF'
let n = 0;
export default () => [{ message: String(++n) }];
EOF
cat > functions/camel.js <<'EOF'
export default (props, _o, context) =>
  Object.keys(props).filter((k) => !/^[a-z][a-zA-Z0-9]*$/.test(k)).map((k) => ({ message: `${k} is not camel`, path: [...context.path, k] }));
EOF

# ruleset NAME FUNCTION GIVEN: a ruleset with one rule, `NAME`, calling FUNCTION (core or JavaScript).
ruleset() {
  local fns=""
  [[ -f functions/$2.js ]] && fns="functions: [$2]"$'\n'
  printf '%srules:\n  %s:\n    given: "%s"\n    then: {function: %s}\n' "$fns" "$1" "$3" "$2" > "$1.yaml"
}
ruleset none truthy '$.info'
ruleset core undefined '$..properties'
ruleset touch touch '$'
ruleset walk walk '$'
ruleset noop noop '$..properties'
ruleset count count '$..properties'
ruleset camel camel '$..properties'

echo "spec: $spec; rulesets in $dir"
echo "| ruleset | what it measures | wall | peak RSS | findings of the rule |"
echo "|---|---|---|---|---|"
describe() {
  case $1 in
    none) echo "linting alone (a core rule on \`\$.info\`)" ;;
    core) echo "the core function \`undefined\` on \`\$..properties\` (the same walk as noop)" ;;
    touch) echo "one call on \`\$\` reading both documents: the document handed to the engine" ;;
    walk) echo "one call visiting every node of the resolved document" ;;
    noop) echo "a function returning nothing on \`\$..properties\`" ;;
    count) echo "a function returning one result per call: the number of calls" ;;
    camel) echo "a casing check on every \`properties\` returning paths" ;;
  esac
}
run() {
  local tool=$1 name=$2
  local out="$dir/$tool-$name.json" t="$dir/$tool-$name.time"
  if [[ $tool == specgen ]]; then
    /usr/bin/time -f '%e %M' -o "$t" "$specgen" lint --format json --ruleset "$name.yaml" "$spec" > "$out" 2> /dev/null || true
  else
    NO_UPDATE_NOTIFIER=1 /usr/bin/time -f '%e %M' -o "$t" "$SPECTRAL" lint -q -f json -r "$name.yaml" "$spec" > "$out" 2> /dev/null || true
  fi
  local n
  n=$(python3 -c "import json,sys; d=json.load(open('$out')); print(sum(1 for x in d if x.get('rule', x.get('code')) == '$name'))")
  read -r wall rss < "$t"
  echo "| $name ($tool) | $(describe "$name") | $wall s | $((rss / 1024)) MiB | $n |"
}
for name in none core touch walk noop count camel; do
  run specgen "$name"
done
if [[ -n ${SPECTRAL:-} ]]; then
  for name in none core count camel; do
    run spectral "$name"
  done
fi
