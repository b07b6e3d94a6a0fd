"""An operation launched to arrest is arrests under way: "Turkish police launched operations to
detain 110 soldiers", "launched a crackdown to arrest members of the group". Modality reads the
"to" clause as the purpose of its head (mood 'content'); when the head launches an operation
(its object an operation noun) and the purpose is an arrest, the arrests are the operation's
own acts, told as the head is (Modality.code asks the head's mood). Not a plan ("plans to launch
a crackdown to arrest"), not other purposes ("launched an operation to capture the city": the
city is not taken yet). The words are data (operations.yaml).
"""
from __future__ import annotations

from pathlib import Path

from .yamldata import safe_load

DATA = Path(__file__).parent / "data" / "operations.yaml"


class Operations:
    def __init__(self, path: Path = DATA):
        with open(path, encoding="utf-8") as fh:
            data = safe_load(fh) or {}
        self.launch = frozenset(data.get("launch_verbs", ()))
        self.nouns = frozenset(data.get("operation_nouns", ()))
        self.codes = tuple(str(c) for c in data.get("purpose_codes", ()))

    def purpose(self, verb, head, code: str):
        """The verb launching the operation the arrest (verb) is for, head the word its "to"
        clause hangs on ("launched operations to detain": "launched" either way), else None."""
        if not code.startswith(self.codes) or head is None:
            return None
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return None
        if head.pos_ == "NOUN" and verb.dep_ in ("acl", "relcl"):     # "a crackdown to arrest"
            noun, head = head, head.head
            if noun.dep_ not in ("dobj", "obj"):
                return None
        else:
            noun = next((c for c in head.children if c.dep_ in ("dobj", "obj")), None)
        if noun is None or noun.lemma_.lower() not in self.nouns:
            return None
        lemma = head.lemma_.lower()
        phrasal = " ".join([lemma] + [c.lower_ for c in head.children if c.dep_ == "prt"])
        return head if lemma in self.launch or phrasal in self.launch else None

    def launcher(self, verb, code: str):
        """The verb that launches the operation an arrest is for ("launched a crackdown to
        arrest X": "launched"), whose subject is the arrest's doer; None when there is none."""
        if verb.head.pos_ == "NOUN" and verb.dep_ in ("acl", "relcl"):
            return self.purpose(verb, verb.head, code)
        return None
