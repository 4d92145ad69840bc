"""PyPI nostr-relay (1.14) on loopback for the end-to-end tests: a second, laxer relay than nostr-sdk's
LocalRelay (it keeps stale addressable versions, and caps content at 4 KB unless configured).

  nostr_relay_server.py --folder DIR [--port P]
      writes DIR/nostr-relay.yaml (content up to 256 KiB, events kept in DIR/nostr.sqlite3), starts the
      relay, prints {"url": ...} once it accepts connections, and stops it when stdin closes.
      The same folder and port after a stop bring the same relay back with its events.
"""
import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time

CONFIG = """DEBUG: false
relay_name: ec4x test relay
max_event_size: 262144
storage:
  sqlalchemy.url: sqlite+aiosqlite:///{db}
  num_concurrent_reqs: 10
  num_concurrent_adds: 2
  validators:
    - nostr_relay.validators.is_not_too_large
    - nostr_relay.validators.is_signed
    - nostr_relay.validators.is_recent
verification:
  nip05_verification: disabled
gunicorn:
  bind: 127.0.0.1:{port}
  workers: 1
  loglevel: warning
  reload: false
authentication:
  enabled: false
"""


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folder", required=True)
    parser.add_argument("--port", type=int)
    args = parser.parse_args()
    port = args.port or free_port()
    os.makedirs(args.folder, exist_ok=True)
    config = os.path.join(args.folder, "nostr-relay.yaml")
    with open(config, "w") as out:
        out.write(CONFIG.format(db=os.path.join(os.path.abspath(args.folder), "nostr.sqlite3"), port=port))
    binary = os.path.join(os.path.dirname(sys.executable), "nostr-relay")
    log = open(os.path.join(args.folder, "nostr-relay.log"), "a")
    relay = subprocess.Popen([binary, "-c", config, "serve"], stdout=log, stderr=log, stdin=subprocess.DEVNULL, start_new_session=True)

    def stop():
        try:
            os.killpg(relay.pid, signal.SIGTERM)
            relay.wait(timeout=10)
        except Exception:
            try:
                os.killpg(relay.pid, signal.SIGKILL)
            except Exception:
                pass

    deadline = time.monotonic() + 60
    while True:
        if relay.poll() is not None:
            sys.exit(f"nostr-relay exited with {relay.returncode}; see {log.name}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if time.monotonic() > deadline:
                stop()
                sys.exit("nostr-relay did not start listening")
            time.sleep(0.1)
    print(json.dumps({"url": f"ws://127.0.0.1:{port}"}), flush=True)
    # The parent test owns our lifetime: it closes our stdin (or exits) when it is done.
    threading.Thread(target=lambda: (sys.stdin.read(), stop(), os._exit(0)), daemon=True).start()
    relay.wait()
    sys.exit(f"nostr-relay exited with {relay.returncode}")


if __name__ == "__main__":
    main()
