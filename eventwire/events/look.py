"""What one search for a trigger's targets needs: slots.py makes it, its mixins (doers.py,
brokers.py) and the helpers it passes the search to (receivers.py, available.py, ...) read it."""
from __future__ import annotations

from dataclasses import dataclass

from ..records import ActorMention


@dataclass(frozen=True)
class Look:
    """What one search for targets needs: the resolver, the event's sources (a target that is
    only their own forces is no target), and whether objects are topics unless actors."""
    resolver: object
    sources: list[ActorMention]
    topic_objects: bool = False
    object_clauses: bool = False
    recipient_first: bool = False
    authored: bool = False
    restriction: bool = False
    addressed: bool = False
    hosting: bool = False
    yielding: bool = False
