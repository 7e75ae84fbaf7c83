"""Ingest and search speed against raw Whoosh on the same texts, same run.

    python bench/bench_ingest.py [--articles 2000] [--queries 100]

Reference: the same files read and indexed by a bare Whoosh schema (one
stemmed body field, one writer, compound=False, one commit) and searched
with a plain QueryParser. newsreader does much more per article (cleaning,
metadata, quotations, a second unstemmed field, snippets), so the ratios say
what that costs.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import CACHE, queries, write_corpus  # noqa: E402


def raw_whoosh_ingest(paths: list[Path], folder: Path):
    from whoosh import index
    from whoosh.analysis import StemmingAnalyzer
    from whoosh.fields import ID, TEXT, Schema

    schema = Schema(path=ID(stored=True, unique=True), body=TEXT(analyzer=StemmingAnalyzer(), stored=True))
    folder.mkdir(parents=True)
    ix = index.create_in(str(folder), schema)
    writer = ix.writer(compound=False)
    for p in paths:
        writer.add_document(path=str(p), body=p.read_text(encoding="utf-8"))
    writer.commit()
    return ix


def raw_search_latencies(ix, qs: list[str]) -> list[float]:
    from whoosh.qparser import QueryParser

    out = []
    with ix.searcher() as s:
        parser = QueryParser("body", ix.schema)
        for q in qs:
            t = time.perf_counter()
            results = s.search(parser.parse(q), limit=10)
            [h.highlights("body") for h in results]
            out.append(time.perf_counter() - t)
    return out


def lib_search_latencies(lib, qs: list[str]) -> list[float]:
    out = []
    for q in qs:
        t = time.perf_counter()
        lib.search(q, limit=10)
        out.append(time.perf_counter() - t)
    return out


def pct(values: list[float], p: float) -> float:
    return sorted(values)[min(len(values) - 1, int(p * len(values)))] * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--queries", type=int, default=100)
    args = ap.parse_args()

    from index.library import Library

    paths = write_corpus(CACHE / f"corpus-{args.articles}", args.articles)
    qs = queries(random.Random(11), args.queries)
    work = Path(tempfile.mkdtemp(prefix="nr-bench-"))
    try:
        t = time.perf_counter()
        ix = raw_whoosh_ingest(paths, work / "raw")
        raw_s = time.perf_counter() - t
        t = time.perf_counter()
        report = Library(work / "lib").add([paths[0].parent])
        lib_s = time.perf_counter() - t
        assert len(report.added) == len(paths), report.failed[:3]
        lib = Library(work / "lib")
        lib.search("warm up")
        raw_lat = raw_search_latencies(ix, qs)
        lib_lat = lib_search_latencies(lib, qs)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    n = len(paths)
    print(f"ingest {n} articles: newsreader {lib_s:.1f} s ({n / lib_s:.0f}/s), "
          f"raw whoosh {raw_s:.1f} s ({n / raw_s:.0f}/s), ratio {lib_s / raw_s:.2f}x")
    for name, lat in (("newsreader", lib_lat), ("raw whoosh", raw_lat)):
        print(f"search {name:>10}: p50 {pct(lat, .5):.1f} ms  p95 {pct(lat, .95):.1f} ms  "
              f"(mean {statistics.mean(lat) * 1000:.1f} ms, {len(lat)} queries, top 10 + highlights)")
    print(f"search ratio p50 {pct(lib_lat, .5) / pct(raw_lat, .5):.2f}x  "
          f"p95 {pct(lib_lat, .95) / pct(raw_lat, .95):.2f}x")


if __name__ == "__main__":
    main()
