#!/bin/sh
# Runs one command beside the stand-in notification service, on the private session bus that
# dbus-run-session starts for this script; knead's tests use it for `knead remind --notify`:
#
#   dbus-run-session -- sh notify-on-private-bus.sh FOLDER COMMAND [ARGUMENT...]
#
# What it leaves in FOLDER: calls.jsonl, each Notify call the service received (no file when
# there was none); service.log, what the service printed; errors.txt, the command's standard
# error. The command's standard output is this script's, and so is its exit status, or 70 when
# the service was not ready within 5 seconds.
#
# The bus, the service, this script, the command and whatever the command starts all stay in
# the process group it was started in: start it in a group of its own and kill that group at a
# deadline (as the tests do, or as `timeout 15 dbus-run-session -- ...` does), and nothing can
# hang. The service also ends by itself after 20 seconds.
set -u
folder=$1
shift
service_script="$(dirname "$0")/notification-stand-in.py"

/usr/bin/python3 "$service_script" "$folder/calls.jsonl" "$folder/ready" 20 \
    </dev/null >"$folder/service.log" 2>&1 &
service=$!

# Wait until the service owns its name, a twentieth of a second at a time, 100 times at most.
tries=0
until [ -e "$folder/ready" ]; do
    if [ "$tries" -ge 100 ] || ! kill -0 "$service" 2>/dev/null; then
        echo "the stand-in notification service was not ready; see $folder/service.log" >&2
        kill "$service" 2>/dev/null
        wait "$service"
        exit 70
    fi
    tries=$((tries + 1))
    sleep 0.05
done

"$@" </dev/null 2>"$folder/errors.txt"
status=$?

kill "$service" 2>/dev/null
wait "$service"
exit "$status"
