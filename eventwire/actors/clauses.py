"""The subject of the main clause read as an apposition of the subordinate clause's last noun.

"When the president was ousted by the army, Erdogan declared war" is often parsed with the
subordinate clause as the sentence's root and "Erdogan" as an appositive of "the army" (the
main verb joined to the root as a conjunct). Erdogan is then read as the army, and the doer of
the ousting. Such an appositive is no second name of the noun: it stands after a sentence-opening
"when / after / as ..." clause, is not closed by a comma, and a verb joined to the root follows it.
"""
from __future__ import annotations

# words opening a subordinate clause before the main one
SUBORDINATORS = frozenset({"when", "after", "before", "once", "as", "since", "while", "although",
                           "though", "if", "because", "until", "whereas"})


def main_subject_misread(appos) -> bool:
    """Whether the appositive `appos` is the main clause's subject misread (see above)."""
    if appos.dep_ != "appos" or appos.pos_ != "PROPN":
        return False
    root = appos.sent.root
    if root.pos_ not in ("VERB", "AUX") or appos.i < root.i:
        return False
    if not any(c.dep_ in ("advmod", "mark") and c.i < root.i and c.lower_ in SUBORDINATORS
               for c in root.children):
        return False
    start = appos.left_edge.i
    if start == 0 or appos.doc[start - 1].text != ",":
        return False            # an apposition is set off by a comma before it
    end = appos.right_edge.i + 1
    if end < len(appos.doc) and appos.doc[end].is_punct:
        return False            # "by the army, the country's strongest force,": a real apposition
    return any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > appos.i for c in root.children)
