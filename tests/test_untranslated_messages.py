"""No message the user reads leaves the Qt-free layers untranslated.

The rule, checked on the source (AST) of domain/, services/, documents/, demo/, store/ and
cli.py: a string literal that reads as prose (two words of letters, and not SQL) is
user-facing when it is

* an argument of an exception or of a message-carrying constructor (any callable whose name
  ends in Error, Rejected or Needed, and RowError, EmailError, ...),
* printed (`print`, `say`), or anywhere in a `summary`, `describe`, `explanation` or
  `__str__` method,
* a `.append()`ed line of a list of problems, warnings or sentences,

and such a literal must be the message of `_()`, `ngettext()` or `N_()` (a format string
filled with `.format()` after translation counts). Programming errors (`ValueError`,
`TypeError`, ...) are exempt: they are bugs, not messages.

Also: a module that imports `_` never rebinds it (`for _, x in ...` would make `_()` fail).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "jitdesk"
SCANNED = [
    *sorted((ROOT / "domain").glob("*.py")),
    *sorted((ROOT / "services").glob("*.py")),
    *sorted((ROOT / "documents").glob("*.py")),
    *sorted((ROOT / "demo").glob("*.py")),
    *sorted((ROOT / "store").glob("*.py")),
    ROOT / "cli.py",
]
PROSE = re.compile(r"[A-Za-z]{2,}[^\n]*\s[A-Za-z]{2,}")
# The store builds queries in lists named like lists of lines ("parts"), and any two words of
# SQL pass for prose. A literal is SQL, not a message, when it has what no sentence has: a
# statement keyword in capitals as its first word, a table-qualified column compared
# ("o.status IN", "so.status ="), or " IN (". Case matters: a sentence that says "select",
# "with" or "in (" is still prose.
SQL = re.compile(
    r"^\W*(SELECT|INSERT|UPDATE|DELETE|WITH)\b"
    r"|\b[a-z_]+\.[a-z_]+ (IN|=|<>|<|>|<=|>=|IS|LIKE)\s"
    r"| IN \("
)
TRANSLATORS = {"_", "ngettext", "N_", "gettext"}
PROGRAMMING_ERRORS = {
    "ValueError",
    "TypeError",
    "KeyError",
    "IndexError",
    "AssertionError",
    "RuntimeError",
    "NotImplementedError",
    "AttributeError",
}
MESSAGE_CALLS = re.compile(r"(Error|Rejected|Needed|Unavailable|Problem)$")
PRINTERS = {"print", "say"}
MESSAGE_METHODS = {"summary", "describe", "explanation", "__str__"}
LIST_NAMES = re.compile(r"(problems|warnings|sentences|out|parts|lines|notes|messages)$")


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _prose(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    else:
        return None
    return text if PROSE.search(text) and not SQL.search(text) else None


def _translated(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    parent = parents.get(node)
    return isinstance(parent, ast.Call) and _name(parent.func) in TRANSLATORS


def _literals(expr: ast.AST) -> list[ast.AST]:
    """The literals an argument is made of: itself, or the parts of a + concatenation or a
    conditional expression."""
    if isinstance(expr, ast.BinOp):
        return _literals(expr.left) + _literals(expr.right)
    if isinstance(expr, ast.IfExp):
        return _literals(expr.body) + _literals(expr.orelse)
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute):
        return _literals(expr.func.value)  # "...".strip(), "...".format(...)
    return [expr]


def untranslated(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found: list[tuple[int, str]] = []

    def check(expr: ast.AST) -> None:
        for literal in _literals(expr):
            text = _prose(literal)
            if text and not _translated(literal, parents):
                found.append((literal.lineno, text))

    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _name(node.func)
            args = [*node.args, *(k.value for k in node.keywords if k.arg in (None, "message"))]
            if name in PRINTERS or (MESSAGE_CALLS.search(name) and name not in PROGRAMMING_ERRORS):
                for arg in args:
                    check(arg)
            elif (
                name == "append"
                and isinstance(node.func, ast.Attribute)
                and LIST_NAMES.search(_name(node.func.value))
            ):
                for arg in node.args:
                    check(arg)
        elif isinstance(node, ast.FunctionDef) and node.name in MESSAGE_METHODS:
            body = node.body[1:] if ast.get_docstring(node) else node.body
            for statement in body:
                for inner in ast.walk(statement):
                    # parts of f-strings are checked with them; keys (c["on order"]) are not text
                    if not isinstance(parents.get(inner), ast.JoinedStr | ast.Subscript):
                        check(inner)
    return [
        f"{path.relative_to(ROOT.parent)}:{line}: {text[:70]!r}" for line, text in sorted(found)
    ]


def shadowed_underscore(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    if not re.search(r"^from jitdesk\.domain\.i18n import .*\b_\b", source, re.M):
        return []
    tree = ast.parse(source)
    return [
        f"{path.relative_to(ROOT.parent)}:{node.lineno}"
        for node in ast.walk(tree)
        if (isinstance(node, ast.Name) and node.id == "_" and isinstance(node.ctx, ast.Store))
        or (isinstance(node, ast.arg) and node.arg == "_")
    ]


@pytest.mark.parametrize("path", SCANNED, ids=lambda p: str(p.relative_to(ROOT)))
def test_user_facing_messages_go_through_the_catalog(path):
    assert untranslated(path) == []


@pytest.mark.parametrize("path", SCANNED, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_translation_function_is_never_rebound(path):
    assert shadowed_underscore(path) == []


def test_the_rule_finds_an_unwrapped_message(tmp_path):
    """The scan itself: each kind of user-facing literal is caught, a wrapped one is not."""
    sample = ROOT / "services" / "_i18n_scan_sample.py"
    sample.write_text(
        "from jitdesk.domain.i18n import _\n"
        "def f(x):\n"
        "    raise ValidationError(f'The value {x} is wrong.')\n"
        "def g(problems):\n"
        "    problems.append('Something is broken here.')\n"
        "def h():\n"
        "    print('All is well ' + 'today.')\n"
        "def k():\n"
        "    raise DomainError(_('This one is translated.'))\n"
        "def m():\n"
        "    raise ValueError('a programming error, not a message')\n"
        "class R:\n"
        "    def summary(self):\n"
        "        return f'{self} rows imported'\n"
        "def q(parts, marks):\n"
        "    parts.append(f'SELECT id FROM orders WHERE o.status IN ({marks})')\n"
        "    parts.append(f'o.status IN ({marks})')\n"
        "def s(path):\n"
        "    raise ShopFileError(f'{path} is not in (or with) a shop; select another file.')\n"
    )
    try:
        found = untranslated(sample)
    finally:
        sample.unlink()
    assert [line.split(":")[1] for line in found] == ["3", "5", "7", "14", "19"]
