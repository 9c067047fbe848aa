"""The claims stage's modules import one another in one direction: ``frame`` (the assembly) imports the modules holding
its decisions, none of them imports ``frame``, and no two modules import each other in a ring (an import cycle breaks
as soon as a module-level name of the one is read while the other is still half-built). The roles modules are layered:
``entities``, then ``anaphora`` (what an uncoded entity stands for: it takes the context as an argument and imports no
module of the roles but ``entities``), under ``roles`` (the article's context), ``organisations``, ``owners`` and
``voices`` over it. The steps of
one sentence's claims are layered under ``frame`` (the per-sentence loop): ``figures`` and ``scope``, then
the claim_type steps (``claimtype``, ``plantype``, ``ruletype``, in the order ``claim.figure_claim`` runs their steps,
each constant beside the step that reads it), then ``claim`` (one figure's claim), and no module holding a decision
they call on imports them. What
a figure measures is layered under ``metric`` (``metric_of``): ``basis`` (basis phrases), ``cuecompound`` (a cue that
only frames the head before it, nouns owned by the figure next to them), ``cuelexicon`` (the cue
lexicon and a sentence's cues), ``cuescope`` (which cue governs a figure), ``metrictopic`` (the article's topic),
``budgetwords`` (what a budget word names: its size, the whole state's budget, a balance's), each
importing only those before it and the lexicon, none of the stage's other modules. And every ``module.name`` a claims module reads of a sibling it imports exists there (a name moved to another module and
still read at its old home fails only when that line runs)."""
import ast
import importlib
from pathlib import Path

CLAIMS = Path(__file__).resolve().parents[2] / "pipeline" / "claims"


def _imports() -> dict[str, set[str]]:
    """module -> the sibling modules of pipeline/claims it imports (relative or absolute, at any depth of its code)."""
    names = {p.stem for p in CLAIMS.glob("*.py")}
    graph = {}
    for path in CLAIMS.glob("*.py"):
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                module = node.module or ""
                if node.level == 1 and module:
                    found.add(module.split(".")[0])
                elif node.level == 1:
                    found |= {a.name for a in node.names}
                elif module.startswith("pipeline.claims."):
                    found.add(module.split(".")[2])
                elif module == "pipeline.claims":
                    found |= {a.name for a in node.names}
            elif isinstance(node, ast.Import):
                found |= {a.name.split(".")[2] for a in node.names if a.name.startswith("pipeline.claims.")}
        graph[path.stem] = (found & names) - {path.stem}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    done, on_path = set(), []

    def visit(node):
        if node in on_path:
            return on_path[on_path.index(node):] + [node]
        if node in done:
            return None
        on_path.append(node)
        for dep in sorted(graph.get(node, ())):
            found = visit(dep)
            if found:
                return found
        on_path.pop()
        done.add(node)
        return None

    for node in sorted(graph):
        found = visit(node)
        if found:
            return found
    return None


# the roles modules, each importing only those before it: what a sentence names, what an uncoded name stands for, the
# article's context, then the decisions that read that context
ROLE_LAYERS = ("entities", "anaphora", "roles", "organisations", "owners", "voices")


# the steps of one sentence's claims, each importing only those before it (figures and scope do not import each other);
# frame, the per-sentence loop, drives them
SENTENCE_LAYERS = ("figures", "scope", "claimtype", "plantype", "ruletype", "claim", "frame")

# the claim_type steps by what they decide: the figure's own stance and tense, then plans, proposals and demands, then
# refusals, statutes, standing rules and restatements (the order claim.figure_claim runs them in)
TYPE_LAYERS = ("claimtype", "plantype", "ruletype")


# what a figure measures: basis phrases, compound heads, the cue lexicon and a sentence's cues, the scope rule, the
# article's topic, what a budget word names (split out of metric in session 22: it reads only the scope rule's budget
# words, and metric_of asks it before choosing a weak word's cue), then metric_of over them all
METRIC_LAYERS = ("basis", "cuecompound", "cuelexicon", "cuescope", "metrictopic", "budgetwords", "metric")


def test_the_graph_reads_the_stage():
    graph = _imports()
    assert {"metric", "roles", "figures", "scope", "claim"} <= graph["frame"]
    assert {"stance", "scope", "claimtype", "plantype", "ruletype", "actors", "voices"} <= graph["claim"]
    assert {"stance", "levels", "plans", "scope"} <= graph["claimtype"]
    assert {"stance", "levels", "plans", "scope", "claimtype"} <= graph["plantype"]
    assert {"stance", "levels", "plans", "scope"} <= graph["ruletype"]
    assert "lexicon" in graph["metric"]
    assert {"roles", "entities", "owners", "voices", "organisations"} <= graph["actors"]


def test_the_roles_modules_import_only_the_layers_before_them():
    graph = _imports()
    for k, module in enumerate(ROLE_LAYERS):
        assert not graph[module] & set(ROLE_LAYERS[k + 1:]), module
    assert {"entities", "anaphora"} <= graph["roles"]
    assert all({"roles", "entities"} <= graph[m] for m in ("organisations", "owners", "voices"))


def test_anaphora_imports_only_what_a_sentence_names_and_the_lexicon():
    # the resolvers read the article's context only as the argument ArticleContext.entities hands them (`ctx`): importing
    # roles, or a decision over it, would be a ring
    graph = _imports()
    assert graph["anaphora"] == {"entities", "lexicon"}
    assert "anaphora" in graph["roles"]


def test_the_context_holds_no_anaphora_resolver():
    # who "it", "he", "the ministry" or "European allies" stands for is decided in one place: anaphora, not a method
    from pipeline.claims import anaphora, roles
    resolvers = {name for name in vars(anaphora) if name.endswith("_code") or name in ("resolve", "_it_speaker")}
    assert {"resolve", "group_code", "generic_code", "pronoun_code", "person_code", "giving_it_code"} <= resolvers
    methods = {name.lstrip("_") for name in vars(roles.ArticleContext)}
    assert not methods & {name.lstrip("_") for name in resolvers}


def test_the_sentence_steps_import_only_the_layers_before_them():
    graph = _imports()
    for k, module in enumerate(SENTENCE_LAYERS):
        assert not graph[module] & set(SENTENCE_LAYERS[k + 1:]), module
    assert "scope" not in graph["figures"]
    assert {"scope", "figures"} <= graph["claimtype"]
    assert {"scope", "claimtype", "plantype", "ruletype"} <= graph["claim"]


def _steps_called(function: str = "figure_claim") -> list[str]:
    """The claims-module names ``claim.<function>`` calls, in the order of their lines."""
    tree = ast.parse((CLAIMS / "claim.py").read_text(encoding="utf-8"))
    fn = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == function)
    calls = sorted((n.lineno, n.col_offset, n.func.id) for n in ast.walk(fn)
                   if isinstance(n, ast.Call) and isinstance(n.func, ast.Name))
    return [name for _, _, name in calls]


def _top_level_names(module: str) -> list[str]:
    tree = ast.parse((CLAIMS / f"{module}.py").read_text(encoding="utf-8"))
    out = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            out.append(node.name)
        elif isinstance(node, ast.Assign):
            out += [t.id for t in node.targets if isinstance(t, ast.Name)]
    return out


def test_the_claim_type_steps_run_module_by_module_in_their_layers_order():
    # figure_claim runs the type steps in precedence order; the modules holding them follow that order, so reading
    # claimtype, then plantype, then ruletype reads the steps as they run (each module's steps in its own order too)
    home = {name: m for m in TYPE_LAYERS for name in _top_level_names(m) if name.endswith("_type") or name == "figure_stance"}
    assert set(home) == {"figure_stance", "tense_type", "credited_forecast_type", "level_or_plan_type",
                         "demand_or_rule_type", "plan_proposal_type", "refusal_type", "restated_or_rule_type",
                         "anchored_type"}
    called = [name for name in _steps_called() if name in home]
    assert sorted(called) == sorted(home)  # each step once
    assert [TYPE_LAYERS.index(home[n]) for n in called] == sorted(TYPE_LAYERS.index(home[n]) for n in called)
    for module in TYPE_LAYERS:
        own = [n for n in _top_level_names(module) if n in home]
        assert own == [n for n in called if home[n] == module], module


def test_each_claim_type_module_says_what_its_steps_decide():
    for module in TYPE_LAYERS:
        doc = ast.get_docstring(ast.parse((CLAIMS / f"{module}.py").read_text(encoding="utf-8")))
        steps = [n for n in _top_level_names(module) if n.endswith("_type") or n == "figure_stance"]
        assert steps, module
        assert [n for n in steps if f"``{n}``" not in doc] == [], module


def _imported_from(reader: str, module: str) -> set[str]:
    """The names `reader` imports from the claims module `module` (``from .module import X``)."""
    tree = ast.parse((CLAIMS / f"{reader}.py").read_text(encoding="utf-8"))
    return {a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level == 1 and n.module == module
            for a in n.names}


def test_each_claim_type_constant_sits_beside_a_step_that_reads_it():
    # every name a type module defines is read by its own code (a constant shared by several steps sits in the earliest
    # module that needs it, the later ones import it), or by claim alone (a reach figure_claim shares with a step); a
    # name only a later type module reads belongs there
    misplaced = []
    for k, module in enumerate(TYPE_LAYERS):
        tree = ast.parse((CLAIMS / f"{module}.py").read_text(encoding="utf-8"))
        read = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
        by_claim = _imported_from("claim", module)
        for name in _top_level_names(module):
            if name not in read and name not in by_claim:
                later = [m for m in TYPE_LAYERS[k + 1:] if name in _imported_from(m, module)]
                misplaced.append(f"{module}.{name}" + (f" (read only by {', '.join(later)})" if later else " (read by no one)"))
    assert misplaced == []


def test_the_metric_modules_import_only_the_layers_before_them():
    graph = _imports()
    for k, module in enumerate(METRIC_LAYERS):
        assert not graph[module] & set(METRIC_LAYERS[k + 1:]), module
    assert {"cuelexicon", "cuescope", "metrictopic", "budgetwords"} <= graph["metric"]
    assert "basis" in graph["cuelexicon"] and "basis" in graph["cuescope"] and "cuelexicon" in graph["metrictopic"]


def test_the_metric_modules_import_no_other_claims_module_but_the_lexicon():
    # under every decision that asks what a figure measures (guards, story, figures ...): never over one of them
    graph = _imports()
    outside = {m: sorted(graph[m] - set(METRIC_LAYERS) - {"lexicon"}) for m in METRIC_LAYERS}
    assert outside == {m: [] for m in METRIC_LAYERS}


def test_no_decision_module_imports_the_sentence_steps():
    # the steps sit between the loop and the decisions: story, guards, speakers, levels, plans, aid, actors, the roles
    # modules, metric, stance, modality, lexicon ... never read a step's name (a step reading theirs is the one direction)
    steps = set(SENTENCE_LAYERS)
    importers = sorted(m for m, deps in _imports().items() if deps & steps and m not in steps and m != "__init__")
    assert importers == []


def _module_reads(path: Path) -> list[tuple[int, str, str]]:
    """(line, sibling module, name) of every `alias.name` read in a claims module where `alias` is a sibling module it
    imports (`from . import roles as _roles`, `from pipeline.claims import roles`)."""
    names = {p.stem for p in CLAIMS.glob("*.py")}
    tree = ast.parse(path.read_text(encoding="utf-8"))
    alias = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and ((node.level == 1 and not node.module) or node.module == "pipeline.claims"):
            alias.update({a.asname or a.name: a.name for a in node.names if a.name in names})
    return [(n.lineno, alias[n.value.id], n.attr) for n in ast.walk(tree)
            if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id in alias]


def test_every_sibling_name_a_claims_module_reads_exists():
    missing = []
    for path in sorted(CLAIMS.glob("*.py")):
        for line, module, name in _module_reads(path):
            if not hasattr(importlib.import_module(f"pipeline.claims.{module}"), name):
                missing.append(f"{path.name}:{line}: {module}.{name}")
    assert missing == []


def test_the_reads_finder_sees_module_aliases():
    reads = {(module, name) for _, module, name in _module_reads(CLAIMS / "actors.py")}
    assert {("voices", "actor_of"), ("owners", "possessor"), ("roles", "is_possessive")} <= reads
    reads = {(module, name) for _, module, name in _module_reads(CLAIMS / "claim.py")}
    assert {("owners", "cue_possessor"), ("organisations", "org_owner"), ("entities", "is_state")} <= reads


def test_no_module_but_the_package_imports_frame():
    importers = sorted(m for m, deps in _imports().items() if "frame" in deps and m != "__init__")
    assert importers == []


def test_no_import_cycle_among_the_claims_modules():
    graph = _imports()
    graph.pop("__init__", None)  # (its preload imports every module inside a function, after the package is built)
    assert _cycle(graph) is None


def test_the_cycle_finder_finds_a_ring():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None
