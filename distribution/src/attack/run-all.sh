#!/bin/sh
# Runs every attack harness once, one after another (the machine may have two cores), with the
# counts of issue 15's rerun: 42 kill -9 trials, all 12 SMTP fault modes, the hostile templates,
# the malformed inputs, and a concurrency run. Results (JSON and logs) go to $ATK_WORK/results.
#
#   ATK_WORK=/tmp/atk sh distribution/src/attack/run-all.sh
#
# Needs a built distribution (mvn -B -o -q package -DskipTests) and python3. Everything runs on
# copies of a demo home under $ATK_WORK; all traffic goes to 127.0.0.1.
here=$(cd "$(dirname "$0")" && pwd)
: "${ATK_WORK:=/tmp/atk}"; export ATK_WORK
: "${TRIALS:=42}"
out=$ATK_WORK/results
mkdir -p "$out"
status=0
run() {
  name=$1; shift
  echo "== $name: $*"
  start=$(date +%s)
  python3 "$here/$@" --json "$out/$name.json" > "$out/$name.log" 2>&1
  rc=$?
  [ $rc -eq 0 ] || status=1
  grep '^SUMMARY' "$out/$name.log" || tail -5 "$out/$name.log"
  echo "   exit $rc, $(( $(date +%s) - start )) s; log $out/$name.log"
}
run crash       crash_trials.py -n "$TRIALS"
run smtp        smtp_faults.py
run templates   hostile_templates.py
run malformed   malformed_inputs.py
run concurrency concurrent_reads.py --cases 30 --sends 10
exit $status
