"""The black-free judges (generator/render/shapes.py, quotes.py) against black itself.

Where shapes.keeps_shape answers True or False, black must agree on the program the oracle would hand it:
checked on every shape the oracle judges for every golden case and corpus spec, on random variations of
them, and on small cases named after the rule they pin. quotes.normalize_string_quotes must give black's
text for every literal it decides."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import textwrap
import warnings
from collections.abc import Callable
from pathlib import Path

import black
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.pipeline import Options, generate_files
from generator.render.formatting import format_source
from generator.render.quotes import is_black_string, normalize_string_quotes
from generator.render.shapes import keeps_shape
from generator.render.stability import StabilityOracle, _program
from generator.render.statements import STRING_LITERAL, parses
from tests import golden_cases
from tests.corpus_path import require_corpus
from tests.corpus_support import SLOW, corpus_specs

ROOT = Path(__file__).resolve().parent.parent


def black_keeps(program: str | None) -> bool:
    """The oracle's own verdict: black (one pass, our mode) gives the program back unchanged."""
    if program is None or not parses(program):
        return False
    try:
        return format_source(program) == program
    except black.parsing.InvalidInput:
        return False


def judged_shapes(generate: Callable[[], object], monkeypatch: pytest.MonkeyPatch) -> dict[str, str | None]:
    """Every shape key (with its program) the oracle judges while `generate` runs without any cache."""
    seen: dict[str, str | None] = {}
    decide = StabilityOracle._decide

    def spy(self: StabilityOracle, known: dict[str, bool], wanted: dict[str, str | None]) -> None:
        if known is self.shapes:
            seen.update(wanted)
        decide(self, known, wanted)

    monkeypatch.setenv("PYCLIENT_GEN_CACHE", "off")
    monkeypatch.setattr(StabilityOracle, "_decide", spy)
    generate()
    return seen


def disagreements(shapes: dict[str, str | None]) -> tuple[list[str], int]:
    """The keys where the judge answers and black disagrees, and how many keys the judge answers."""
    wrong, answered = [], 0
    for key, program in sorted(shapes.items()):
        if program is None:
            continue
        verdict = keeps_shape(key, program)
        if verdict is not None:
            answered += 1
            if verdict != black_keeps(program):
                wrong.append(key)
    return wrong, answered


def test_judge_agrees_with_black_on_every_golden_shape(monkeypatch: pytest.MonkeyPatch) -> None:
    shapes = judged_shapes(lambda: [golden_cases.generated(case) for case in golden_cases.cases()], monkeypatch)
    wrong, answered = disagreements(shapes)
    assert wrong == []
    judged = sum(program is not None for program in shapes.values())
    print(f"golden: the judge answers {answered} of {judged} shapes")
    assert answered == judged  # today every golden shape is decided without black


CORPUS_SPECS = [pytest.param(spec.name, marks=[pytest.mark.slow] if spec.name in SLOW else [], id=spec.name)
                for spec in corpus_specs()] or [pytest.param(None, id="no-corpus")]


@pytest.mark.parametrize("name", CORPUS_SPECS)
def test_judge_agrees_with_black_on_corpus_shapes(name: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    require_corpus()
    spec = next(s for s in corpus_specs() if s.name == name)
    shapes = judged_shapes(lambda: generate_files(spec.path, Options(validate=False)), monkeypatch)
    wrong, answered = disagreements(shapes)
    assert wrong == []
    print(f"{name}: the judge answers {answered} of {sum(p is not None for p in shapes.values())} shapes")


# ---- random variations of real shapes: spacing, commas, parentheses, literals --------------------------------

SEEDS = [
    'N = N.N("S", N)', "N: N | None = None", "def N(N, *N: N, N: N = 1) -> N[N, N]:", "return N(N=-1, *N, **N)",
    'N["S"] = None if N.N is None else N.N(N.N)', "if N is not None and N not in N:", "from .N import N, N",
    "N = [N(N) for N in N if not N]", "N = {**N, \"S\": N}", "N = lambda N=1, *N: N", "await N.N.N()",
    "except (N, N):", "class N(N, N=N):", "N += -N * (N - 2)", "N = N[N][-1]", "@N.N(N=True)",
    "raise N(f\"S {N!r}\") from None", "N = 0xFF + 1.5 + 1e5", "assert N, \"S\"", "del N, N",
    "param:N: N | None = None,", "param:**N: N,", "param:*,", "tail:) -> N | None:",
]
_TOKEN_OR_SPACE = re.compile(STRING_LITERAL.pattern + r"| +|\w+|\S", re.DOTALL)
_PIECES = ["(", ")", "[", "]", ",", "=", ":", " ", "  ", "-", "*", "**", "'s'", "1.", "0X1", "()", ".", "not "]


def judge(shape: str) -> bool | None:
    """The judge's answer for a shape, after checking it against black's where it answers."""
    program = _program_of(shape)
    verdict = None if program is None else keeps_shape(shape, program)
    if verdict is not None:
        assert verdict == black_keeps(program), shape
    return verdict


@st.composite
def varied_shapes(draw: st.DrawFn) -> str:
    shape = draw(st.sampled_from(SEEDS))
    kind, colon, line = shape.partition(":") if shape.startswith(("param:", "tail:")) else ("", "", shape)
    for _ in range(draw(st.integers(0, 2))):  # a piece inserted somewhere
        at = draw(st.integers(0, len(line)))
        line = line[:at] + draw(st.sampled_from(_PIECES)) + line[at:]
    parts = _TOKEN_OR_SPACE.findall(line)
    for _ in range(draw(st.integers(0, 2))):  # the space between two tokens changed
        at = draw(st.integers(0, len(parts)))
        parts.insert(at, draw(st.sampled_from(["", " ", "  "])))
        if at + 1 < len(parts) and parts[at + 1].isspace():
            del parts[at + 1]
    return kind + colon + "".join(parts)


def _program_of(key: str) -> str | None:
    kind, _, line = key.partition(":") if key.startswith(("param:", "tail:")) else ("", "", key)
    if kind == "param":
        after = "" if line.startswith("**") else "    _x=0,\n"
        return f"def f(\n    {line}\n{after}):\n    pass\n"
    if kind == "tail":
        return f"def f(\n    x,\n{line}\n    pass\n"
    return _program(key)


@pytest.mark.filterwarnings("ignore::SyntaxWarning")
@settings(max_examples=1000, derandomize=True, database=None, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(varied_shapes())
def test_judge_agrees_with_black_on_varied_shapes(shape: str) -> None:
    judge(shape)


# ---- random expressions (ast.unparse writes them) in random statements ---------------------------------------

_NAME = st.just(ast.Name("N"))
_LEAVES = st.one_of(_NAME, st.sampled_from([0, 1, 10, 2.5, 255, -1, None, True, "S", "it's"]).map(ast.Constant))
_OPERATORS = [ast.Add(), ast.Sub(), ast.Mult(), ast.Div(), ast.Mod(), ast.BitOr(), ast.FloorDiv(), ast.Pow()]


def _extend(inner: st.SearchStrategy[ast.expr]) -> st.SearchStrategy[ast.expr]:
    several = st.lists(inner, max_size=3)
    return st.one_of(
        st.builds(ast.BinOp, inner, st.sampled_from(_OPERATORS), inner),
        st.builds(ast.UnaryOp, st.sampled_from([ast.USub(), ast.Not(), ast.Invert()]), inner),
        st.builds(lambda f, a, k, star: ast.Call(f, [*a, *([ast.Starred(star)] if star else [])],
                                                 [ast.keyword("N", v) for v in k]), st.one_of(_NAME, inner), several,
                  st.lists(inner, max_size=2), st.one_of(st.none(), _NAME)),
        st.builds(lambda v, i: ast.Subscript(v, i), inner, inner),
        st.builds(lambda v: ast.Attribute(v, "N"), inner),
        st.builds(ast.List, several), st.builds(ast.Tuple, several), st.builds(ast.Set, st.lists(inner, min_size=1, max_size=3)),
        st.builds(lambda k, v: ast.Dict(k, v), st.lists(inner, min_size=1, max_size=2), st.lists(inner, min_size=2, max_size=2)),
        st.builds(lambda a, b, op: ast.Compare(a, [op], [b]), inner, inner,
                  st.sampled_from([ast.In(), ast.NotIn(), ast.Is(), ast.IsNot(), ast.Eq(), ast.LtE()])),
        st.builds(lambda a, b: ast.BoolOp(ast.And(), [a, b]), inner, inner),
        st.builds(ast.IfExp, inner, inner, inner),
        st.builds(lambda body, default: ast.Lambda(ast.arguments([], [ast.arg("N")], None, [], [], None,
                                                                 [default] if default else []), body),
                  inner, st.one_of(st.none(), inner)),
        st.builds(lambda elt, it: ast.ListComp(elt, [ast.comprehension(ast.Name("N"), it, [], 0)]), inner, inner),
    )


_EXPRESSIONS = st.recursive(_LEAVES, _extend, max_leaves=6).map(lambda e: ast.unparse(ast.fix_missing_locations(e)))
_STATEMENTS = ["N = {}", "return {}", "if {}:", "{}", "N: N = {}", "def N(N: N = {}) -> N:", "N({})", "N[N] = {}",
               "for N in {}:", "while {}:", "assert {}", "N += {}", "@N({})", "elif {}:", "param:N: N = {},",
               "param:N={},"]


@st.composite
def written_statements(draw: st.DrawFn) -> str:
    shape = draw(st.sampled_from(_STATEMENTS)).format(draw(_EXPRESSIONS)).replace("'", '"')
    if draw(st.booleans()):  # the space between two tokens changed
        kind, colon, line = shape.partition(":") if shape.startswith("param:") else ("", "", shape)
        parts = _TOKEN_OR_SPACE.findall(line)
        at = draw(st.integers(0, len(parts)))
        parts.insert(at, draw(st.sampled_from(["", " "])))
        if at + 1 < len(parts) and parts[at + 1].isspace():
            del parts[at + 1]
        shape = kind + colon + "".join(parts)
    return shape


@pytest.mark.filterwarnings("ignore::SyntaxWarning")
@settings(max_examples=1000, derandomize=True, database=None, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(written_statements())
def test_judge_agrees_with_black_on_random_statements(shape: str) -> None:
    judge(shape)


# ---- the rules, one by one -----------------------------------------------------------------------------------

RULES = {
    "keyword argument equals hug": [("N(N=1)", True), ("N(N = 1)", False), ("@N(N=True)", True),
                                    ("N(N=(N, N))", True), ("N(N=[N])", True), ("N(N= [N])", False),
                                    ('N(N={"S": N})', True), ("N(N=-1)", True)],
    "annotated default is spaced": [("def N(N: N = 1):", True), ("def N(N: N=1):", False),
                                    ("def N(N=1):", True), ("def N(N = 1):", False)],
    "assignment equals is spaced": [("N = 1", True), ("N=1", False), ("N: N = N", True), ("N += 1", True)],
    "unary minus hugs its operand": [("N = -1", True), ("N = - 1", False), ("N(N=-1)", True), ("N = N - 1", True),
                                     ("N = N -1", False), ("N = -(N)", True), ("N = [-1]", True)],
    "unpacking stars hug": [("N(*N, **N)", True), ("N(* N)", False), ("N = [*N]", True), ("N = {**N}", True),
                            ("def N(N, *, N):", True), ("def N(*N: N) -> None:", True)],
    "colons: none before, one after": [("N: N", True), ("N : N", False), ('N = {"S": N}', True),
                                       ('N = {"S":N}', False), ("N = lambda N: N", True), ("if N :", False)],
    "arrow is spaced": [("def N() -> N:", True), ("def N() ->N:", False), ("def N()->N:", False)],
    "keyword operators are spaced": [("if N not in N:", True), ("if N is not None:", True), ("N = not N", True),
                                     ("N = N if N else N", True)],
    "brackets hug their contents": [("N(N)", True), ("N( N)", False), ("N (N)", False), ("N[ N]", False),
                                    ("N.N", True), ("N . N", False), ("N = []", True), ("N = ()", True)],
    "magic trailing comma explodes the line": [("N(N, N,)", False), ("N = {N: N,}", False),
                                               ("N = [N, N,]", False), ("def N(N, N,):", False)],
    "numbers as black writes them": [("N = 0xFF", True), ("N = 0XFF", False), ("N = 0xff", False),
                                     ("N = 1.0", True), ("N = 1.", False), ("N = .5", False), ("N = 1e5", True),
                                     ("N = 1E5", False), ("N = 10j", True), ("N = 10J", False)],
    "strings as black writes them": [("N = 's'", False), ('N = "it\'s"', True), ("N = f'{N}'", False),
                                     ('N = B"S"', False), ('N = u"S"', False), ('N = "\\xAB"', False),
                                     ('N = "\\xab"', True), ('N = rb"S"', True), ('N = br"S"', False)],
    "empty class parentheses are dropped": [("class N():", False), ("class N(N):", True)],
    "tuples keep their parentheses": [("N = (N, N)", True), ("except (N, N):", True), ("return (N, N)", True)],
    "exploded def lines": [("param:N: N | None = None,", True), ("param:N: N|None = None,", False),
                           ("param:N=1,", True), ("param:N = 1,", False), ("tail:) -> N:", True),
                           ("tail:)->N:", False)],
}


@pytest.mark.parametrize(("shape", "kept"), [pytest.param(s, k, id=f"{rule}: {s}") for rule, cases in RULES.items()
                                             for s, k in cases])
def test_rule(shape: str, kept: bool) -> None:
    assert judge(shape) is kept


UNSURE = {
    "redundant parentheses": ["return (N)", "N = (N)", "for (N) in N:", "print((N))", "if (N):", "N = [(N)]"],
    "power operator hugging": ["N = N**2", "N = N ** 2"],
    "slices": ["N = N[1:]", "N = N[N : N]"],
    "semicolons, walrus, bodies on the header line": ["N = 1; N = 2", "if (N := N):", "if N: pass"],
    "a keyword glued to a string": ['N = N if"S" else N'],
    "a one-tuple or single argument with its comma": ["N = (N,)", "N(N,)", "N = N[N,]", "N, = N", "return N,",
                                                      "for N, in N:"],
}


@pytest.mark.parametrize("shape", [pytest.param(s, id=f"{rule}: {s}") for rule, cases in UNSURE.items()
                                   for s in cases])
def test_left_to_black(shape: str) -> None:
    assert judge(shape) is None


def test_a_program_python_cannot_parse_is_not_kept() -> None:
    assert keeps_shape("N = = N", "N = = N\n") is False


# ---- string quotes ------------------------------------------------------------------------------------------

_BODY = st.lists(st.sampled_from(["a", "'", '"', "\\", "\\\\", "\\'", '\\"', "{", "}", "\\n", "\\xAB", "\\N{dash}",
                                  "ß", " "]), max_size=8).map("".join)


@st.composite
def literals(draw: st.DrawFn) -> str:
    prefix = draw(st.sampled_from(["", "r", "b", "rb", "br", "R", "Rb", "f", "rf", "u", "F", "B"]))
    quote = draw(st.sampled_from(["'", '"', "'''", '"""']))
    return prefix + quote + draw(_BODY) + quote


def _valid(literal: str) -> bool:
    """One literal (not two side by side) that Python accepts."""
    if not STRING_LITERAL.fullmatch(literal):
        return False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # invalid escape sequences are literals too
            compile(literal, "<literal>", "eval", ast.PyCF_ONLY_AST)
    except (SyntaxError, ValueError):
        return False
    return True


@settings(max_examples=2000, derandomize=True, database=None, deadline=None,
          suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(literals().filter(_valid))
def test_quotes_as_black_quotes_them(literal: str) -> None:
    normal = normalize_string_quotes(literal)
    if normal is not None:
        assert normal == black.strings.normalize_string_quotes(literal)
    kept = is_black_string(literal)
    if kept is not None:
        assert kept == (format_source(f"x = {literal}\n") == f"x = {literal}\n")


def test_quotes_decided_for_the_forms_generated_code_holds() -> None:
    for literal in ["'a'", "'it\\'s'", '"say \\"hi\\""', "'\\\\'", "r'\\d'", "b'\\x00'", '"""doc"""', "'''doc'''"]:
        assert normalize_string_quotes(literal) == black.strings.normalize_string_quotes(literal), literal


# ---- black is not imported when nothing needs it --------------------------------------------------------------

def test_a_piece_whose_shapes_the_rules_decide_needs_no_black() -> None:
    """With its skeleton known (another judge's job), a piece in black's style is put together without black:
    black is not even imported."""
    script = textwrap.dedent('''
        import sys
        from generator.render.formatting import _normalize_string_quotes
        from generator.render.stability import StabilityOracle
        from generator.render.statements import normalize_quotes, parse_piece

        def no_black(text):
            raise AssertionError("black was asked")

        def no_black_batch(texts):
            assert not texts, "black was asked"
            return []

        piece = normalize_quotes(
            "class A:\\n    x: int = 1\\n    y: str = 'it'\\n\\n    def f(self, a: int = -1) -> int:\\n"
            "        return self.x + a\\n", _normalize_string_quotes)
        oracle = StabilityOracle(no_black, format_many=no_black_batch, skeletons={parse_piece(piece).skeleton: True})
        assert 'y: str = "it"' in piece and oracle.format_pieces([piece]) == [piece]
        assert oracle.untouched == 1
        print("black" in sys.modules)
    ''')
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
