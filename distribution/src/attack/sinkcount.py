#!/usr/bin/env python3
"""Counts the messages a smtpsink.py log shows accepted, per (Message-ID, recipient), and the duplicates.

Usage: sinkcount.py LOG [--json]. Exit status 1 when any pair was accepted more than once.
"""
import collections, json, sys

def count(path):
    pairs = collections.Counter()
    unanswered = 0
    with open(path) as f:
        for line in f:
            e = json.loads(line)
            if not e.get("accepted"):
                unanswered += 1
                continue
            for r in e["rcpts"]:
                pairs[(e["message_id"], r)] += 1
    dups = {k: n for k, n in pairs.items() if n > 1}
    return dict(accepted=sum(pairs.values()), distinct=len(pairs), duplicates=sum(n - 1 for n in dups.values()),
                unanswered=unanswered, duplicated=[f"{k[0]} {k[1]} x{n}" for k, n in dups.items()])

if __name__ == "__main__":
    r = count(sys.argv[1])
    if "--json" in sys.argv:
        print(json.dumps(r))
    else:
        print(f"accepted {r['accepted']}, distinct (Message-ID, recipient) {r['distinct']}, "
              f"duplicates {r['duplicates']}, taken but unanswered {r['unanswered']}")
        for d in r["duplicated"]:
            print("  duplicate:", d)
    sys.exit(1 if r["duplicates"] else 0)
