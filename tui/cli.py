"""The `newsreader` command line (DESIGN.md's contract).

Human output goes through `tui.render` (Rich, never parsing article text as
markup); `--json` output is made from the dataclasses' `to_json`. Errors are
one line on stderr with exit code 1 (input failed) or 2 (usage).
"""

from __future__ import annotations

import functools
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from index import __version__

EXIT_FAILED, EXIT_USAGE = 1, 2


class Fail(click.ClickException):
    """A one-line error with a chosen exit code."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.exit_code = code

    def show(self, file: Any = None) -> None:
        click.echo(f"newsreader: {self.format_message()}", err=True)


def _library(ctx: click.Context, build: bool = True):
    """Open the library named by --library/NEWSREADER_LIBRARY; build it from
    the samples on first use, with a progress line on stderr."""
    from index.library import Library

    library = Library(ctx.obj.get("library"))
    if build and not library.exists():
        from tui.render import first_run_progress

        with first_run_progress() as progress:
            library.ensure(progress=progress)
    return library


def handled(func: Callable) -> Callable:
    """Turn the library's expected errors into one-line messages."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from index.library import LibraryCorrupt, LibraryLocked, UnknownArticle

        try:
            return func(*args, **kwargs)
        except UnknownArticle as exc:
            raise Fail(str(exc), EXIT_USAGE) from None
        except (LibraryLocked, LibraryCorrupt) as exc:
            raise Fail(str(exc)) from None
        except OSError as exc:
            raise Fail(f"{exc.strerror or exc}: {exc.filename or ''}".strip(": ")) from None

    return wrapper


# JSON escapes C0 controls itself; C1 controls and bidi overrides (possible in
# file names) are escaped too, so piping --json to a terminal stays inert.
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _emit_json(data: Any) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2)
    click.echo(_UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--library",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="NEWSREADER_LIBRARY",
    help="Library folder (default: your user data folder; env NEWSREADER_LIBRARY).",
)
@click.version_option(__version__, prog_name="newsreader")
@click.pass_context
def main(ctx: click.Context, library: Path | None) -> None:
    """Read and compare news coverage in the terminal.

    With no command, opens the app (on the sample articles the first time).
    """
    ctx.ensure_object(dict)
    ctx.obj["library"] = library
    if ctx.invoked_subcommand is None:
        from tui.app import run

        run(library)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
@handled
def add(ctx: click.Context, paths: tuple[Path, ...], as_json: bool) -> None:
    """Add articles from files or folders (recursively)."""
    from tui.render import add_progress, print_add_report

    library = _library(ctx, build=False)
    with add_progress(enabled=not as_json) as progress:
        report = library.add(paths, progress=progress)
    if as_json:
        _emit_json(report.to_json())
    else:
        print_add_report(report)
    if report.failed:
        ctx.exit(EXIT_FAILED)


@main.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@handled
def list_(ctx: click.Context, as_json: bool) -> None:
    """List every article: id, title, outlet, date."""
    from tui.render import print_list

    items = _library(ctx).list()
    if as_json:
        _emit_json([s.to_json() for s in items])
    else:
        print_list(items)


@main.command()
@click.argument("query")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@handled
def search(ctx: click.Context, query: str, limit: int, as_json: bool) -> None:
    """Search titles, bodies, outlets and speakers (Whoosh query language)."""
    from tui.render import print_search

    result = _library(ctx).search(query, limit=limit)
    if as_json:
        _emit_json(
            {
                "query": result.query,
                "total": result.total,
                "suggestion": result.suggestion,
                "hint": result.error,
                "hits": [h.to_json() for h in result.hits],
            }
        )
    else:
        print_search(result)


@main.command()
@click.argument("ref", metavar="ID")
@click.option("--raw", is_flag=True, help="Show the text as loaded, and what cleaning removed.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@handled
def show(ctx: click.Context, ref: str, raw: bool, as_json: bool) -> None:
    """Show one article (cleaned, or --raw) with its quotations."""
    from tui.render import print_article

    article = _library(ctx).get(ref)
    if as_json:
        data = article.to_json()
        if raw:
            data["raw"] = article.raw
        _emit_json(data)
    else:
        print_article(article, raw=raw)


@main.command()
@click.argument("refs", nargs=-1, required=True, metavar="ID...")
@click.pass_context
@handled
def remove(ctx: click.Context, refs: tuple[str, ...]) -> None:
    """Remove articles by id, id prefix or file name."""
    removed = _library(ctx, build=False).remove(refs)
    for s in removed:
        click.echo(f"removed {s.id}  {s.title}")


@main.command()
@click.option("--speaker", help="Only this speaker (canonical name or alias).")
@click.option("--article", "article", metavar="ID", help="Only this article.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@handled
def quotes(ctx: click.Context, speaker: str | None, article: str | None, as_json: bool) -> None:
    """Quotations, grouped by speaker."""
    from tui.render import print_quotes

    found = _library(ctx).quotes(speaker=speaker, article=article)
    if as_json:
        _emit_json([q.to_json() for q in found])
    else:
        print_quotes(found)


@main.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@handled
def speakers(ctx: click.Context, as_json: bool) -> None:
    """Canonical speakers across the library, with aliases and counts."""
    from tui.render import print_speakers

    found = _library(ctx).speakers()
    if as_json:
        _emit_json([s.to_json() for s in found])
    else:
        print_speakers(found)


@main.command()
@click.argument("a", metavar="ID_A")
@click.argument("b", metavar="ID_B")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@handled
def compare(ctx: click.Context, a: str, b: str, as_json: bool) -> None:
    """Compare two articles: aligned passages, shared quotations, similarity."""
    from tui.render import print_comparison

    result = _library(ctx).compare(a, b)
    if as_json:
        _emit_json(result.to_json())
    else:
        print_comparison(result)


@main.command()
@click.argument("ref", metavar="ID")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 1000))
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@handled
def related(ctx: click.Context, ref: str, limit: int, as_json: bool) -> None:
    """The articles most related to one article, and the story it belongs to."""
    from tui.render import print_related

    library = _library(ctx)
    article = library.resolve(ref)
    found = library.related(article.id, limit=limit)
    if as_json:
        _emit_json([r.to_json() for r in found])
        return
    story = next((ids for ids in library.stories() if article.id in ids), [])
    print_related(article, found, story)


def run() -> None:  # pragma: no cover - console entry for `python -m tui.cli`
    main(prog_name="newsreader")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run())
