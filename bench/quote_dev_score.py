"""Score the quotation engine on the shared dev (or train) split.

    python bench/quote_dev_score.py [--split dev|train] [--show-errors N] [--data DIR]

Runs `extract_quotes` over every article of the split, writes pred.jsonl to
a temporary folder, and prints the shared scorer's report, plus the mean
extraction time per article.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.quotes import extract_quotes  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["dev", "train"], default="dev")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N")
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "quote_dev"))
    ap.add_argument("--json", action="store_true", help="print the scorer's JSON result")
    args = ap.parse_args()
    split = Path(args.data) / args.split
    gold = split / "quotes_gold.jsonl"
    if not gold.exists():
        print(f"quote dev data not found: {gold}", file=sys.stderr)
        return 2
    ids = [json.loads(line)["id"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    elapsed = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        with pred.open("w", encoding="utf-8") as out:
            for aid in ids:
                with open(split / "articles" / f"{aid}.txt", encoding="utf-8", newline="") as f:
                    text = f.read()
                t0 = time.perf_counter()
                quotes = extract_quotes(text)
                elapsed += time.perf_counter() - t0
                out.write(json.dumps({"id": aid, "quotes": [
                    {"text": q.text, "speaker": q.speaker, "start": q.start, "end": q.end} for q in quotes
                ]}) + "\n")
        cmd = [sys.executable, str(Path(args.data) / "eval_quotes.py"), str(gold), str(pred)]
        if args.show_errors:
            cmd += ["--show-errors", str(args.show_errors)]
        if args.json:
            cmd.append("--json")
        rc = subprocess.run(cmd).returncode
    print(f"extraction time: {1000 * elapsed / max(len(ids), 1):.2f} ms per article ({len(ids)} articles)")
    return rc


if __name__ == "__main__":
    sys.exit(main())
