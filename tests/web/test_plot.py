"""`eventwire plot`: the pages' charts as image files, drawn from the fixture store."""
import subprocess

import numpy as np
import pytest
from matplotlib.image import imread
from typer.testing import CliRunner
from webkit import EXE

from eventwire.cli import app
from eventwire.plot import fill_periods


def inked(path) -> float:
    """The share of pixels that are not background white."""
    img = imread(str(path))[..., :3]
    return float((img.min(axis=2) < 0.9).mean())


def test_plot_dyad_as_a_user_runs_it(web_store, tmp_path):
    out = tmp_path / "dyad.png"
    r = subprocess.run([EXE, "plot", "dyad", "VEN", "RUS", "-o", str(out), "--db", str(web_store)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "wrote" in r.stdout and out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert inked(out) > 0.02


@pytest.mark.parametrize("args", [["partners", "VEN"], ["timeline", "--by", "week"], ["timeline", "--actor", "UKR"],
                                  ["map"], ["dyad", "VEN", "COL", "--by", "week", "--directed"]])
def test_plots_draw_something(web_store, tmp_path, args):
    out = tmp_path / "chart.png"
    r = CliRunner().invoke(app, ["plot", *args, "-o", str(out), "--db", str(web_store)])
    assert r.exit_code == 0, r.output
    assert inked(out) > 0.02


def test_svg_and_pdf_by_extension(web_store, tmp_path):
    for name, head in (("p.svg", b"<?xml"), ("p.pdf", b"%PDF")):
        r = CliRunner().invoke(app, ["plot", "partners", "RUS", "-o", str(tmp_path / name), "--db", str(web_store)])
        assert r.exit_code == 0, r.output
        assert (tmp_path / name).read_bytes().startswith(head)


def test_plot_errors_are_one_line(web_store, tmp_path):
    r = CliRunner().invoke(app, ["plot", "dyad", "VEN", "RUS", "-o", str(tmp_path / "x.gif"), "--db", str(web_store)])
    assert r.exit_code == 2 and "format" in r.output
    r = CliRunner().invoke(app, ["plot", "dyad", "VEN", "RUS", "-o", str(tmp_path / "x.png"), "--db",
                                 str(tmp_path / "none.duckdb")])
    assert r.exit_code == 2 and "no store" in r.output
    r = CliRunner().invoke(app, ["plot", "timeline", "-o", str(tmp_path / "x.png"), "--from", "2022-02-30",
                                 "--db", str(web_store)])
    assert r.exit_code == 2 and "not a date" in r.output


def test_an_empty_selection_still_draws_a_labelled_chart(web_store, tmp_path):
    out = tmp_path / "none.png"
    r = CliRunner().invoke(app, ["plot", "dyad", "FRA", "DEU", "-o", str(out), "--db", str(web_store)])
    assert r.exit_code == 0 and "0 events" in r.output
    assert out.exists()


def test_periods_are_filled_between_the_first_and_the_last():
    rows = [{"period": "2021-11", "events": 2}, {"period": "2022-02", "events": 1}]
    assert [p["period"] for p in fill_periods(rows, "month")] == ["2021-11", "2021-12", "2022-01", "2022-02"]
    weeks = fill_periods([{"period": "2022-01-03", "events": 1}, {"period": "2022-01-24", "events": 1}], "week")
    assert [p["events"] for p in weeks] == [1, 0, 0, 1]
    quarters = fill_periods([{"period": "2021-Q4", "events": 1}, {"period": "2022-Q2", "events": 1}], "quarter")
    assert [p["period"] for p in quarters] == ["2021-Q4", "2022-Q1", "2022-Q2"]
    assert np.all([p.get("goldstein") is None for p in weeks[1:3]])
