"""An independent player of an EC4X game over Nostr, for the end-to-end tests: rust-nostr's Python
binding (PyPI nostr-sdk), knowing only DESIGN.md section 8 and its own key.

  play  --relay URL... --secret KEY --moderator HEX --game ID --house SLUG --turns N
        for each turn: wait for the house's view (kind 30473, NIP-44 from the moderator, the newest
        version whatever a relay returns, parts reassembled), send an order file (kind 3471, NIP-44
        to the moderator, signed here), wait for its receipt (kind 3472 with an e tag naming it).
        Prints one JSON line: per turn the view's turn, the order event id and the receipt.
  send  --relay URL --event-json TEXT
        sends an event exactly as given (someone else's, already signed): a replay, or a stale version.
  audit --relay URL --secret KEY --moderator HEX --game ID
        every event of the game on one relay (the moderator's, and those addressed to it), and
        which of them the given key (a third party's) can read: plaintext JSON, or NIP-44 it decrypts.

Failures exit non-zero with the reason on stderr.
"""
import argparse
import asyncio
import json
import sys
import time
from datetime import timedelta

import nostr_sdk as nostr

PUBLIC_KINDS = {30470, 30474, 3475}


async def connect(urls):
    client = nostr.Client()
    for url in urls:
        await client.add_relay(nostr.RelayUrl.parse(url))
    await client.connect(timedelta(seconds=5))
    return client


async def fetch(client, event_filter):
    events = await client.fetch_events(nostr.ReqTarget.auto([event_filter]), timedelta(seconds=3))
    return events if isinstance(events, list) else events.to_vec()


def tag_value(event, name):
    for tag in event.tags():
        values = tag.to_vec()
        if len(values) >= 2 and values[0] == name:
            return values[1]
    return None


def newest_document(events, secret, moderator):
    """The newest whole version (NIP-01: later created_at, then lower id), parts reassembled."""
    versions = {}
    for event in events:
        if event.author().to_hex() != moderator.to_hex() or not event.verify():
            continue
        part = tag_value(event, "part")
        index, count = (1, 1) if part is None else map(int, part.split("/"))
        key = (event.created_at().as_secs(), count)
        versions.setdefault(key, {})[index] = event
    best = None
    for (created, count), parts in versions.items():
        if len(parts) != count:
            continue
        lowest = min(p.id().to_hex() for p in parts.values())
        if best is None or (created, -int(lowest, 16)) > (best[0], -int(best[1], 16)):
            text = "".join(nostr.nip44_decrypt(secret, moderator, parts[i].content()) for i in range(1, count + 1))
            best = (created, lowest, text)
    return None if best is None else json.loads(best[2])


async def wait_for(deadline, probe):
    while time.monotonic() < deadline:
        found = await probe()
        if found is not None:
            return found
        await asyncio.sleep(0.5)
    return None


async def play(args):
    keys = nostr.Keys.parse(args.secret)
    me = keys.public_key()
    moderator = nostr.PublicKey.parse(args.moderator)
    coordinate = f"30470:{moderator.to_hex()}:{args.game}"
    client = await connect(args.relay)
    deadline = time.monotonic() + args.timeout
    turns = []
    for wanted in range(1, args.turns + 1):
        async def view_probe():
            views = await fetch(client, nostr.Filter().kind(nostr.Kind(30473)).author(moderator).pubkey(me))
            view = newest_document(views, keys.secret_key(), moderator)
            return view if view is not None and view["game"]["turn"] >= wanted else None

        view = await wait_for(deadline, view_probe)
        if view is None:
            sys.exit(f"no view of turn {wanted} arrived")
        orders = {"game": args.game, "house": args.house, "turn": view["game"]["turn"], "fleet_orders": []}
        content = nostr.nip44_encrypt(keys.secret_key(), moderator, json.dumps(orders), nostr.Nip44Version.V2)
        tags = [nostr.Tag.parse(["a", coordinate]), nostr.Tag.parse(["p", moderator.to_hex()])]
        event = nostr.EventBuilder(nostr.Kind(3471), content).tags(tags).finalize(keys)
        output = await client.send_event(event)
        if not output.success:
            sys.exit(f"no relay took the order event: {output.failed}")

        async def receipt_probe():
            answers = await fetch(client, nostr.Filter().kind(nostr.Kind(3472)).author(moderator).pubkey(me).event(event.id()))
            for answer in answers:
                if answer.verify() and tag_value(answer, "e") == event.id().to_hex():
                    return json.loads(nostr.nip44_decrypt(keys.secret_key(), moderator, answer.content()))
            return None

        receipt = await wait_for(deadline, receipt_probe)
        if receipt is None:
            sys.exit(f"no receipt for order event {event.id().to_hex()}")
        turns.append({"view_turn": view["game"]["turn"], "order_event": event.id().to_hex(), "receipt": receipt})
    await client.shutdown()
    print(json.dumps({"house": args.house, "turns": turns}), flush=True)


async def send(args):
    client = await connect([args.relay])
    output = await client.send_event(nostr.Event.from_json(args.event_json))
    await client.shutdown()
    print(json.dumps({"accepted": bool(output.success), "failed": {str(k): str(v) for k, v in output.failed.items()}}), flush=True)


async def audit(args):
    secret = nostr.SecretKey.parse(args.secret)
    moderator = nostr.PublicKey.parse(args.moderator)
    client = await connect([args.relay])
    mine = await fetch(client, nostr.Filter().author(moderator))
    to_moderator = await fetch(client, nostr.Filter().kinds([nostr.Kind(3471), nostr.Kind(3476)]).pubkey(moderator))
    await client.shutdown()
    seen = {}
    for event in mine + to_moderator:
        seen[event.id().to_hex()] = event
    report = []
    for event in seen.values():
        kind = event.kind().as_u16()
        readable = False
        try:
            json.loads(event.content())
            readable = True
        except ValueError:
            pass
        if not readable and kind not in PUBLIC_KINDS:
            # The other side of a private event is the moderator, or the player who wrote it.
            other = event.author() if event.author().to_hex() != moderator.to_hex() else moderator
            for counterpart in {other.to_hex(), moderator.to_hex(), event.author().to_hex()}:
                try:
                    nostr.nip44_decrypt(secret, nostr.PublicKey.parse(counterpart), event.content())
                    readable = True
                except Exception:
                    pass
        if kind in PUBLIC_KINDS and kind != 3475:
            readable = readable or bool(event.content())
        report.append({
            "id": event.id().to_hex(), "kind": kind, "author": event.author().to_hex(),
            "e": tag_value(event, "e"), "a": tag_value(event, "a"), "d": tag_value(event, "d"), "p": tag_value(event, "p"),
            "created_at": event.created_at().as_secs(), "verified": event.verify(),
            "readable_by_key": readable or kind == 3475,
        })
    print(json.dumps({"relay": args.relay, "events": report}), flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    play_parser = commands.add_parser("play")
    play_parser.add_argument("--relay", action="append", required=True)
    play_parser.add_argument("--secret", required=True)
    play_parser.add_argument("--moderator", required=True)
    play_parser.add_argument("--game", required=True)
    play_parser.add_argument("--house", required=True)
    play_parser.add_argument("--turns", type=int, default=5)
    play_parser.add_argument("--timeout", type=float, default=240)
    audit_parser = commands.add_parser("audit")
    audit_parser.add_argument("--relay", required=True)
    audit_parser.add_argument("--secret", required=True)
    audit_parser.add_argument("--moderator", required=True)
    audit_parser.add_argument("--game", required=True)
    send_parser = commands.add_parser("send")
    send_parser.add_argument("--relay", required=True)
    send_parser.add_argument("--event-json", required=True)
    args = parser.parse_args()
    asyncio.run({"play": play, "audit": audit, "send": send}[args.command](args))


if __name__ == "__main__":
    main()
