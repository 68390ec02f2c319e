"""black's output for pieces of generated code, with black run only on what it may change.

A piece (a top-level definition, see formatting.split_top_level) is cut into statements (statements.py). When
black keeps the piece's skeleton (its blank lines), the piece is put together from its statements: lone strings
black keeps, one-line statements whose shape black keeps, defs laid out one parameter per line whose parameter
lines black keeps, and every other statement as black formats it alone (at its depth, inside `if x:` blocks):
laid out by layout.py (black's line splitting, for the subset our templates emit) where it can, else by black.
Each skeleton is judged by blanklines.py (black's blank-line rules) and each shape by shapes.py (black's spacing
and literal rules), black only where they are unsure, once per run, all in one batch; the statements left for
black go to it in batches too. Anything else (an inline comment, a tab, a backslash continuation, a Unicode line
break, a string black may change, a statement that cannot stand alone) sends the whole piece to black. The
decision is conservative: unsure means black. tests/test_black_stability.py and the corpus suite check the result
with black itself on every written file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from .blanklines import keeps_skeleton
from .layout import layout_program
from .parsecheck import ParseCheck, shaped_line
from .shapes import keeps_shape
from .statements import (
    LINE_LENGTH,
    MARKS,
    STRING_LITERAL,
    Piece,
    Statement,
    normalize_and_parse,
    open_brackets,
    parse_piece,
    shape_of,
    width,
)


@dataclass
class StabilityOracle:
    """Formats pieces exactly as black does, running black only on what it may change.

    `format_source` is black on one program; `format_many` black on several (None for one black cannot
    parse), maybe in parallel. A piece whose skeleton black keeps is put together from its statements:
    docstrings that black keeps, one-line statements whose shape black keeps, and the others as black formats
    each alone (at the same depth, inside `if x:` blocks). Any other piece is formatted whole."""

    format_source: Callable[[str], str]
    invalid: type[Exception] | None = None  # what format_source raises on text black cannot parse (without format_many)
    format_many: Callable[[list[str]], list[str | None]] | None = None
    shapes: dict[str, bool] = field(default_factory=dict)
    skeletons: dict[str, bool] = field(default_factory=dict)
    programs: dict[str, str | None] = field(default_factory=dict)  # statement programs as black formats them
    pieces: int = 0
    whole: int = 0  # pieces formatted whole
    untouched: int = 0  # pieces black keeps exactly as written
    statements: int = 0  # statements of the pieces not formatted whole
    formatted: int = 0  # of these, the statements formatted alone
    laid_out: int = 0  # statement programs laid out by layout.py instead of black
    parse_check: ParseCheck = field(default_factory=ParseCheck)  # whether a statement's program parses

    def format_pieces(self, pieces: list[str], normalize: Callable[[str], str] | None = None) -> list[str]:
        """Each piece as black formats it; with `normalize` (black's quotes for a string literal), the pieces are
        first normalized by statements.normalize_quotes."""
        if normalize is None:
            parsed = [parse_piece(piece) for piece in pieces]
        else:
            normalized = [normalize_and_parse(piece, normalize) for piece in pieces]
            pieces, parsed = [text for text, _ in normalized], [item for _, item in normalized]
        exploded = self._decide_shapes(parsed)
        fresh = {item.skeleton for item in parsed if item and item.skeleton not in self.skeletons}
        self.skeletons.update({s: verdict for s in fresh if (verdict := keeps_skeleton(s)) is not None})
        self._decide(self.skeletons, {s: s for s in sorted(fresh) if s not in self.skeletons})  # black: unsure
        plans = [self._plan(item, exploded) for item in parsed]
        programs = sorted({p for plan in plans for p in plan or () if p is not None})
        done = dict(zip(programs, self._laid_out_or_black(programs), strict=True))
        whole = [item is None or plan is None or any(p is not None and done[p] is None for p in plan)
                 for item, plan in zip(parsed, plans, strict=True)]
        formatted = iter(self._many([piece for piece, alone in zip(pieces, whole, strict=True) if alone]))
        out = []
        for piece, item, plan, alone in zip(pieces, parsed, plans, whole, strict=True):
            self.pieces += 1
            if alone or item is None or plan is None:
                self.whole += 1
                out.append(next(formatted) or self.format_source(piece))  # black's error when it has one
                continue
            out.append(_assemble(item, plan, done))
            self.statements += len(plan)
            self.formatted += sum(1 for part in plan if part is not None)
            self.untouched += all(part is None for part in plan)
        return out

    def counts(self) -> dict[str, int]:
        """What was counted so far, by name."""
        return {"pieces": self.pieces, "whole": self.whole, "untouched": self.untouched,
                "statements": self.statements, "formatted": self.formatted, "laid_out": self.laid_out}

    def _decide_shapes(self, parsed: list[Piece | None]) -> dict[int, dict[str, str | None] | None]:
        """Decides every shape of the pieces' statements not yet known; returns _exploded_def of each statement
        that may be a def laid out one parameter per line (by the statement's id)."""
        wanted: dict[str, str | None] = {}
        exploded: dict[int, dict[str, str | None] | None] = {}
        for item in parsed:
            if item is None:
                continue
            for statement in item.statements:
                shape = statement.shape
                if shape is not None and shape not in self.shapes and shape not in wanted:
                    wanted[shape] = _program(shape)
                if statement.masked.endswith("(") and statement.last - statement.first >= 3:  # else None
                    judged = exploded[id(statement)] = _exploded_def(item.masked_lines, statement)
                    for key, program in (judged or {}).items():
                        if key not in self.shapes:
                            wanted.setdefault(key, program)
        self._decide(self.shapes, wanted)
        return exploded

    def _plan(self, item: Piece | None, exploded: dict[int, dict[str, str | None] | None]) -> list[str | None] | None:
        """Per statement: None to keep it as written, else its program to format alone; None: format whole.
        `exploded`: from _decide_shapes."""
        if item is None or not self.skeletons[item.skeleton]:
            return None
        plan: list[str | None] = []
        shapes = self.shapes
        for statement in item.statements:
            masked = statement.masked
            if masked in MARKS or masked[0] == "#" or statement.shape is not None and shapes.get(statement.shape):
                # a lone string or comment black keeps, or one short line of a shape black keeps
                plan.append(None)
                continue
            judged = exploded.get(id(statement))
            if judged and all(shapes.get(key) for key in judged):
                plan.append(None)
                continue
            alone = _alone(item.lines, item.masked_lines, statement)
            if alone is None:
                return None
            plan.append(alone[0])
            self.parse_check.note(*alone)
        return plan

    def _laid_out_or_black(self, programs: list[str]) -> list[str | None]:
        """black's text of each statement's program: laid out here where layout.py knows black's split, else
        by black. Each program is laid out once per oracle (the same statement comes back in later batches)."""
        known = self.programs
        fresh = [program for program in programs if program not in known]
        laid = {program: layout_program(program) for program in fresh if self.parse_check.parses(program)}
        rest = [program for program in fresh if laid.get(program) is None]
        self.laid_out += len(fresh) - len(rest)
        known.update(zip(rest, self._black_each(rest), strict=True))
        known.update((program, text) for program, text in laid.items() if text is not None)
        return [known[program] for program in programs]

    def _decide(self, known: dict[str, bool], wanted: dict[str, str | None]) -> None:
        programs = {key: program for key, program in wanted.items() if program is not None}
        for key in wanted.keys() - programs.keys():
            known[key] = False
        if known is self.shapes:  # shapes the rules of shapes.py decide need no black
            for key, program in sorted(programs.items()):
                verdict = keeps_shape(key, program)
                if verdict is not None:
                    known[key] = verdict
                    del programs[key]
        keys = sorted(programs)
        for key, verdict in zip(keys, self._judge([programs[k] for k in keys]), strict=True):
            known[key] = verdict

    def _judge(self, programs: list[str]) -> list[bool]:
        """Whether black keeps each program as it is."""
        return [done == program for program, done in zip(programs, self._black_each(programs), strict=True)]

    def _black_each(self, programs: list[str]) -> list[str | None]:
        """black's text of each program (None: black cannot take it), all in one run where possible.

        In one run, programs are separated by a plain statement with two blank lines around it, which changes
        nothing inside them but the blank lines at their start, left out here (programs start with none). A
        program that starts with a string (a module docstring when alone) is formatted on its own."""
        done: dict[str, str | None] = {p: None for p in programs if not self.parse_check.parses(p)}
        alone = [p for p in programs if p.startswith(("'", '"')) and p not in done]
        together = [p for p in programs if not p.startswith(("'", '"')) and p not in done]
        chunks = _chunks(together)
        results = self._many([*alone, *(("\n\n" + _BREAK + "\n\n\n").join(chunk) for chunk in chunks)])
        done.update(zip(alone, results, strict=False))
        for chunk, formatted in zip(chunks, results[len(alone):], strict=True):
            parts = None if formatted is None else formatted.split("\n" + _BREAK + "\n")
            if parts is not None and len(parts) == len(chunk):
                done.update({p: part.strip("\n") + "\n" for p, part in zip(chunk, parts, strict=True)})
            elif len(chunk) == 1:
                done[chunk[0]] = None
            else:
                middle = len(chunk) // 2
                for half in (chunk[:middle], chunk[middle:]):
                    done.update(zip(half, self._black_each(half), strict=True))
        return [done[p] for p in programs]

    def _many(self, texts: list[str]) -> list[str | None]:
        if self.format_many is not None:
            return self.format_many(texts)
        return [self._black_or_none(text) for text in texts]

    def _black_or_none(self, text: str) -> str | None:
        try:
            return self.format_source(text)
        except Exception as error:
            if self.invalid is not None and isinstance(error, self.invalid):
                return None
            raise


_BREAK = "__pyclient_statement_break__ = 0"
CHUNK_CHARS = 100_000  # programs formatted in one black run (several runs can go to several processes)


def _chunks(programs: list[str]) -> list[list[str]]:
    chunks: list[list[str]] = []
    size = CHUNK_CHARS
    for program in programs:
        if size + len(program) > CHUNK_CHARS:
            chunks.append([])
            size = 0
        chunks[-1].append(program)
        size += len(program)
    return chunks


def _wrapper(indent: int, masked: str) -> str:
    """What goes before a statement formatted alone: `if x:` blocks to its depth; a decorator before a definition
    (so that black adds no blank line before it)."""
    return _wrapper_lines(indent, masked.startswith(("def ", "class ", "async def ")))


@lru_cache(maxsize=256)
def _wrapper_lines(indent: int, definition: bool) -> str:
    blocks = "".join("    " * level + "if x:\n" for level in range(indent // 4))
    return blocks + (" " * indent + "@d\n" if definition else "")


_DEF_HEAD = re.compile(r"(async )?def [A-Za-z_]\w*\($")
_DEF_TAIL = re.compile(r"\)( -> [^\"',]*)?:")  # no string, no comma: no magic trailing comma in the return type


def _exploded_def(masked: list[str], statement: Statement) -> dict[str, str | None] | None:
    """A def laid out as black lays out one whose parameters end with a magic trailing comma: `def name(`, one
    parameter per line, each with its comma, then `) -> X:`. black splits such a def at its parameters (its
    left-hand split) and puts one parameter per line, each laid out on its own; so it keeps the def when it
    keeps each parameter line and the last line. Their shapes and the programs that judge them, by key (None:
    any other statement)."""
    if statement.last - statement.first < 3 or not _DEF_HEAD.match(statement.masked):
        return None
    lines = masked[statement.first:statement.last]
    indent = " " * statement.indent
    inner = indent + "    "
    tail = lines[-1] if lines else ""
    if width(lines[0]) > LINE_LENGTH \
            or not tail.startswith(indent + ")") or not _DEF_TAIL.fullmatch(tail[len(indent):]) \
            or width(tail) > LINE_LENGTH:
        return None
    judged: dict[str, str | None] = {"tail:" + shape_of(tail[len(indent):]): None}
    for line in lines[1:-1]:
        parameter = line[len(inner):]
        if not line.startswith(inner) or parameter[:1] in (" ", "") or not parameter.endswith(",") \
                or width(line) > LINE_LENGTH or open_brackets(parameter) != 0:
            return None
        judged["param:" + shape_of(parameter)] = None
    for key in judged:
        text = STRING_LITERAL.sub(lambda m: '"s"' if m.group() == '"S"' else m.group(), key.partition(":")[2])
        if key.startswith("tail:"):
            judged[key] = f"def f(\n    x,\n{text}\n    pass\n"
        else:
            after = "" if text.startswith("**") else "    _x=0,\n"
            judged[key] = f"def f(\n    {text}\n{after}):\n    pass\n"
    return judged


def _alone(lines: list[str], masked: list[str], statement: Statement) -> tuple[str, str] | None:
    """A program holding the statement at its depth, inside `if x:` blocks, and its shaped form (parsecheck.py);
    None where that is not the same. `lines` and `masked`: the piece's."""
    first = statement.masked.split(" ", 1)[0].rstrip(":")
    if first in ("elif", "else", "except", "finally", "case", "match") or statement.masked.startswith(("@", '"')):
        return None
    text = "\n".join(lines[statement.first:statement.last]) + "\n"
    shaped = "\n".join(map(shaped_line, masked[statement.first:statement.last])) + "\n"
    if text.rstrip().endswith(":"):  # a string ends in a quote: no need to leave strings out
        body = " " * (statement.indent + 4) + "pass\n"
        text, shaped = text + body, shaped + body
    wrapper = _wrapper(statement.indent, statement.masked)
    return wrapper + text, wrapper + shaped


def _unwrap(text: str, statement: Statement) -> str:
    """The statement's own lines in black's text of its program (leaving out the lines `_wrapper` added)."""
    blocks, _, decorator = _wrapper(statement.indent, statement.masked).rpartition("if x:\n")
    text = text.removeprefix(blocks + ("if x:\n" if _ else "")).lstrip("\n")
    return text.removeprefix(decorator)


def _assemble(item: Piece, plan: list[str | None], done: dict[str, str | None]) -> str:
    """The piece with each planned statement as black formats it alone. The lines from one formatted statement to
    the next (kept statements and the blank lines before them) are copied in one piece."""
    out: list[str] = []
    kept = 0  # the first line not yet copied
    for statement, program in zip(item.statements, plan, strict=True):
        if program is None:
            continue
        start = statement.first - statement.blank
        if start > kept:
            out.append("\n".join(item.lines[kept:start]) + "\n")
        text = _unwrap(done[program] or "", statement)
        body = " " * (statement.indent + 4) + "pass\n"
        if program.endswith(body) and text.endswith(body):
            text = text[: -len(body)]
        out += "\n" * statement.blank, text
        kept = statement.last
    if kept < len(item.lines):
        out.append("\n".join(item.lines[kept:]) + "\n")
    return "".join(out)


def _program(shape: str) -> str | None:
    """A small program holding a line of this shape, as black lays it out when it keeps the line; None: unsure."""
    line = STRING_LITERAL.sub(lambda m: '"s"' if m.group() == '"S"' else m.group(), shape)
    first = line.split(" ", 1)[0].rstrip(":")
    if first in ("match", "case") or line.endswith(": ..."):
        return None
    if line.startswith("@"):
        return f"{line}\ndef f():\n    pass\n"
    if first in ("elif", "else"):
        return f"if x:\n    pass\n{line}\n    pass\n"
    if first in ("except", "finally"):
        return f"try:\n    pass\n{line}\n    pass\n"
    if first == "try":
        return f"{line}\n    pass\nfinally:\n    pass\n"
    if line.endswith(":"):
        return f"{line}\n    pass\n"
    return line + "\n"
