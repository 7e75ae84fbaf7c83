"""Print a seeded random sample of the engine's speaker errors on quote_dev train/, for a hand audit.

    python bench/audit_speakers.py [--kind pronoun|nominal|named] [-n 40] [--seed 2026]

An "error" is a matched quotation whose speaker the shared scorer counts wrong. Each is printed
with its gold speaker, the engine's speaker (as written / cue) and 600 characters before it, so a
person can judge who really spoke. The verdicts live in `bench/audit/train_speaker_errors.md`; the
sample is reproducible for a given engine (same seed, same error list). Train only: never dev/.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.quotes import extract_quotes  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kind", default="pronoun", choices=["pronoun", "nominal", "named"])
    ap.add_argument("-n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "quote_dev"))
    args = ap.parse_args()
    data = Path(args.data)
    spec = importlib.util.spec_from_file_location("eval_quotes", data / "eval_quotes.py")
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)
    rows = []
    for line in (data / "train" / "quotes_gold.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        body = (data / "train" / "articles" / f"{g['id']}.txt").read_text(encoding="utf-8")
        quotes = extract_quotes(body)
        for gq in g["quotes"]:
            if gq["speaker_kind"] != args.kind:
                continue
            half = 0.5 * (gq["end"] - gq["start"])
            q = next((q for q in quotes if min(q.end, gq["end"]) - max(q.start, gq["start"]) >= half), None)
            if q is not None and not ev.speaker_right(q.speaker, gq):
                rows.append((g["id"], gq, q, body))
    random.Random(args.seed).shuffle(rows)
    print(f"{len(rows)} {args.kind} errors; showing {min(args.n, len(rows))}")
    for k, (aid, gq, q, body) in enumerate(rows[:args.n]):
        print(f"\n#{k} {aid} @{gq['start']} GOLD {gq['speaker']!r} ({gq.get('speaker_as_written')}) "
              f"ENGINE {q.speaker!r} ({q.speaker_as_written} / {q.cue})")
        print("  ", body[max(0, gq["start"] - 600):gq["end"] + 100].replace("\n", " | "))
    return 0


if __name__ == "__main__":
    sys.exit(main())
