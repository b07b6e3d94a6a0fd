"""A government's command of its own armed forces is no event between two actors.

"The president ordered the troops home", "Washington says US soldiers must leave", "the
minister pledged more military commitment": an order, a demand, a pledge or aid from a state's
government to its own country's military is the state acting inside itself (GUIDELINES: purely
domestic actions), not an interaction. Criticism, threats and fighting between the two (a
president accusing the army of a coup, soldiers turning on the government) stay events.
"""
from __future__ import annotations

# the government's side: its government, or the bare country acting as the state
COMMANDER_ROLES = frozenset({"GOV", ""})
# the state's own armed forces
COMMANDED_ROLES = frozenset({"MIL"})
# demand (10), expel or order to leave (174), intent to cooperate (03: pledges),
# material cooperation and aid (06, 07): to one's own army, a command or a budget
COMMAND_ROOTS = ("10", "03", "06", "07")
COMMAND_CODES = ("174",)
# verbs of command: whatever the order is coded as ("ordered the army to strike" 138, "ordered
# the troops to talks" 04), to one's own forces it is a command
COMMAND_VERBS = frozenset({"order", "command", "instruct", "direct", "tell", "authorize", "authorise"})


def own_command(source_code: str, target_code: str, code: str, verb: str = "") -> bool:
    """Whether source -> target with `code` is a government commanding its own country's forces."""
    if len(source_code) < 3 or len(target_code) != 6 or source_code[:3] != target_code[:3]:
        return False
    if not source_code[:3].isalpha() or not source_code[:3].isupper():
        return False
    if source_code[3:] not in COMMANDER_ROLES or target_code[3:] not in COMMANDED_ROLES:
        return False
    return code[:2] in COMMAND_ROOTS or code.startswith(COMMAND_CODES) or verb in COMMAND_VERBS
