"""Synthetic news corpora for benchmarks, made from the samples' sentences.

Articles recombine real sample sentences, swap in names and places from a
pool, and add attributed quotations, so ingest, search and quotation work see
news-shaped text with a realistic vocabulary. Deterministic for a seed.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench" / ".cache"

FIRST = ["Anna", "Boris", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Irina", "James",
         "Keiko", "Liam", "Maria", "Nikolai", "Olga", "Pedro", "Quinn", "Rosa", "Sergei", "Tara"]
LAST = ["Novak", "Ibrahim", "Lund", "Okafor", "Petrov", "Garcia", "Müller", "Tanaka", "Kowalski",
        "Haddad", "Silva", "Chen", "Dubois", "Rossi", "Larsen", "Moreau", "Schmidt", "Kim"]
ROLES = ["a senior official", "the foreign minister", "a former diplomat", "an economist",
         "the spokeswoman", "a campaign adviser", "the mayor", "a union leader"]
TOPICS = ["pipeline", "election", "harbour", "tariff", "vaccine", "drought", "strike", "summit",
          "reactor", "budget", "bridge", "refinery", "satellite", "border", "festival", "wildfire"]
CUES = ["said", "told reporters", "added", "explained", "wrote", "stated"]


def sample_sentences() -> list[str]:
    """Sentences of the sample articles (raw text; boilerplate is rare enough)."""
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "sample_data").glob("*.txt")))
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", re.sub(r"\s+", " ", text))
    return [s for s in sentences if 40 <= len(s) <= 400 and '"' not in s and "“" not in s]


def article(rng: random.Random, sentences: list[str], n: int) -> str:
    """One synthetic article of roughly 400-900 words."""
    topic = rng.choice(TOPICS)
    place = rng.choice(LAST) + rng.choice(["ville", "burg", "ov", "port", "stad"])
    people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(3)]
    paragraphs = [f"{topic.title()} talks in {place} stall as {people[0]} weighs options ({n})"]
    for i in range(rng.randint(10, 22)):
        body = " ".join(rng.choice(sentences) for _ in range(rng.randint(1, 3)))
        body = body.replace("Putin", people[i % 3].split()[1]).replace("Russia", place)
        if i % 4 == 1:
            speaker = people[i % 3]
            body += (f' "The {topic} in {place} is not finished, and we will keep working on it,"'
                     f" {speaker}, {rng.choice(ROLES)}, {rng.choice(CUES)}.")
        paragraphs.append(f"{body} The {topic} dispute in {place} continued.")
    return "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """Write `count` articles as .txt files (reused if already there)."""
    folder.mkdir(parents=True, exist_ok=True)
    existing = sorted(folder.glob("*.txt"))
    if len(existing) == count:
        return existing
    rng = random.Random(seed)
    sentences = sample_sentences()
    paths = []
    for n in range(count):
        path = folder / f"article_{n:06d}.txt"
        path.write_text(article(rng, sentences, n), encoding="utf-8")
        paths.append(path)
    return paths


def queries(rng: random.Random, count: int = 100) -> list[str]:
    """A mix of one-word, two-word, phrase, field and boolean queries."""
    pool = [*TOPICS, *LAST, "debate", "Kremlin", "Biden", "Trump", "sanctions", "Ukraine"]
    out = []
    for i in range(count):
        a, b = rng.sample(pool, 2)
        out.append([a, f"{a} {b}", f'"{a} dispute"', f"outlet:fox OR {a}", f"{a} NOT {b}"][i % 5])
    return out
