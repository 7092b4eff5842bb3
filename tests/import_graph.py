"""The project's import graph, read from the source with ``ast`` (nothing is imported).

Every ``import``/``from … import`` counts, module-level or inside a function: a function-local
import hides a cycle from Python's start-up order, not from a reader. ``tests/test_layout.py``
holds the figures at zero; ``python tests/import_graph.py`` prints them.
"""

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIP_DIRS = {".venv", "node_modules", ".git", "migrations", "media", "staticfiles", "__pycache__"}


def project_packages(root: Path = ROOT) -> list[str]:
    """Top-level packages of the repository (folders with an ``__init__.py``)."""
    return sorted(p.parent.name for p in root.glob("*/__init__.py") if p.parent.name not in SKIP_DIRS)


def module_files(root: Path = ROOT) -> dict[str, Path]:
    """``{dotted module name: file}`` for every module of the project packages."""
    modules = {}
    for package in project_packages(root):
        for path in (root / package).rglob("*.py"):
            if SKIP_DIRS & set(path.relative_to(root).parts):
                continue
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            modules[".".join(parts)] = path
    return modules


def _absolute(module: str, is_package: bool, level: int, target: str | None) -> str:
    if level == 0:
        return target or ""
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (level - 1)] if level > 1 else base
    return ".".join(base + ([target] if target else []))


def imports(modules: dict[str, Path]):
    """Yield ``(importer, imported module, names)`` for every import between project modules;
    ``names`` are the names taken from it (empty for ``import x``)."""
    for module, path in modules.items():
        is_package = path.name == "__init__.py"
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name in modules:
                        yield module, alias.name, ()
            elif isinstance(node, ast.ImportFrom):
                source = _absolute(module, is_package, node.level, node.module)
                plain = []
                for alias in node.names:
                    submodule = f"{source}.{alias.name}"
                    if submodule in modules:
                        yield module, submodule, ()
                    else:
                        plain.append(alias.name)
                if source in modules and (plain or not node.names):
                    yield module, source, tuple(plain)


def unresolved_imports(modules: dict[str, Path]) -> list[str]:
    """``importer: name`` for each import of a project module that does not exist (a module
    moved without its importers, or a relative import one level off)."""
    packages = {module.split(".")[0] for module in modules}
    found = []
    for module, path in modules.items():
        is_package = path.name == "__init__.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [_absolute(module, is_package, node.level, node.module)]
            else:
                continue
            for name in names:
                if name.split(".")[0] in packages and name not in modules:
                    found.append(f"{module}: {name}")
    return sorted(found)


def graph(modules: dict[str, Path]) -> dict[str, set[str]]:
    edges = {module: set() for module in modules}
    for importer, imported, _names in imports(modules):
        if importer != imported:
            edges[importer].add(imported)
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index, low, on_stack, stack, result = {}, {}, set(), [], []
    counter = 0
    for start in sorted(edges):
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
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
                    result.append(sorted(component))
    return result


def private_imports(modules: dict[str, Path]) -> list[str]:
    """``importer: module._name`` for each private name one module takes from another."""
    found = []
    for importer, imported, names in imports(modules):
        for name in names:
            if name.startswith("_") and not name.startswith("__"):
                found.append(f"{importer}: {imported}.{name}")
    for module in modules:
        if any(part.startswith("_") and not part.startswith("__") for part in module.split(".")):
            found.append(f"(module) {module}")
    return sorted(set(found))


def main() -> int:
    modules = module_files()
    found = cycles(graph(modules))
    private = private_imports(modules)
    print(f"modules read: {len(modules)}")
    print(f"import cycles (strongly connected groups): {len(found)}")
    for component in found:
        print("  cycle:", " <-> ".join(component))
    print(f"private names imported across modules: {len(private)}")
    for line in private:
        print("  ", line)
    missing = unresolved_imports(modules)
    print(f"imports of project modules that do not exist: {len(missing)}")
    for line in missing:
        print("  ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
