"""The project's layout rules that code review alone lets slip: every module of the package
stays under the size limit (one job a module), and the mixins a class is built from never
define the same method twice (a later mixin would silently shadow the earlier one's, and
moving a method between modules would change which one runs)."""
from pathlib import Path

import pytest

import eventwire
from eventwire.actors.resolve import ActorResolver
from eventwire.events.slots import Slots

LIMIT = 600         # lines: the project keeps modules under ~600


def test_no_module_over_the_size_limit():
    root = Path(eventwire.__file__).parent
    sizes = {str(p.relative_to(root)): len(p.read_text(encoding="utf-8").splitlines())
             for p in root.rglob("*.py")}
    assert sizes, "no modules found"
    over = {p: n for p, n in sizes.items() if n > LIMIT}
    assert not over, f"modules over {LIMIT} lines (split a job into a new module): {over}"


@pytest.mark.parametrize("cls", [ActorResolver, Slots], ids=lambda c: c.__name__)
def test_mixins_define_each_method_once(cls):
    owners: dict[str, list[str]] = {}
    for base in cls.__mro__[:-1]:           # not object
        for name in vars(base):
            if not (name.startswith("__") and name.endswith("__")):
                owners.setdefault(name, []).append(base.__name__)
    twice = {n: o for n, o in owners.items() if len(o) > 1}
    assert not twice, f"methods defined in more than one class of {cls.__name__}: {twice}"


def test_moved_methods_are_still_on_the_classes():
    # other modules call these through the resolver or the slots (pairing.py, coder.py, ...)
    for name in ("match_actor", "role_of", "_with_role", "as_civilians", "actors", "remember"):
        assert callable(getattr(ActorResolver, name))
    for name in ("sources", "targets", "brokers", "hyphen_mediator", "deep_targets", "place_targets"):
        assert callable(getattr(Slots, name))
