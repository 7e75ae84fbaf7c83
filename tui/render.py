"""Human output of the command line: Rich tables and text, inert by design.

Every piece of article-derived text goes through `safe()`: control
characters are stripped and the result is a `rich.text.Text`, so `[bold]` in
an article prints as typed and no escape sequence reaches the terminal.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from index.clean import sanitize
from index.model import AddReport, Article, ArticleSummary, Quote, SearchResult, Speaker

console = Console(highlight=False, soft_wrap=False)
err_console = Console(stderr=True, highlight=False)


def safe(text: str | None, style: str = "") -> Text:
    """Article text as inert Rich text."""
    return Text(sanitize(text or ""), style=style)


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
        TextColumn("{task.fields[name]}", style="dim"),
    )
    with Progress(*columns, console=err_console, transient=True) as bar:
        task = bar.add_task("add", total=None, name="")

        def update(done: int, total: int, path: str) -> None:
            name = sanitize(path.rsplit("/", 1)[-1])[:40]
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
        console.print(Text.assemble(("  ✗ ", "red"), safe(f.path), (": ", ""), safe(f.reason)))


def _date(s: ArticleSummary) -> str:
    return s.published or "—"


def print_list(items: list[ArticleSummary]) -> None:
    if not items:
        console.print("The library is empty. Add articles with: newsreader add PATH")
        return
    table = Table(show_edge=False, header_style="bold", pad_edge=False)
    table.add_column("ID", style="cyan", no_wrap=True)
    table.add_column("Title", ratio=3)
    table.add_column("Outlet", ratio=1)
    table.add_column("Date", no_wrap=True)
    for s in items:
        table.add_row(safe(s.id), safe(s.title), safe(s.outlet or "—"), safe(_date(s)))
    console.print(table)
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


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()
