"""What quotation extraction costs, against the ingest it is part of, same run.

    python bench/bench_quotes.py [--articles 300] [--repeat 3]

Copies N train articles of the quote dev data to a temporary folder and
times `Library(tmp).add([folder])` (clean, metadata, quotations, Whoosh),
then times `extract_quotes` alone on the same cleaned bodies (best of
`--repeat` runs per article, so other load on the machine counts less).
The share is quotation time over ingest time; the issue's bar is 20 %.
Also prints the mean per article on the dev articles and the five samples.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.clean import clean  # noqa: E402
from index.quotes import extract_quotes  # noqa: E402

DATA = ROOT.parent / "shared" / "quote_dev"


def quote_ms(bodies: list[str], repeat: int) -> float:
    """Mean over articles of the best-of-`repeat` extraction time, in ms."""
    total = 0.0
    for body in bodies:
        best = float("inf")
        for _ in range(repeat):
            t = time.perf_counter()
            extract_quotes(body)
            best = min(best, time.perf_counter() - t)
        total += best
    return 1000 * total / max(len(bodies), 1)


def ingest_ms(paths: list[Path]) -> float:
    """Mean ingest time per article through the real library, in ms."""
    from index.library import Library

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "articles"
        src.mkdir()
        for p in paths:
            shutil.copy(p, src / p.name)
        t = time.perf_counter()
        Library(Path(tmp) / "lib").add([src])
        return 1000 * (time.perf_counter() - t) / max(len(paths), 1)


def bodies_of(paths: list[Path]) -> list[str]:
    out = []
    for p in paths:
        try:
            out.append(clean(p.read_text(encoding="utf-8")).body)
        except Exception:  # a file the cleaner rejects is rejected by ingest too
            continue
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    train = sorted((DATA / "train" / "articles").glob("*.txt"))[: args.articles]
    if not train:
        print(f"quote dev data not found under {DATA}", file=sys.stderr)
        return 2
    ing = ingest_ms(train)
    q = quote_ms(bodies_of(train), args.repeat)
    print(f"train x{len(train)}: ingest {ing:.2f} ms/article, extract_quotes {q:.2f} ms/article, "
          f"share {100 * q / ing:.1f} % (bar: 20 %)")
    dev = sorted((DATA / "dev" / "articles").glob("*.txt"))
    if dev:
        print(f"dev x{len(dev)}: extract_quotes {quote_ms(bodies_of(dev), args.repeat):.2f} ms/article")
    samples = sorted((ROOT / "sample_data").glob("*.txt"))
    if samples:
        print(f"samples x{len(samples)}: extract_quotes {quote_ms(bodies_of(samples), args.repeat):.2f} ms/article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
