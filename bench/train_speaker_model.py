"""Train the speaker ranker and the quote filter on quote_dev train/ only.

    python bench/train_speaker_model.py [--data DIR] [--out index/data/speaker_model.json] [--epochs N]

Runs the rule engine over every train article, builds the candidates of
`index.speaker_model`, labels a candidate right when the shared scorer
would (`eval_quotes.speaker_right`: head-word containment), and fits a
softmax ranker (pure-Python SGD, L2). The quote filter is a logistic
regression over the spans the rules keep: gold quotation vs anything else.
Deterministic (fixed seeds, PYTHONHASHSEED=0), so the shipped JSON can be reproduced.

What each session changed, measured and dropped: `bench/speaker_model_history.md`.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index import speaker_model as sm  # noqa: E402
from index.quote_filter import quote_feats  # noqa: E402
from index.attribution import Attributor  # noqa: E402
from index.not_quotes import is_quotation  # noqa: E402
from index.quote_filter import _handed_over, whole_sentence  # noqa: E402
from index.quote_marks import find_marks  # noqa: E402


def _scorer(data: Path):
    spec = importlib.util.spec_from_file_location("eval_quotes", data / "eval_quotes.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _match(marks, gold: list[dict]) -> dict[int, dict]:
    """Mark index -> gold quote, one-to-one, by >= 50% overlap of the gold span (as the scorer)."""
    pairs = []
    for i, m in enumerate(marks):
        for j, g in enumerate(gold):
            o = max(0, min(m.end, g["end"]) - max(m.start, g["start"]))
            if g["end"] > g["start"] and o / (g["end"] - g["start"]) >= 0.5:
                pairs.append((o, i, j))
    pairs.sort(reverse=True)
    used_i, used_j, out = set(), set(), {}
    for _, i, j in pairs:
        if i not in used_i and j not in used_j:
            used_i.add(i), used_j.add(j)
            out[i] = gold[j]
    return out


def collect(data: Path, split: str, ev) -> tuple[list, list]:
    """(speaker groups [(feats list, labels list, rule index)], quote rows [(feats, label)])."""
    groups, rows = [], []
    for art, line in enumerate( (data / split / "quotes_gold.jsonl").read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        g = json.loads(line)
        body = (data / split / "articles" / f"{g['id']}.txt").read_text(encoding="utf-8")
        marks = find_marks(body)
        if not marks:
            continue
        att = Attributor(body, marks)
        atts = att.run()
        gold = _match(marks, g["quotes"])
        for i, cands in enumerate(sm.candidates(att, atts)):
            gq = gold.get(i)
            if is_quotation(body, marks[i], atts[i]):
                rows.append((quote_feats(body, marks[i], atts[i]), int(gq is not None), art))
            if gq is None or gq.get("speaker_kind") == "none":
                continue
            if not cands:  # no candidate at all: counted against the oracle only
                groups.append(([], [], -1, 0, gq.get("speaker_kind"), art))
                continue
            labels = [int(ev.speaker_right(c.name, gq)) for c in cands]
            rule = next((k for k, c in enumerate(cands) if c.name == atts[i].speaker), -1)
            rule_ok = int(ev.speaker_right(atts[i].speaker, gq))
            groups.append(([c.feats for c in cands], labels, rule, rule_ok, gq.get("speaker_kind"), art))
    return groups, rows


def train_ranker(groups: list, epochs: int, lr: float = 0.05, l2: float = 1e-5, seed: int = 13) -> dict[str, float]:
    """Softmax over each quotation's candidates; the target spreads over all right candidates.

    Returns the average of the weights over every step of the second half (averaged SGD): the
    last step's weights swing with the shuffle order, enough to move 5-fold CV by +-0.004.
    """
    w: dict[str, float] = {}
    u: dict[str, float] = {}  # sum of step * update since averaging began, for the lazy average
    data = [g for g in groups if any(g[1])]  # also drops the candidate-less groups
    rnd = random.Random(seed)
    step, averaging = 0, False  # step: examples seen since averaging began
    for ep in range(epochs):
        averaging = ep >= epochs // 2
        rnd.shuffle(data)
        rate = lr / (1 + ep * 0.5)
        for feats, labels, *_ in data:
            scores = [sm.score(w, f) for f in feats]
            mx = max(scores)
            ex = [math.exp(s - mx) for s in scores]
            z = sum(ex)
            p = [e / z for e in ex]
            pos = [p[k] for k in range(len(p)) if labels[k]]
            zp = sum(pos) or 1e-12
            for k, f in enumerate(feats):
                g = p[k] - (p[k] / zp if labels[k] else 0.0)
                if abs(g) < 1e-6:
                    continue
                for name, v in f.items():
                    d = rate * (g * v + l2 * w.get(name, 0.0))
                    w[name] = w.get(name, 0.0) - d
                    if averaging:
                        u[name] = u.get(name, 0.0) + step * d
            step += averaging
    if step:  # the mean of w over the steps: w_last + sum((step - 1) * d) / steps
        w = {k: v + u.get(k, 0.0) / step for k, v in w.items()}
    return {k: round(v, 4) for k, v in w.items() if abs(v) > 1e-4}


def ranker_accuracy(groups: list, w: dict[str, float], margin: float) -> tuple[float, float, dict]:
    """(rule accuracy, model accuracy, per-kind model accuracy) on matched quotations with a speaker."""
    rule_ok = model_ok = 0
    by_kind: dict[str, list[int]] = {}
    for feats, labels, rule, r_ok, kind, _ in groups:
        if not feats:
            continue
        scores = [sm.score(w, f) for f in feats]
        best = max(range(len(scores)), key=scores.__getitem__)
        pick_ok = r_ok if rule >= 0 and (best == rule or scores[best] - scores[rule] < margin) else labels[best]
        rule_ok += r_ok
        model_ok += pick_ok
        by_kind.setdefault(kind, [0, 0])
        by_kind[kind][0] += 1
        by_kind[kind][1] += pick_ok
    n = max(sum(1 for g in groups if g[0]), 1)
    return rule_ok / n, model_ok / n, {k: round(v[1] / v[0], 3) for k, v in by_kind.items()}


def train_filter(rows: list, epochs: int, lr: float = 0.05, l2: float = 1e-5, seed: int = 7) -> dict[str, float]:
    """Logistic regression by SGD, weights averaged over the second half as in `train_ranker`."""
    w: dict[str, float] = {}
    u: dict[str, float] = {}
    data = list(rows)
    rnd = random.Random(seed)
    step = 0
    for ep in range(epochs):
        averaging = ep >= epochs // 2
        rnd.shuffle(data)
        rate = lr / (1 + ep * 0.5)
        for f, y, *_ in data:
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, sm.score(w, f)))))
            g = p - y
            for name, v in f.items():
                d = rate * (g * v + l2 * w.get(name, 0.0))
                w[name] = w.get(name, 0.0) - d
                if averaging:
                    u[name] = u.get(name, 0.0) + step * d
            step += averaging
    if step:
        w = {k: v + u.get(k, 0.0) / step for k, v in w.items()}
    return {k: round(v, 4) for k, v in w.items()}


def pick_threshold(rows: list, w: dict[str, float], max_gold_loss: float) -> float:
    """Highest threshold that drops at most `max_gold_loss` of the gold quotations the rules keep."""
    gold = sorted(sm.score(w, f) for f, y, *_ in rows if y)
    k = int(len(gold) * max_gold_loss)
    return gold[k] - 1e-6 if gold else -1e9


def oracle_line(groups: list) -> str:
    """Share of quotations with at least one right candidate (none at all counts as a miss), overall and by kind."""
    by: dict[str, list[int]] = {}
    for g in groups:
        by.setdefault(g[4], [0, 0])
        by[g[4]][0] += 1
        by[g[4]][1] += int(any(g[1]))
    n, ok = sum(v[0] for v in by.values()), sum(v[1] for v in by.values())
    return (f"oracle {ok / max(n, 1):.4f} ({n - ok} of {n} with no right candidate)  "
            + " ".join(f"{k} {v[1] / max(v[0], 1):.3f}" for k, v in sorted(by.items())))


def cross_validate(groups: list, rows: list, args: argparse.Namespace) -> None:
    """Held-out ranker accuracy and filter trade-off, folds by article: tuning never needs dev/."""
    print(oracle_line(groups))
    groups = [g for g in groups if g[0]]
    k = args.cv
    tot = [0.0, 0.0, 0]
    kinds: dict[str, list[float]] = {}
    drop = [0, 0, 0, 0]  # non-gold dropped, non-gold, gold dropped, gold
    for fold in range(k):
        tr = [g for g in groups if g[5] % k != fold]
        te = [g for g in groups if g[5] % k == fold]
        w = train_ranker(tr, args.epochs, args.lr, args.l2)
        r_acc, m_acc, by = ranker_accuracy(te, w, args.margin)
        tot[0] += r_acc * len(te)
        tot[1] += m_acc * len(te)
        tot[2] += len(te)
        for kind, acc in by.items():
            n = sum(1 for g in te if g[4] == kind)
            kinds.setdefault(kind, [0.0, 0])
            kinds[kind][0] += acc * n
            kinds[kind][1] += n
        rtr = [r for r in rows if r[2] % k != fold]
        rte = [r for r in rows if r[2] % k == fold]
        qw = train_filter(rtr, args.epochs)
        th = pick_threshold(rtr, qw, args.max_gold_loss)
        for f, y, _ in rte:
            d = sm.score(qw, f) < th
            drop[2 * y] += d
            drop[2 * y + 1] += 1
    n = max(tot[2], 1)
    print(f"cv{k}: rules {tot[0] / n:.4f}  model {tot[1] / n:.4f}  "
          + " ".join(f"{kk} {v[0] / max(v[1], 1):.3f}" for kk, v in sorted(kinds.items())))
    print(f"cv{k} filter: drops {drop[0]}/{drop[1]} non-gold, {drop[2]}/{drop[3]} gold")


def pipeline_rows(data: Path, split: str) -> tuple[list, dict, dict, dict]:
    """Run the whole engine (shipped speaker model, filter off) and record every span it keeps.

    Returns (rows [(feats, label, article, whole, aid, start)], quotes by article, gold, not_quotes);
    a fold's filter then only decides which recorded spans stay.
    """
    from index.quotes import extract_quotes

    rows: list = []
    preds: dict[str, list[dict]] = {}
    gold_all = {}
    for art, line in enumerate((data / split / "quotes_gold.jsonl").read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        g = json.loads(line)
        gold_all[g["id"]] = g
        body = (data / split / "articles" / f"{g['id']}.txt").read_text(encoding="utf-8")
        marks = find_marks(body)
        gold = _match(marks, g["quotes"])
        label = {m.start: int(i in gold) for i, m in enumerate(marks)}

        def record(b, m, a, art=art, aid=g["id"]):
            if _handed_over(b, m):
                return True  # always kept: not the filter's call
            rows.append((quote_feats(b, m, a), label.get(m.start, 0), art, whole_sentence(b, m), aid, m.start))
            return True

        preds[g["id"]] = [{"text": q.text, "speaker": q.speaker, "start": q.start, "end": q.end}
                          for q in extract_quotes(body, keep=record)]
    nq: dict = {}
    path = data / split / "not_quotes.jsonl"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                j = json.loads(line)
                nq[j["id"]] = j
    return rows, preds, gold_all, nq


def curve(data: Path, ev, args: argparse.Namespace) -> None:
    """Filter trade-off by K-fold CV over articles: not-quote hits vs gold kept, end to end with the scorer."""
    sm.ENABLED = True
    rows, preds, gold, nq = pipeline_rows(data, "train")
    k = args.cv or 5
    arts = data / "train" / "articles"
    scopes = {"fragments": lambda r: not r[3], "all": lambda r: True}
    res0, _ = ev.evaluate(gold, {a: {"quotes": q} for a, q in preds.items()}, str(arts), nq)
    print(_curve_line("no filter", res0))
    for scope, filterable in scopes.items():
        if scope != args.scope and args.scope != "both":
            continue
        for loss in args.losses:
            drop: set[tuple[str, int]] = set()
            for fold in range(k):
                tr = [r for r in rows if r[2] % k != fold and filterable(r)]
                te = [r for r in rows if r[2] % k == fold and filterable(r)]
                qw = train_filter(tr, args.epochs)
                th = pick_threshold(tr, qw, loss)
                drop |= {(r[4], r[5]) for r in te if sm.score(qw, r[0]) < th}
            pred = {a: {"quotes": [q for q in qs if (a, q["start"]) not in drop]} for a, qs in preds.items()}
            res, _ = ev.evaluate(gold, pred, str(arts), nq)
            print(_curve_line(f"{scope} loss<={loss:.3f}", res))


def _curve_line(name: str, res: dict) -> str:
    n = res["not_quotes"]
    return (f"{name:24s} not-quote hits {n['pred_hitting_not_quotes']:4d}/{n['segments']} "
            f"({n['pred_hitting_not_quotes'] / max(n['segments'], 1):.1%})  quote F1 {res['quote']['f1']:.4f}  "
            f"R {res['quote']['r']:.4f}  quote+speaker F1 {res['quote_and_speaker']['f1']:.4f}")


def main() -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":  # the rules break some ties by set order: pin it
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "quote_dev"))
    ap.add_argument("--out", default=str(sm.MODEL_PATH))
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--lr", type=float, default=0.05, help="speaker ranker learning rate")
    ap.add_argument("--l2", type=float, default=1e-5, help="speaker ranker L2")
    ap.add_argument("--margin", type=float, default=0.0)
    ap.add_argument("--max-gold-loss", type=float, default=0.02,
                    help="gold quotations the filter may drop (chosen on the --curve trade-off: best quote+speaker F1)")
    ap.add_argument("--no-filter", action="store_true", help="ship the speaker ranker only")
    ap.add_argument("--keep-filter", action="store_true",
                    help="refit the speaker ranker, keep the quote filter of the JSON at --out (how the shipped file was made)")
    ap.add_argument("--cv", type=int, default=0, metavar="K", help="report K-fold held-out accuracy (by article); write nothing")
    ap.add_argument("--curve", action="store_true", help="quote filter trade-off, end to end, by CV; write nothing")
    ap.add_argument("--scope", choices=["fragments", "all", "both"], default="all")
    ap.add_argument("--losses", type=float, nargs="+", default=[0.0, 0.01, 0.02, 0.04, 0.06, 0.08])
    args = ap.parse_args()
    data = Path(args.data)
    ev = _scorer(data)
    if args.curve:
        curve(data, ev, args)
        return 0
    sm.ENABLED = False  # features come from the rules alone
    groups, rows = collect(data, "train", ev)
    if args.cv:
        cross_validate(groups, rows, args)
        return 0
    w = train_ranker(groups, args.epochs, args.lr, args.l2)
    r_acc, m_acc, kinds = ranker_accuracy(groups, w, args.margin)
    print(f"train quotations {len(groups)}  rules {r_acc:.3f}  model {m_acc:.3f}  {kinds}\n{oracle_line(groups)}")
    model: dict = {"version": 1, "speaker": {"weights": w, "margin": args.margin}}
    if args.keep_filter:
        model["quote"] = json.loads(Path(args.out).read_text(encoding="utf-8"))["quote"]
    elif not args.no_filter:
        # The filter sees what it sees at run time: spans the rules keep, speakers from the new ranker.
        sm._model, sm._loaded, sm.ENABLED = model, True, True
        rows = pipeline_rows(data, "train")[0]
        qw = train_filter(rows, args.epochs)
        th = pick_threshold(rows, qw, args.max_gold_loss)
        neg = [sm.score(qw, f) < th for f, y, *_ in rows if not y]
        print(f"filter: {len(rows)} spans, drops {sum(neg)}/{len(neg)} non-gold at <= {args.max_gold_loss:.1%} gold loss")
        model["quote"] = {"weights": qw, "threshold": round(th, 4)}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({Path(args.out).stat().st_size} bytes, {len(w)} speaker weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
