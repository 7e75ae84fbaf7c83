"""Benchmark compare, related and stories against references timed in the same run.

    /work/venv/bin/python bench/bench_compare.py [--articles 10000] [--rebuild]

Budgets (issue "Compare two articles"): compare two 2,000-word articles
< 100 ms; related for one article on a 10,000-article library < 200 ms.
References: difflib on the same two texts; a plain Whoosh term search on the
same index. The synthetic library (recombined sample sentences, pseudo-word
story entities and vocabulary noise) is cached under bench/.cache/.
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from whoosh.query import Term  # noqa: E402

from index.align import split_passages  # noqa: E402
from index.compare import compare  # noqa: E402
from index.model import Article, ArticleSummary  # noqa: E402
from index.related import related, stories  # noqa: E402
from index.store import Store  # noqa: E402

CACHE = ROOT / "bench" / ".cache"
GENERATOR = "v2"
SYLLABLES = "ka lo mir ven to sa rel dun pa ti gor ba nes lu vik ser an dro mel"


def sample_sentences() -> list[str]:
    out = []
    for path in sorted((ROOT / "sample_data").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        try:
            from index.clean import clean

            text = clean(text).body
        except ImportError:
            pass
        out += [p.text for p in split_passages(text) if len(p.text.split()) >= 6]
    return out


def pseudo_word(rng: random.Random) -> str:
    syl = SYLLABLES.split()
    return "".join(rng.choice(syl) for _ in range(rng.randint(2, 4)))


def vary(sentence: str, rng: random.Random, vocab: list[str], rate: float) -> str:
    """Swap a share of the words for others: rewording without changing the story."""
    words = sentence.split()
    return " ".join(
        rng.choice(vocab) if w.isalpha() and rng.random() < rate else w for w in words
    )  # words carrying punctuation stay, so sentence ends stay sentence ends


def story_article(base: list[str], entities: list[str], rng: random.Random, vocab: list[str]) -> str:
    """One outlet's version: most of the story's sentences, reworded, entities sprinkled in."""
    keep = [s for s in base if rng.random() < 0.75]
    sents = [vary(s, rng, vocab, 0.15) for s in keep]
    sents = [s + f" {rng.choice(entities)} {rng.choice(entities)}." if rng.random() < 0.5 else s for s in sents]
    paras = [" ".join(sents[k : k + 3]) for k in range(0, len(sents), 3)]
    return "\n\n".join(paras)


def synthetic_library(n: int, seed: int = 7) -> list[tuple[str, int, str]]:
    """(article id, story number, body) for n articles in stories of 1-4 articles."""
    rng = random.Random(seed)
    pool = sample_sentences()
    vocab = [pseudo_word(rng) for _ in range(20000)]
    out: list[tuple[str, int, str]] = []
    story = 0
    while len(out) < n:
        base = rng.sample(pool, 28)
        entities = [pseudo_word(rng).capitalize() for _ in range(5)]
        for _ in range(rng.choice([1, 1, 2, 2, 3, 4])):
            out.append((f"{len(out):06d}", story, story_article(base, entities, rng, vocab)))
        story += 1
    return out[:n]


def build_index(n: int, rebuild: bool) -> tuple[Store, dict[str, int], float | None]:
    folder = CACHE / f"library-{n}-{GENERATOR}"  # a new generator never reads an old cache
    marker = folder / "built.json"
    CACHE.mkdir(parents=True, exist_ok=True)
    (CACHE / ".gitignore").write_text("*\n")
    docs = synthetic_library(n)
    truth = {aid: story for aid, story, _ in docs}
    if marker.exists() and not rebuild:
        return Store(folder), truth, None
    shutil.rmtree(folder, ignore_errors=True)
    store = Store(folder)
    t0 = time.perf_counter()
    writer = store.open().writer(compound=False, procs=2, limitmb=256)
    for aid, story, body in docs:
        title = body.split(".")[0][:80]
        store.put_article(writer, Article(ArticleSummary(aid, title, f"outlet{story % 37}", None, aid), body))
    writer.commit(merge=True)
    took = time.perf_counter() - t0
    marker.write_text(json.dumps({"articles": n, "seconds": round(took, 1)}))
    return store, truth, took


def timed(fn, runs: int) -> tuple[float, float]:
    """Median and max wall time in ms after one warm-up call."""
    fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), max(times)


def bench_compare(runs: int) -> None:
    rng = random.Random(3)
    pool = sample_sentences()
    vocab = [pseudo_word(rng) for _ in range(5000)]
    a_sents: list[str] = []
    while sum(len(s.split()) for s in a_sents) < 2000:
        a_sents.append(rng.choice(pool))
    b_sents = [vary(s, rng, vocab, 0.2) for s in a_sents if rng.random() < 0.85]
    b_sents += [rng.choice(pool) for _ in range(len(a_sents) - len(b_sents))]
    a_body = "\n\n".join(" ".join(a_sents[k : k + 3]) for k in range(0, len(a_sents), 3))
    b_body = "\n\n".join(" ".join(b_sents[k : k + 3]) for k in range(0, len(b_sents), 3))
    a = Article(ArticleSummary("a", "a", None, None, "a"), a_body)
    b = Article(ArticleSummary("b", "b", None, None, "b"), b_body)
    med, worst = timed(lambda: compare(a, b), runs)
    ref, _ = timed(lambda: difflib.SequenceMatcher(None, a_body.split(), b_body.split()).ratio(), runs)
    cmp = compare(a, b)
    print(f"compare 2x{len(a_body.split())}/{len(b_body.split())} words: median {med:.1f} ms "
          f"(max {worst:.1f}) budget 100 ms; difflib word ratio {ref:.1f} ms -> {med / ref:.2f}x; "
          f"{len(cmp.aligned)} pairs, similarity {cmp.similarity:.2f}")


def bench_related(store: Store, truth: dict[str, int], runs: int) -> None:
    rng = random.Random(5)
    ids = rng.sample(sorted(truth), runs)
    with store.searcher() as s:
        per = []
        for aid in ids:
            t = time.perf_counter()
            related(s, aid, 10)
            per.append((time.perf_counter() - t) * 1000)
        ref, _ = timed(lambda: list(s.search(Term("body", "kremlin"), limit=10)), runs)
        hits = sum(
            1 for aid in ids for r in related(s, aid, 3) if truth[r.article.id] == truth[aid]
        )
        wanted = sum(min(3, sum(1 for v in truth.values() if v == truth[aid]) - 1) for aid in ids)
    med = statistics.median(per)
    print(f"related on {len(truth)} articles: median {med:.1f} ms (p95 {sorted(per)[int(0.95 * len(per))]:.1f}) "
          f"budget 200 ms; Whoosh term search {ref:.1f} ms -> {med / ref:.1f}x; "
          f"same-story articles in top 3: {hits}/{wanted}")


def bench_stories(store: Store, truth: dict[str, int]) -> None:
    with store.searcher() as s:
        t = time.perf_counter()
        groups = stories(s)
        took = time.perf_counter() - t
    found = {(x, y) for g in groups for i, x in enumerate(g) for y in g[i + 1 :]}
    by_story: dict[int, list[str]] = {}
    for aid, st in truth.items():
        by_story.setdefault(st, []).append(aid)
    real = {(x, y) for g in by_story.values() for i, x in enumerate(sorted(g)) for y in sorted(g)[i + 1 :]}
    tp = len(found & real)
    print(f"stories on {len(truth)} articles: {took:.2f} s, {len(groups)} groups; "
          f"pair precision {tp / max(1, len(found)):.3f}, recall {tp / max(1, len(real)):.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--rebuild", action="store_true")
    args = ap.parse_args()
    bench_compare(args.runs)
    t = time.perf_counter()
    store, truth, took = build_index(args.articles, args.rebuild)
    built = f"built in {took:.1f} s" if took is not None else f"cached (generated in {time.perf_counter() - t:.1f} s)"
    print(f"library of {args.articles} synthetic articles: {built}")
    bench_related(store, truth, args.runs)
    bench_stories(store, truth)


if __name__ == "__main__":
    main()
