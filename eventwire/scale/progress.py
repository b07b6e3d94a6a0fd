"""The progress line of `eventwire code`: articles, articles per second, events found."""
from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, Progress, ProgressColumn, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.text import Text


class _Rate(ProgressColumn):
    def render(self, task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("  -  articles/s" if speed is None else f"{speed:5.1f} articles/s")


class CodeProgress:
    """A live line on the console while enabled (a terminal, not --quiet); else nothing."""

    def __init__(self, console: Console, enabled: bool | None = None):
        self.enabled = console.is_terminal if enabled is None else enabled
        self._progress = None
        self._task = None
        self.events = 0
        if self.enabled:
            self._progress = Progress(
                SpinnerColumn(), TextColumn("coding"), BarColumn(bar_width=20),
                TextColumn("{task.completed:,.0f} articles"), _Rate(),
                TextColumn("{task.fields[events]:,} events"), TimeElapsedColumn(),
                console=console, transient=True, speed_estimate_period=20)

    def __enter__(self) -> "CodeProgress":
        if self._progress is not None:
            self._progress.start()
            self._task = self._progress.add_task("coding", total=None, events=0)
        return self

    def advance(self, articles: int = 1, events: int = 0) -> None:
        self.events += events
        if self._progress is not None:
            self._progress.update(self._task, advance=articles, events=self.events)

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.stop()
