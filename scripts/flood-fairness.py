#!/usr/bin/env python3
# Fairness under a flood (issue #11): one house drops COUNT files (default
# 5,000) as fast as it can; right after the first, another house drops one
# file. Prints how long after the flood started that file was answered, with
# a baseline from the same run (a single file, no flood), and how long the
# whole flood took to answer. A measurement, not a test: run it on a release
# build, e.g. `swift build -c release --product ec4x &&
# python3 scripts/flood-fairness.py .build/release/ec4x 5000`.
import shutil, json, os, subprocess, sys, threading, time, tempfile
ec4x = os.path.abspath(sys.argv[1]); count = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
work = tempfile.mkdtemp(prefix="ec4x-flood-")
out = subprocess.run([ec4x, "new", "--open", "--seed", "31", "--players", "3", "--json"], cwd=work, capture_output=True, text=True, check=True)
gid = json.loads(out.stdout)["id"]
game = os.path.join(work, "data/games", gid, "houses")
log = open(os.path.join(work, "daemon.log"), "w")
daemon = subprocess.Popen([ec4x, "daemon", "--poll", "30"], cwd=work, stdout=log, stderr=log)
while not os.path.exists(os.path.join(work, "data/.ec4x/daemon.ready")): time.sleep(0.01)
def body(house, n): return (json.dumps({"game": gid, "house": house, "turn": 1, "fleet_orders": []}) + " " * n).encode()
def receipts(house): return [n for n in os.listdir(os.path.join(game, house, "receipts")) if not n.startswith(".")]
def wait(house, n):
    while len(receipts(house)) < n: time.sleep(0.0005)
# Baseline in the same run: gamma's file alone.
t = time.monotonic(); open(os.path.join(game, "gamma/orders/alone.json"), "wb").write(body("gamma", 0)); wait("gamma", 1); alone = time.monotonic() - t
started = threading.Event()
def flood():
    for i in range(count):
        open(os.path.join(game, "alpha/orders", "f%05d.json" % i), "wb").write(body("alpha", i))
        if i == 0: started.set()
    global flood_written; flood_written = time.monotonic()
w = threading.Thread(target=flood); t0 = time.monotonic(); w.start(); started.wait()
open(os.path.join(game, "beta/orders/mine.json"), "wb").write(body("beta", 0))
wait("beta", 1); answered = time.monotonic() - t0; alpha_then = len(receipts("alpha"))
w.join(); wait("alpha", count); drained = time.monotonic() - t0
daemon.terminate(); daemon.wait()
shutil.rmtree(work)
print(f"baseline: one file alone -> receipt {alone*1000:.1f} ms")
print(f"flood of {count} files from alpha: beta's single file answered {answered*1000:.1f} ms after the flood started ({alpha_then} of alpha's files answered by then)")
print(f"flood written in {(flood_written-t0):.2f} s, fully answered in {drained:.2f} s")
