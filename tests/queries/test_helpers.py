"""Every canned query has its typed helper, and the helper's signature matches the .rq header."""

from __future__ import annotations

import inspect

from queries import KnowledgeGraph
from queries.registry import registry


def test_every_canned_query_has_a_typed_helper_with_its_parameters():
    for name, query in registry().items():
        helper = getattr(KnowledgeGraph, query.helper_name, None)
        assert helper is not None, f"no KnowledgeGraph.{query.helper_name} for {name}.rq"
        assert helper.__doc__ and ">>>" in helper.__doc__, f"{query.helper_name} needs a docstring example"
        params = [p for p in inspect.signature(helper).parameters if p != "self"]
        assert params == [p.name for p in query.params], name


def test_no_helper_without_a_query():
    helpers = {n for n, v in vars(KnowledgeGraph.__mro__[1]).items() if callable(v) and not n.startswith("_") and n != "ask"}
    assert helpers == {q.helper_name for q in registry().values()}
