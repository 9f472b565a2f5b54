"""The shape of the package (DESIGN.md): no import cycles, stages never import the faces, no module reads
another's private names, and every module imports on its own, whatever was imported before it.

The graph is read from the source with ``ast`` (module-level imports, ``TYPE_CHECKING`` blocks left out: they
never run); the fresh imports run in one subprocess that forgets every ``newsbrief`` module before each one.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
#: The faces over the stages: the command line, the server and the renderers.
FACES = ("newsbrief.cli", "newsbrief.server", "newsbrief.render")
#: Modules that are not stages and may use the faces: the public API (``newsbrief.render``), ``python -m
#: newsbrief`` and the outputs layer of stories mode (it renders each brief into its files).
#: Output writers, not stages: the stories index and pages, and the follow digest (which words agreement as
#: the renderers do, through render.labels).
MAY_USE_FACES = {"newsbrief", "newsbrief.__main__", "newsbrief.stories.outputs", "newsbrief.follow.digest"}


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted((SRC / "newsbrief").rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _owner(name: str) -> str | None:
    """The module that ``name`` (a module, or a name inside one) lives in."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _imports(module: str, *, top_level: bool) -> set[str]:
    """The newsbrief modules ``module`` imports: at module level only, or anywhere (functions included)."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str | None] = set()

    def base_of(node: ast.ImportFrom) -> str:
        if not node.level:
            return node.module or ""
        base = package
        for _ in range(node.level - 1):
            base = base.rpartition(".")[0]
        return f"{base}.{node.module}" if node.module else base

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue
            if isinstance(node, ast.Import):
                found.update(_owner(a.name) for a in node.names if a.name.startswith("newsbrief"))
            elif isinstance(node, ast.ImportFrom):
                base = base_of(node)
                if base.startswith("newsbrief"):
                    found.update(_owner(f"{base}.{a.name}") for a in node.names)
            if top_level:
                for block in ("body", "orelse", "finalbody"):
                    if isinstance(node, ast.If | ast.Try) and hasattr(node, block):
                        visit(getattr(node, block))
                for handler in getattr(node, "handlers", []):
                    visit(handler.body)

    tree = ast.parse(path.read_text(encoding="utf-8"))
    if top_level:
        visit(tree.body)
    else:
        visit([n for n in ast.walk(tree) if isinstance(n, ast.stmt)])
    found.discard(None)
    found.discard(module)
    return found  # type: ignore[return-value]


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), iteratively."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles() -> None:
    graph = {module: _imports(module, top_level=True) & MODULES.keys() for module in MODULES}
    assert len(graph) > 100 and sum(map(len, graph.values())) > 200  # the graph was read
    assert _cycles(graph) == []


def test_stages_never_import_the_command_line_the_server_or_the_renderers() -> None:
    offenders = {
        module: sorted(i for i in _imports(module, top_level=False) if i.startswith(FACES))
        for module in MODULES
        if not module.startswith(FACES) and module not in MAY_USE_FACES
    }
    assert {m: found for m, found in offenders.items() if found} == {}
    assert "newsbrief.render" in _imports("newsbrief.stories.outputs", top_level=False)  # the check sees inside


#: Private names still read by another module, with the reason (none since session 16: the dateline reader
#: reads the month, day and year patterns public from ``text/date_expressions``).
KNOWN_PRIVATE_IMPORTS: dict[str, list[str]] = {}


def _private_reads(source: str, package: str) -> list[str]:
    """The private names a module's ``source`` reads from other newsbrief modules: ``from newsbrief.x import
    _name``, the same written relative (``from .x import _name``, with ``package`` the module's package), and
    ``x._name`` on a module bound by ``import newsbrief.x as x`` or ``from newsbrief import x`` (dunders such as
    ``__version__`` are public). Private *modules* (``analyse/_entity_*``, the entity stage's parts) are not names
    read here. Each module's first name is written whole, the rest bare (:data:`KNOWN_PRIVATE_IMPORTS`)."""
    found: list[str] = []
    bound: dict[str, str] = {}  # local name -> the newsbrief module it binds

    def private(name: str) -> bool:
        return name.startswith("_") and not name.startswith("__")

    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package
                for _ in range(node.level - 1):
                    parent = parent.rpartition(".")[0]
                base = f"{parent}.{base}" if base else parent
            if not base.startswith("newsbrief"):
                continue
            names = [a.name for a in node.names if private(a.name) and f"{base}.{a.name}" not in MODULES]
            found += [f"{base}.{names[0]}", *names[1:]] if names else []
            for a in node.names:
                if f"{base}.{a.name}" in MODULES:
                    bound[a.asname or a.name] = f"{base}.{a.name}"
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.name.startswith("newsbrief"):
                    bound[a.asname or a.name] = a.name
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and private(node.attr):
            value = ast.unparse(node.value)
            owner = bound.get(value) or (value if value in MODULES else None)
            if owner is not None:
                found.append(f"{owner}.{node.attr}")
    return found


def _private_imports(module: str) -> list[str]:
    """The private names ``module`` reads from other newsbrief modules (:func:`_private_reads`)."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    return _private_reads(path.read_text(encoding="utf-8"), package)


def test_the_private_name_check_sees_relative_imports_and_module_attributes() -> None:
    """review30: the check read only ``from newsbrief.x import _name``; a relative import of the same name or
    ``standalone._LINK`` on an imported module passed it (tried on a scratch copy of opinion.py)."""
    package = "newsbrief.summarize"
    assert _private_reads("from newsbrief.summarize.standalone import _LINK, outside_quotes", package) == [
        "newsbrief.summarize.standalone._LINK"
    ]
    assert _private_reads("from .standalone import _LINK", package) == ["newsbrief.summarize.standalone._LINK"]
    assert _private_reads("from ..text.dates import _MONTH", package) == ["newsbrief.text.dates._MONTH"]
    assert _private_reads("from newsbrief.summarize import standalone\nX = standalone._LINK", package) == [
        "newsbrief.summarize.standalone._LINK"
    ]
    assert _private_reads("import newsbrief.summarize.standalone as sa\nX = sa._LINK", package) == [
        "newsbrief.summarize.standalone._LINK"
    ]
    assert _private_reads("import newsbrief.summarize.standalone\nX = newsbrief.summarize.standalone._LINK", package)
    # public names, dunders, private modules and other objects' private attributes are not reads of this kind
    assert (
        _private_reads("from newsbrief import __version__\nfrom newsbrief.analyse import _entity_rules", package) == []
    )
    assert _private_reads("def f(stream):\n    return stream._rebuild()\nX = self._x", package) == []
    assert _private_reads("from newsbrief.analyse import _entity_rules as r\nX = r._CUT", package) == [
        "newsbrief.analyse._entity_rules._CUT"
    ]


def test_no_module_reads_another_modules_private_names() -> None:
    """A leading underscore says a name may change with its module alone: a second module reading it breaks on
    such a change and hides that the knowledge is shared (summarize/opinion, quality and referents read
    standalone's ``_SPEECH_VERBS``; the quote speakers read quote_names' pronoun genders, word knowledge that
    belongs in text/lexicon)."""
    found = {module: names for module in MODULES if (names := _private_imports(module))}
    assert found == KNOWN_PRIVATE_IMPORTS


def test_every_module_imports_on_its_own() -> None:
    """Each module imported first, in a process that forgets, before each one, every newsbrief module but
    those the package itself loads (``import newsbrief.x`` always runs ``newsbrief/__init__.py`` first, so a
    module can never be imported before those: keeping them is the same as importing them afresh)."""
    script = """
import importlib, json, sys, warnings
warnings.simplefilter("ignore")
import newsbrief
first = {m for m in sys.modules if m == "newsbrief" or m.startswith("newsbrief.")}
failed = {}
for name in json.loads(sys.argv[1]):
    for loaded in [m for m in sys.modules if m.startswith("newsbrief.") and m not in first]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception as err:  # the report names every module that fails, with why
        failed[name] = f"{type(err).__name__}: {err}"
print(json.dumps({"failed": failed, "package_loads": sorted(first)}))
"""
    names = sorted(m for m in MODULES if m != "newsbrief.__main__")  # __main__ runs the command line
    done = subprocess.run(
        [sys.executable, "-c", script, json.dumps(names)], capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["failed"] == {}
    # The brief path loads with the package (``newsbrief.Briefer``); the subsystems around it must not, so that this
    # test imports each of their modules on its own (the check was "fewer than half of all modules", which the brief
    # path's own growth reached in session 17: 83 of 167, every one of them the brief's).
    optional = ("cli", "server", "web", "stories", "follow", "evaluate", "analyse.nlp", "render.html")
    eager = [m for m in report["package_loads"] if m.removeprefix("newsbrief.").startswith(optional)]
    assert eager == [], f"loaded by `import newsbrief`: {eager}"
