"""Plays one house of an EC4X game through `ec4x mcp` with the official MCP
Python client (PyPI `mcp`), the way an AI agent would: tools only, no files.

Usage: mcp_client.py CONFIG_JSON, where the config names the ec4x binary, the
data folder, the game, the house and its token, the other houses' tokens (bots
play them through `ec4x bot | ec4x submit`, as other players would) and how many
turns to play. Prints a JSON summary on stdout; exits non-zero on the first
thing that is not as a player expects.
"""

import json
import subprocess
import sys

import anyio
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

TOOLS = {"get_view", "get_map", "get_rules", "validate_orders", "submit_orders", "get_receipts", "wait_for_turn"}


def fail(message):
    raise SystemExit(f"mcp_client.py: {message}")


def texts(result):
    return [block.text for block in result.content if block.type == "text"]


def last_json(result):
    return json.loads(texts(result)[-1])


async def call(session, name, arguments=None, expect_error=False):
    result = await session.call_tool(name, arguments or {})
    if bool(result.is_error) != expect_error:
        fail(f"{name} {'succeeded' if expect_error else 'failed'} unexpectedly: {texts(result)}")
    return result


async def late_receipt(session, turn):
    for _ in range(120):
        receipts = last_json(await call(session, "get_receipts", {"limit": 1}))["receipts"]
        if receipts and receipts[0]["turn"] == turn:
            return receipts[0]
        await anyio.sleep(1)
    fail(f"turn {turn}: no receipt in two minutes")


def bots_play(config, turn):
    """The other houses submit what the reference bot orders."""
    for slug, token in sorted(config["others"].items()):
        base = ["--data", config["data"]]
        bot = [config["ec4x"], "bot", config["game"], "--house", slug] + base + (["--token", token] if token else [])
        orders = subprocess.run(bot, check=True, capture_output=True).stdout
        submit = [config["ec4x"], "submit", config["game"], "--house", slug, "-"] + base
        placed = subprocess.run(submit, input=orders, capture_output=True)
        if placed.returncode != 0:
            fail(f"bot {slug} could not submit for turn {turn}: {placed.stderr.decode()}")


async def play(config):
    summary = {"turns": []}
    args = ["mcp", config["game"], "--house", config["house"], "--data", config["data"]]
    if config.get("token"):
        args += ["--token", config["token"]]
    server = StdioServerParameters(command=config["ec4x"], args=args)
    async with stdio_client(server) as (read, write):
        async with ClientSession(read, write) as session:
            await session.initialize()

            listed = await session.list_tools()
            names = {tool.name for tool in listed.tools}
            if names != TOOLS:
                fail(f"tools are {sorted(names)}")
            summary["tools"] = sorted(names)
            orders_schema = next(t for t in listed.tools if t.name == "submit_orders").input_schema["properties"]["orders"]
            if "fleet_orders" not in json.dumps(orders_schema):
                fail("the orders input schema is not the order file's schema")

            view = last_json(await call(session, "get_view"))
            if view["game"]["id"] != config["game"] or view["house"]["slug"] != config["house"]:
                fail(f"the view is not for {config['house']} in {config['game']}")
            summary["first_turn"] = view["game"]["turn"]
            summary["markdown"] = texts(await call(session, "get_view", {"format": "markdown"}))[0]
            summary["map_systems"] = len(last_json(await call(session, "get_map")).get("systems", []))
            summary["rules_mention_costs"] = "militaryCost" in texts(await call(session, "get_rules"))[0]

            # A bad file: errors come back as a tool result with the receipt's codes.
            bad = dict(view["orders_template"], turn=99)
            fleet = view["fleets"][0]["id"]
            bad["fleet_orders"] = [{"fleet": fleet, "order": "move", "to": "no-such-system"}]
            rejected = last_json(await call(session, "validate_orders", {"orders": bad}, expect_error=True))
            summary["bad_file_codes"] = sorted({error["code"] for error in rejected["errors"]})
            broken = last_json(await call(session, "validate_orders", {"orders": '{"game": "x",'}, expect_error=True))
            summary["broken_text_codes"] = sorted({error["code"] for error in broken["errors"]})

            for played in range(config["turns"]):
                view = last_json(await call(session, "get_view"))
                turn = view["game"]["turn"]
                template = view["orders_template"]
                # One turn sends the file as text, the others as an object.
                orders = json.dumps(template) if played == 1 else template
                checked = last_json(await call(session, "validate_orders", {"orders": orders}))
                submitted = await call(session, "submit_orders", {"orders": orders})
                receipt = last_json(submitted)
                if "has not answered" in texts(submitted)[0]:
                    # A daemon busy on a loaded machine: read the receipt later, as an agent is told to.
                    summary["late_receipts"] = summary.get("late_receipts", 0) + 1
                    receipt = await late_receipt(session, turn)
                if receipt["status"] != "accepted" or not receipt.get("kept_as"):
                    fail(f"turn {turn}: the daemon's receipt is not an acceptance: {receipt}")
                bots_play(config, turn)
                waited = last_json(await call(session, "wait_for_turn", {"after_turn": turn, "timeout_seconds": 120}))
                if waited["status"] != "new_turn" or waited["turn"] != turn + 1:
                    fail(f"turn {turn}: wait_for_turn answered {waited}")
                summary["turns"].append({
                    "turn": turn, "checked": checked["status"], "receipt": receipt["status"],
                    "waiting_for": receipt["waiting_for"], "next_turn": waited["turn"], "events": len(waited["events"]),
                })

            receipts = last_json(await call(session, "get_receipts", {"limit": 2}))["receipts"]
            summary["latest_receipt_turns"] = [r["turn"] for r in receipts]

            now = last_json(await call(session, "get_view"))["game"]["turn"]
            summary["final_turn"] = now
            # Nobody submits now: a short wait times out...
            summary["short_wait"] = last_json(await call(session, "wait_for_turn", {"after_turn": now, "timeout_seconds": 1}))["status"]
            # ...and a long one given up by the client is cancelled; the server keeps serving.
            with anyio.move_on_after(1):
                await session.call_tool("wait_for_turn", {"after_turn": now, "timeout_seconds": 600})
            summary["after_cancel_turn"] = last_json(await call(session, "get_view"))["game"]["turn"]
    return summary


def main():
    config = json.loads(sys.argv[1])
    summary = anyio.run(play, config)
    print(json.dumps(summary, sort_keys=True))


if __name__ == "__main__":
    main()
