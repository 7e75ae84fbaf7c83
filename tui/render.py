"""Human output of the command line: Rich tables and text, inert by design.

Every piece of article-derived text goes through `safe()`: control
characters are stripped and the result is a `rich.text.Text`, so `[bold]` in
an article prints as typed and no escape sequence reaches the terminal.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from index.clean import sanitize
from index.model import (
    AddReport,
    Article,
    ArticleSummary,
    Comparison,
    Quote,
    Related,
    SearchResult,
    Speaker,
)

console = Console(highlight=False, soft_wrap=False)
err_console = Console(stderr=True, highlight=False)


def safe(text: str | None, style: str = "") -> Text:
    """Article text as inert Rich text."""
    return Text(_plain(text or ""), style=style)


def _plain(text: str) -> str:
    """Sanitized, with lone surrogates (undecodable file-name bytes) as '?'."""
    return sanitize(text).encode("utf-8", "replace").decode("utf-8")


@contextmanager
def first_run_progress() -> Iterator:
    """A progress line while the first library is built from the samples."""
    err_console.print("No library yet: building one from the sample articles…")
    with add_progress(enabled=True) as progress:
        yield progress


@contextmanager
def add_progress(enabled: bool = True) -> Iterator:
    """A progress bar on a terminal; nothing when output is piped."""
    if not enabled or not err_console.is_terminal:
        yield None
        return
    columns = (
        TextColumn("adding"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[name]}", style="dim", markup=False),  # file names are data
    )
    with Progress(*columns, console=err_console, transient=True) as bar:
        task = bar.add_task("add", total=None, name="")

        def update(done: int, total: int, path: str) -> None:
            name = _plain(path.rsplit("/", 1)[-1])[:40]
            bar.update(task, completed=done, total=total, name=name)

        yield update


def print_add_report(report: AddReport) -> None:
    added, same, failed = len(report.added), len(report.unchanged), len(report.failed)
    line = Text.assemble(
        ("added ", ""), (str(added), "bold green"), ("  unchanged ", ""), (str(same), "bold"),
        ("  failed ", ""), (str(failed), "bold red" if failed else "bold"),
    )
    console.print(line)
    for f in report.failed:
        # one line per file, however long the path: a script can grep it
        path = f.path.replace("\n", "\\n").replace("\t", "\\t")  # names may hold them
        console.print(Text.assemble(("  ✗ ", "red"), safe(path), (": ", ""), safe(f.reason)),
                      soft_wrap=True)


def _date(s: ArticleSummary) -> str:
    return s.published or "—"


def _article_table(last: str, rows: list[tuple[ArticleSummary, str]]) -> Table:
    """ID, title, outlet and one more column (date, score) per article."""
    table = Table(show_edge=False, header_style="bold", pad_edge=False)
    table.add_column("ID", style="cyan", no_wrap=True)
    table.add_column("Title", ratio=3)
    table.add_column("Outlet", ratio=1)
    table.add_column(last, no_wrap=True, justify="right" if last == "Score" else "left")
    for s, value in rows:
        table.add_row(safe(s.id), safe(s.title), safe(s.outlet or "—"), safe(value))
    return table


def print_list(items: list[ArticleSummary]) -> None:
    if not items:
        console.print("The library is empty. Add articles with: newsreader add PATH")
        return
    console.print(_article_table("Date", [(s, _date(s)) for s in items]))
    console.print(Text(f"{len(items)} articles", style="dim"))


def marked(text: str, spans: tuple[tuple[int, int], ...], style: str = "bold yellow") -> Text:
    out = safe(text)
    for start, end in spans:
        out.stylize(style, start, end)
    return out


def print_search(result: SearchResult) -> None:
    if result.error:
        err_console.print(Text(f"hint: {result.error}", style="yellow"))
    if not result.hits:
        console.print(Text(f"No articles match {result.query!r}."))
        if result.suggestion:
            console.print(Text.assemble("Did you mean: ", (result.suggestion, "bold"), "?"))
        return
    for n, hit in enumerate(result.hits, 1):
        s = hit.article
        head = Text.assemble(
            (f"{n:>2}. ", "dim"), safe(s.title, "bold"), ("  ", ""),
            safe(s.outlet or "", "magenta"), ("  ", ""), safe(s.id, "cyan"),
            (f"  {hit.score:.2f}", "dim"),
        )
        console.print(head)
        console.print(Text("    ").append_text(marked(hit.snippet, hit.snippet_spans)))
    console.print(Text(f"{result.total} matching articles", style="dim"))


def print_article(article: Article, raw: bool = False) -> None:
    s = article.summary
    console.print(safe(s.title, "bold"))
    meta = " · ".join(x for x in (s.outlet, s.published, s.byline) if x)
    console.print(Text.assemble(safe(meta, "magenta"), ("  ", ""), safe(s.id, "cyan"), ("  ", ""), safe(s.path, "dim")))
    console.print()
    if raw:
        console.print(safe(article.raw))
        console.print()
        console.print(Text(f"Removed by cleaning ({len(article.removed)} lines):", style="bold"))
        for line in article.removed:
            console.print(Text("  − ", style="red").append_text(safe(line, "dim")))
        return
    body = safe(article.body)
    for q in article.quotes:
        body.stylize("italic green", q.start, q.end)
    console.print(body)
    if article.quotes:
        console.print()
        console.print(Text(f"Quotations ({len(article.quotes)})", style="bold"))
        print_quotes(list(article.quotes), show_source=False)


def print_quotes(quotes: list[Quote], show_source: bool = True) -> None:
    if not quotes:
        console.print("No quotations found.")
        return
    groups: dict[str, list[Quote]] = defaultdict(list)
    for q in quotes:
        groups[q.speaker or "(no speaker found)"].append(q)
    for speaker, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        console.print(Text.assemble(safe(speaker, "bold"), (f"  ({len(items)})", "dim")))
        for q in items:
            line = Text("  “").append_text(safe(q.text)).append("”")
            if show_source:
                line.append_text(safe(f"  {q.outlet or ''} {q.article_id}", "dim"))
            console.print(line)


def print_speakers(speakers: list[Speaker]) -> None:
    if not speakers:
        console.print("No quotations in the library yet.")
        return
    table = Table(show_edge=False, header_style="bold", pad_edge=False)
    table.add_column("Speaker", ratio=2)
    table.add_column("Description", ratio=2)
    table.add_column("Quotes", justify="right")
    table.add_column("Articles", justify="right")
    table.add_column("Also written", ratio=2)
    for sp in speakers:
        table.add_row(
            safe(sp.speaker), safe(sp.description or ""), str(sp.quote_count),
            str(sp.article_count), safe(", ".join(sp.aliases)),
        )
    console.print(table)


def _diffed(text: str, base: int, spans: tuple[tuple[int, int], ...]) -> Text:
    """A passage with the words that differ from its partner underlined."""
    return marked(text, tuple((s - base, e - base) for s, e in spans), "bold yellow underline")


def print_comparison(c: Comparison) -> None:
    console.print(Text.assemble(("A  ", "bold cyan"), safe(c.a.title, "bold"), ("  ", ""), safe(c.a.outlet or "", "magenta")))
    console.print(Text.assemble(("B  ", "bold cyan"), safe(c.b.title, "bold"), ("  ", ""), safe(c.b.outlet or "", "magenta")))
    console.print(Text(f"similarity {c.similarity:.2f}  ·  {len(c.aligned)} aligned passages  ·  "
                       f"{len(c.shared_quotes)} shared quotations", style="dim"))
    if c.aligned:
        table = Table(show_edge=False, header_style="bold", show_lines=True, pad_edge=False)
        table.add_column("A", ratio=1)
        table.add_column("B", ratio=1)
        table.add_column("", justify="right", style="dim", no_wrap=True)
        for pair in c.aligned:
            table.add_row(_diffed(pair.a.text, pair.a.start, pair.a_diff),
                          _diffed(pair.b.text, pair.b.start, pair.b_diff), f"{pair.score:.2f}")
        console.print(table)
    for label, passages in (("Only in A", c.only_a), ("Only in B", c.only_b)):
        if passages:
            console.print(Text(f"{label} ({len(passages)})", style="bold"))
            for p in passages:
                console.print(Text("  · ").append_text(safe(p.text, "dim")))
    if c.shared_quotes:
        console.print(Text("Shared quotations", style="bold"))
        for sq in c.shared_quotes:
            tag = ("same wording", "green") if sq.same_wording else ("reworded", "yellow")
            console.print(Text.assemble(("  ", ""), safe(sq.speaker or "(unknown)", "bold"), ("  ", ""), tag))
            console.print(Text("    A “").append_text(safe(sq.a.text)).append("”"))
            if not sq.same_wording:
                console.print(Text("    B “").append_text(safe(sq.b.text)).append("”"))
    for label, quotes in (("Quotations only in A", c.only_a_quotes), ("Quotations only in B", c.only_b_quotes)):
        if quotes:
            console.print(Text(f"{label} ({len(quotes)})", style="bold"))
            for q in quotes:
                console.print(Text.assemble(("  ", ""), safe(q.speaker or "(unknown)", "bold"), (": “", ""), safe(q.text), ("”", "")))


def print_related(article: ArticleSummary, found: list[Related], story: list[str]) -> None:
    console.print(Text.assemble(("Related to ", ""), safe(article.title, "bold"), ("  ", ""), safe(article.id, "cyan")))
    if len(story) > 1:
        console.print(Text(f"Same story: {len(story)} articles in the library", style="green"))
    if not found:
        console.print("No related articles.")
        return
    console.print(_article_table("Score", [(r.article, f"{r.score:.2f}") for r in found]))
