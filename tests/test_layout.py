"""The project's import graph stays a graph a newcomer can follow (figures: tests/import_graph.py).

No cycles, function-local imports included (they hide a cycle from Python, not from a reader);
no module takes another module's private names; no import of a module that does not exist.
"""

from tests import import_graph

MODULES = import_graph.module_files()


def test_no_import_cycles():
    assert import_graph.cycles(import_graph.graph(MODULES)) == []


def test_no_private_names_imported_across_modules():
    assert import_graph.private_imports(MODULES) == []


def test_every_imported_project_module_exists():
    assert import_graph.unresolved_imports(MODULES) == []


def test_every_path_in_the_readme_layout_exists():
    """The README's layout map names files a newcomer will look for: each must be there."""
    readme = (import_graph.ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Project layout", 1)[1].split("```\n", 2)[1]
    missing, parents = [], []  # [(indent, folder)] of the entries a line is nested in
    for line in block.splitlines():
        indent = len(line) - len(line.lstrip(" "))
        if not line.strip() or indent >= 20:
            continue  # a description carried over to the next line
        while parents and parents[-1][0] >= indent:
            parents.pop()
        prefix = "".join(folder for _indent, folder in parents)
        names = line.strip().split("  ", 1)[0].replace(",", " ").split()
        for name in names:
            if not list(import_graph.ROOT.glob((prefix + name).rstrip("/"))):
                missing.append(prefix + name)
        folders = [name for name in names if name.endswith("/")]
        if folders:
            parents.append((indent, folders[-1]))
    assert missing == []
