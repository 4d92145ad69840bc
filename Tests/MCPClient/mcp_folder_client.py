"""Plays one house of a Nostr game through `ec4x mcp --folder DIR` with the
official MCP Python client (PyPI `mcp`): DIR is the folder `ec4x player sync`
mirrors, so there is no database on this side. Tools only, no files.

Usage: mcp_folder_client.py CONFIG_JSON, where the config names the ec4x
binary, the synced folder, and how many turns to play (another player must be
playing the other houses). Prints a JSON summary on stdout; exits non-zero on
the first thing that is not as a player expects.
"""

import json
import sys

import anyio
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

from mcp_client import TOOLS, call, fail, last_json, texts


async def receipt_of(session, submitted, turn):
    answer = last_json(submitted)
    if answer.get("status") != "on_its_way":
        return answer
    for _ in range(120):
        receipts = last_json(await call(session, "get_receipts", {"limit": 1}))["receipts"]
        if receipts and receipts[0]["turn"] == turn:
            return receipts[0]
        await anyio.sleep(1)
    fail(f"turn {turn}: no receipt in two minutes")


async def play(config):
    summary = {"turns": []}
    server = StdioServerParameters(command=config["ec4x"], args=["mcp", "--folder", config["folder"]])
    async with stdio_client(server) as (read, write):
        async with ClientSession(read, write) as session:
            await session.initialize()
            names = {tool.name for tool in (await session.list_tools()).tools}
            if names != TOOLS:
                fail(f"tools are {sorted(names)}")
            summary["tools"] = sorted(names)

            view = last_json(await call(session, "get_view"))
            summary["house"] = view["house"]["slug"]
            summary["first_turn"] = view["game"]["turn"]
            summary["map_systems"] = len(last_json(await call(session, "get_map")).get("systems", []))
            summary["rules_mention_costs"] = "militaryCost" in texts(await call(session, "get_rules"))[0]

            bad = dict(view["orders_template"], turn=99)
            rejected = last_json(await call(session, "validate_orders", {"orders": bad}, expect_error=True))
            summary["bad_file_codes"] = sorted({error["code"] for error in rejected["errors"]})
            broken = last_json(await call(session, "validate_orders", {"orders": '{"game": "x",'}, expect_error=True))
            summary["broken_text_codes"] = sorted({error["code"] for error in broken["errors"]})

            for _ in range(config["turns"]):
                view = last_json(await call(session, "get_view"))
                turn = view["game"]["turn"]
                template = view["orders_template"]
                checked = last_json(await call(session, "validate_orders", {"orders": template}))
                submitted = await call(session, "submit_orders", {"orders": template})
                receipt = await receipt_of(session, submitted, turn)
                if receipt.get("status") != "accepted":
                    fail(f"turn {turn}: the moderator's receipt is not an acceptance: {receipt}")
                waited = last_json(await call(session, "wait_for_turn", {"after_turn": turn, "timeout_seconds": 120}))
                if waited["status"] != "new_turn" or waited["turn"] != turn + 1:
                    fail(f"turn {turn}: wait_for_turn answered {waited}")
                summary["turns"].append({
                    "turn": turn, "checked": checked["status"], "note": checked.get("note", ""),
                    "receipt": receipt["status"], "kept_as": receipt.get("kept_as", ""), "next_turn": waited["turn"],
                    "on_its_way": last_json(submitted).get("status") == "on_its_way",
                })
            summary["latest_receipt_turns"] = [r["turn"] for r in last_json(await call(session, "get_receipts", {"limit": 2}))["receipts"]]
            now = last_json(await call(session, "get_view"))["game"]["turn"]
            summary["short_wait"] = last_json(await call(session, "wait_for_turn", {"after_turn": now, "timeout_seconds": 1}))["status"]
    return summary


def main():
    config = json.loads(sys.argv[1])
    print(json.dumps(anyio.run(play, config), sort_keys=True))


if __name__ == "__main__":
    main()
