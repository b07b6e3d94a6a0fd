"""PETRARCH 2 / TABARI compatibility, one stage folder.

- readers of the dictionary formats: verb files (``verbs.py`` parses, ``inflect.py`` makes the
  verb forms, ``verbrows.py`` turns a file into rows of the project's verbs.tsv,
  verb_patterns.tsv and synsets.tsv), actor, agent and discard files (``actors.py``), the
  internal coding ontology (``ontology.py``: negation pairs);
- ``importer.py``: ``eventwire dict import`` and ``dict check`` over a folder of such files;
- ``dictset.py``: the dictionary set ``eventwire code --dictionaries DIR`` codes with;
- ``cli.py``: the ``eventwire dict`` commands; ``validation.py``: the validation-suite runner.

The coder reads imported dictionaries through the same records (the project's own TSV/YAML
layout) as its own dictionaries.
"""
