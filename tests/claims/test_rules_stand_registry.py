"""typemodel keeps the rules' claim_type against the model where a construction module says so; the modules' checks are
one registry (typemodel.RULES_THAT_STAND), each called with the leading arguments of (text, claim, new, s0, published)
it takes."""
import ast
import inspect
from pathlib import Path

from pipeline.claims import typemodel

CLAIMS = Path(typemodel.__file__).resolve().parent
# the protocol's arguments, with the other names the modules give them
PROTOCOL = ({"text"}, {"claim"}, {"new", "model_type"}, {"s0", "sentence_start"}, {"published"})


def test_each_check_takes_a_leading_part_of_the_protocol():
    for check in typemodel.RULES_THAT_STAND:
        names = list(inspect.signature(check).parameters)
        assert 3 <= len(names) <= len(PROTOCOL), check.__qualname__
        assert all(name in PROTOCOL[k] for k, name in enumerate(names)), (check.__module__, names)


def test_every_construction_check_of_the_claims_modules_is_registered():
    # a module's `rules_stand` (or `..._stands`, acts.keeps_rules_type) that typemodel never asks would be dead code
    registered = {(c.__module__.rsplit(".", 1)[1], c.__name__) for c in typemodel.RULES_THAT_STAND}
    found = set()
    for path in CLAIMS.glob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_") and (
                    node.name.endswith(("rules_stand", "_stands")) or node.name == "keeps_rules_type"):
                found.add((path.stem, node.name))
    assert found == registered


def test_the_registry_asks_each_check_once_and_stops_at_the_first_that_holds(monkeypatch):
    asked = []

    def fake(k, holds):
        def check(text, claim, new):
            asked.append(k)
            return holds
        return check

    checks = (fake(0, False), fake(1, True), fake(2, True))
    monkeypatch.setattr(typemodel, "_STANDING_CHECKS", tuple((c, 3) for c in checks))
    assert typemodel._rules_stand("text", {}, "actual", 0, None)
    assert asked == [0, 1]
    monkeypatch.setattr(typemodel, "_STANDING_CHECKS", ((fake(3, False), 3),))
    assert not typemodel._rules_stand("text", {}, "actual", 0, None)
