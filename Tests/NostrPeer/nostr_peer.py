"""An independent Nostr peer for the Swift tests: rust-nostr's Python binding (PyPI nostr-sdk).

  relay                     start a LocalRelay on 127.0.0.1, print its URL, stop when stdin closes
  publish --relay URL --secret HEX --kind K --content TEXT [--encrypt-to HEX] [--tag NAME VALUE]...
                            sign (and NIP-44-encrypt) an event with nostr-sdk, publish it, print it as JSON
  fetch --relay URL --id HEX [--secret HEX]
                            fetch one event by id, verify it with nostr-sdk, decrypt it when a secret is
                            given (NIP-44 from its author), print a JSON report

Every answer is one JSON line on stdout; failures exit non-zero with the reason on stderr.
"""
import argparse
import asyncio
import json
import sys
from datetime import timedelta

import nostr_sdk as nostr


async def run_relay(_args):
    # No port given: the relay binds a free one and reports it, so parallel tests never collide.
    relay = nostr.LocalRelayBuilder().addr("127.0.0.1").build()
    await relay.run()
    print(json.dumps({"url": str(await relay.url())}), flush=True)
    # The parent test owns our lifetime: it closes our stdin (or exits) when it is done.
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    relay.shutdown()


async def connected_client(url):
    client = nostr.Client()
    await client.add_relay(nostr.RelayUrl.parse(url))
    await client.connect(timedelta(seconds=5))
    return client


async def publish(args):
    keys = nostr.Keys.parse(args.secret)
    content = args.content
    if args.encrypt_to:
        recipient = nostr.PublicKey.parse(args.encrypt_to)
        content = nostr.nip44_encrypt(keys.secret_key(), recipient, content, nostr.Nip44Version.V2)
    tags = [nostr.Tag.parse(pair) for pair in args.tag or []]
    event = nostr.EventBuilder(nostr.Kind(args.kind), content).tags(tags).finalize(keys)
    client = await connected_client(args.relay)
    output = await client.send_event(event)
    await client.shutdown()
    if output.failed or not output.success:
        sys.exit(f"relay refused the event: {output}")
    print(event.as_json(), flush=True)


async def fetch(args):
    client = await connected_client(args.relay)
    event_filter = nostr.Filter().id(nostr.EventId.parse(args.id))
    events = await client.fetch_events(nostr.ReqTarget.auto([event_filter]), timedelta(seconds=10))
    await client.shutdown()
    events = events if isinstance(events, list) else events.to_vec()
    if len(events) != 1:
        sys.exit(f"expected one event with id {args.id}, got {len(events)}")
    event = events[0]
    report = {
        "id": event.id().to_hex(),
        "pubkey": event.author().to_hex(),
        "kind": event.kind().as_u16(),
        "tags": [tag.to_vec() for tag in event.tags()],
        "content": event.content(),
        # Both checks, explicitly: the id is the hash of the fields, the signature is the author's.
        "verified": event.verify_id() and event.verify_signature(),
    }
    if args.secret:
        secret = nostr.SecretKey.parse(args.secret)
        report["plaintext"] = nostr.nip44_decrypt(secret, event.author(), event.content())
    print(json.dumps(report), flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("relay")
    publish_parser = commands.add_parser("publish")
    publish_parser.add_argument("--relay", required=True)
    publish_parser.add_argument("--secret", required=True)
    publish_parser.add_argument("--kind", type=int, required=True)
    publish_parser.add_argument("--content", required=True)
    publish_parser.add_argument("--encrypt-to")
    publish_parser.add_argument("--tag", nargs="+", action="append")
    fetch_parser = commands.add_parser("fetch")
    fetch_parser.add_argument("--relay", required=True)
    fetch_parser.add_argument("--id", required=True)
    fetch_parser.add_argument("--secret")
    args = parser.parse_args()
    action = {"relay": run_relay, "publish": publish, "fetch": fetch}[args.command]
    asyncio.run(action(args))


if __name__ == "__main__":
    main()
