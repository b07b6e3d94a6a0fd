"""A person's nationality in his own words.

"the Egyptian-American Mohamed Samir", "a British-Iranian charity worker": two nationality
words joined by a hyphen before a person are one nationality, the last part (an American of
Egyptian descent), not two actors as in "the Turkish-Russian proposal" (its two authors).
"American Lena Marsh", named with a nationality word and no title, is one of that country's
people (CVL), not the state.
"""
from __future__ import annotations

from dataclasses import replace

from ..records import Origin

PEOPLE_ROLE = "CVL"


def person_head(resolver, head) -> bool:
    """Does the phrase's head name a person: a PERSON entity, or a role word of a person
    ("journalist", "aid worker"); not a name NER did not read ("the Thai-Cambodian Friendship
    Association": its two founders' countries)?"""
    if head.ent_type_ == "PERSON":
        return True
    m = resolver.by_token.get(head.i - resolver.sent.start)
    return m is not None and "agent" in m.kinds and head.tag_ == "NN"


def last_of_hyphened(resolver, head, countries):
    """The countries of a person's phrase without the first part of a hyphenated nationality
    ("Egyptian-American X": American)."""
    if len(countries) < 2 or not person_head(resolver, head):
        return countries
    sent, base = resolver.sent, resolver.sent.start
    starts = {m.start for m, _a in countries}
    out = []
    for m, a in countries:
        last = sent[m.end - 1]
        hyph = last.i + 1
        if a.origin == Origin.ADJECTIVE and hyph + 1 < sent.end and sent.doc[hyph].tag_ == "HYPH" \
                and not last.whitespace_ and not sent.doc[hyph].whitespace_ and hyph + 1 - base in starts:
            continue
        out.append((m, a))
    return out


def national_person(resolver, actor, text: str, start: int, end: int, role: str | None):
    """ "American Lena Marsh": a person of the country a nationality word names (CVL, or the
    role his words give), or None when the country is not named by a nationality word."""
    if actor.origin != Origin.ADJECTIVE or len(actor.code) != 3:
        return None
    return [replace(resolver._with_role(actor, role or PEOPLE_ROLE), text=text, start=start, end=end)]
