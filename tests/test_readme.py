"""The README is the operator's manual: every environment variable the project reads must be in it."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_environment_variable_is_documented():
    source = (ROOT / "website" / "project" / "settings" / "environment.py").read_text()
    names = set(re.findall(r"_(?:str|bool|int|list)\(\s*\"([A-Z0-9_]+)\"", source))
    assert {"SECRET_KEY", "DATABASE_URL", "REDIS_URL", "HTTP_CACHE_SECONDS"} <= names
    readme = (ROOT / "README.md").read_text()
    documented = set(re.findall(r"^\| `([A-Z0-9_]+)` \|", readme, re.MULTILINE))
    assert names - documented == set(), "add these to the README configuration table"
