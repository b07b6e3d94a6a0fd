"""docs/python_api.ipynb runs as it is (nbclient and a Python kernel), so it cannot rot."""
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "docs" / "python_api.ipynb"
SHARED = Path(os.environ.get("EVENTWIRE_SHARED") or ROOT.parent / "shared")


def _kernel_missing() -> str | None:
    for module in ("nbformat", "nbclient", "ipykernel", "pandas"):
        try:
            __import__(module)
        except ImportError:
            return f"{module} is not installed (pip install -e '.[test]')"
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        KernelSpecManager().get_kernel_spec("python3")
    except NoSuchKernel:
        return "no python3 Jupyter kernel"
    return None


def test_notebook_runs(monkeypatch):
    missing = _kernel_missing()
    if missing:
        pytest.skip(missing)
    if not list((SHARED / "seeds").glob("*.txt")):
        pytest.skip(f"no seed stories in {SHARED / 'seeds'} (set EVENTWIRE_SHARED)")
    import nbformat
    from nbclient import NotebookClient

    # the kernel imports eventwire from this tree, and finds the seeds where the tests do
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p))
    monkeypatch.setenv("EVENTWIRE_SHARED", str(SHARED))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
    NotebookClient(nb, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    last = nb.cells[-1]
    assert any("image/png" in o.get("data", {}) for o in last.outputs), "the dyad chart is drawn"
    frames = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if "text/html" in o.get("data", {})]
    assert len(frames) >= 3, "code_frame, the dyad and the events show as tables"
