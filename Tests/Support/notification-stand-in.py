#!/usr/bin/python3
"""A stand-in desktop notification service for knead's tests.

It owns org.freedesktop.Notifications on the session bus it was started on, answers what
notify-send asks, and appends each Notify call to CALLS_FILE as one JSON line:
{"appName": ..., "summary": ..., "body": ...}. Once it owns the name it writes READY_FILE, so
whoever started it can wait for that before sending anything.

It ends when told (SIGTERM or SIGINT), when the bus goes away, or after LIFETIME seconds
(20 by default), whichever comes first, so it can never outlive a test for long.

Usage: /usr/bin/python3 notification-stand-in.py CALLS_FILE READY_FILE [LIFETIME]
(Debian's python: it needs python3-dbus and python3-gi.)
"""

import json
import signal
import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

SERVICE_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"


class RecordingNotifications(dbus.service.Object):
    """The service's one object: records each Notify call and answers like a plain server."""

    def __init__(self, bus, calls_path):
        super().__init__(bus, OBJECT_PATH)
        self.calls_path = calls_path
        self.notifications_sent = 0

    @dbus.service.method(SERVICE_NAME, in_signature="susssasa{sv}i", out_signature="u")
    def Notify(self, app_name, replaces_id, icon, summary, body, actions, hints, timeout):
        """Records the call and answers with a new notification number."""
        call = {"appName": str(app_name), "summary": str(summary), "body": str(body)}
        with open(self.calls_path, "a", encoding="utf-8") as calls:
            calls.write(json.dumps(call, ensure_ascii=False) + "\n")
        self.notifications_sent += 1
        return self.notifications_sent

    @dbus.service.method(SERVICE_NAME, out_signature="as")
    def GetCapabilities(self):
        """Says it shows a summary and a body, nothing more."""
        return ["body"]

    @dbus.service.method(SERVICE_NAME, out_signature="ssss")
    def GetServerInformation(self):
        """Names itself: name, vendor, version, and the specification version it follows."""
        return ("knead-test-notifications", "knead", "1.0", "1.2")


def main():
    calls_path, ready_path = sys.argv[1], sys.argv[2]
    lifetime = int(sys.argv[3]) if len(sys.argv) > 3 else 20

    DBusGMainLoop(set_as_default=True)
    loop = GLib.MainLoop()
    bus = dbus.SessionBus()
    bus.set_exit_on_disconnect(False)
    bus.call_on_disconnection(lambda _connection: loop.quit())
    for stop_signal in (signal.SIGTERM, signal.SIGINT):
        GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, stop_signal, loop.quit)
    GLib.timeout_add_seconds(lifetime, loop.quit)

    service = RecordingNotifications(bus, calls_path)
    answer = bus.request_name(SERVICE_NAME, dbus.bus.NAME_FLAG_DO_NOT_QUEUE)
    if answer != dbus.bus.REQUEST_NAME_REPLY_PRIMARY_OWNER:
        sys.exit(f"another service already owns {SERVICE_NAME} on this bus")

    with open(ready_path, "w", encoding="utf-8") as ready:
        ready.write("ready\n")
    loop.run()
    service.remove_from_connection()


if __name__ == "__main__":
    main()
