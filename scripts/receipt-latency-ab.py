#!/usr/bin/env python3
"""Drop -> receipt latency of two or more ec4x builds, measured alike.

Each build makes its own open 4-house game (so each reads a database of its
own schema), runs its daemon, and gets files dropped one at a time into
alpha's orders/ (written in a staging folder, then renamed in); the time from
the rename to the receipt's appearance is one sample. Builds take turns,
round after round, so a drift of the machine falls on all of them; the
median of each round and the median ratio to the first build are printed.

    python3 scripts/receipt-latency-ab.py OLD/ec4x NEW/ec4x [--rounds 5] [--samples 80]
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import tempfile
import time


def visible(folder):
    return len([name for name in os.listdir(folder) if not name.startswith(".")])


def one_round(binary, samples):
    root = tempfile.mkdtemp(prefix="receipt-ab-")
    daemon = None
    try:
        data = os.path.join(root, "data")
        made = subprocess.run([binary, "new", "--data", data, "--open", "--seed", "7", "--players", "4", "--json"],
                              capture_output=True, text=True, cwd=root, check=True)
        game_id = json.loads(made.stdout)["id"]
        house = os.path.join(data, "games", game_id, "houses", "alpha")
        orders, receipts = os.path.join(house, "orders"), os.path.join(house, "receipts")
        staging = os.path.join(root, "staging")
        os.makedirs(staging)
        log = open(os.path.join(root, "daemon.log"), "w")
        daemon = subprocess.Popen([binary, "daemon", "--data", data], stdout=log, stderr=log, cwd=root)
        ready = os.path.join(data, ".ec4x", "daemon.ready")
        deadline = time.time() + 30
        while not os.path.exists(ready):
            if time.time() > deadline:
                raise SystemExit(f"{binary}: the daemon did not get ready")
            time.sleep(0.01)
        time.sleep(0.5)
        latencies = []
        for index in range(samples + 5):
            body = '{"game":"%s","house":"alpha","turn":1,"fleet_orders":[]}%s' % (game_id, " " * (index + 1))
            staged = os.path.join(staging, f"o{index}.json")
            with open(staged, "w") as file:
                file.write(body)
            before = visible(receipts)
            started = time.perf_counter()
            os.rename(staged, os.path.join(orders, f"o{index}.json"))
            while visible(receipts) == before:
                if time.perf_counter() - started > 5:
                    raise SystemExit(f"{binary}: no receipt within 5 s")
                time.sleep(0.0002)
            if index >= 5:  # the first files also make the daemon rewrite views
                latencies.append((time.perf_counter() - started) * 1000)
            time.sleep(0.02)
        return statistics.median(latencies)
    finally:
        if daemon is not None:
            daemon.terminate()
            daemon.wait()
        shutil.rmtree(root, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("builds", nargs="+")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--samples", type=int, default=80)
    arguments = parser.parse_args()
    medians = {build: [] for build in arguments.builds}
    for _ in range(arguments.rounds):
        for build in arguments.builds:
            medians[build].append(one_round(build, arguments.samples))
    first = arguments.builds[0]
    for build in arguments.builds:
        rounds = ", ".join(f"{value:.2f}" for value in medians[build])
        line = f"{build}: p50 per round {rounds} ms; median {statistics.median(medians[build]):.2f} ms"
        if build != first:
            ratio = statistics.median(b / a for a, b in zip(medians[first], medians[build]))
            line += f"; x{ratio:.2f} of {first}"
        print(line)


if __name__ == "__main__":
    main()
