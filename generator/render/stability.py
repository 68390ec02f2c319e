"""Which pieces of generated code black would leave as they are, decided without running black on them.

A piece (a top-level definition, see formatting.split_top_level) is *stable* when black's output is the piece
itself. The decision here is conservative: "stable" is only said when it is certain; anything unusual
(comments, tabs, backslash continuations, non-ASCII text, a statement over several lines, a line that black
would have to split) sends the piece to black. It rests on how black works:

- black lays out each logical line on its own. A line that fits in the line length and has no magic trailing
  comma is printed on one line, with whitespace chosen from its tokens and their syntax alone. So whether black
  keeps such a line depends only on its *shape*: the line with every identifier (not keywords or soft
  keywords) replaced by one placeholder and every plain double-quoted string without backslashes replaced by
  another (black never changes those). Black itself decides each new shape once per run, on the first line of
  that shape, formatted alone (shapes.py); later lines of a known shape cost a dictionary look-up.
- blank lines depend only on the kind of each line (decorator, def, class, import, docstring, block opener and
  its keyword, flow control, other), its depth and the blank lines before it. The piece's *skeleton*, one
  representative line per line with the same indentation and blank lines, is decided by black the same way.
- a docstring is checked with black's own docstring rules (its indentation fix and its closing-quote rule).
"""

from __future__ import annotations

import ast
import keyword
import re
from collections.abc import Callable
from dataclasses import dataclass, field

LINE_LENGTH = 88
_STRING = re.compile(r'''[A-Za-z]{0,2}(?:"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')''', re.DOTALL)
_STRING_OR_COMMENT = re.compile(r"#[^\n]*|" + _STRING.pattern, re.DOTALL)
_WORD = re.compile(r"(?<![\w.])\d[\w.]*|\.\d[\w.]*|[A-Za-z_]\w*")
_PLAIN_STRING = re.compile(r'"[^"\\\n]*"')  # a plain string that black keeps as it is
_MASKED_STRING = re.compile(r'"s*"')
_KEEP = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist) | {"type", "_"}
_OPENERS = frozenset("([{")
_CLOSERS = frozenset(")]}")
_FLOW = frozenset({"return", "raise", "break", "continue", "pass", "del", "assert", "global", "nonlocal"})
_NEEDS_ARGUMENT = frozenset({"del", "assert", "global", "nonlocal"})
_CANONICAL_COMMENT = re.compile(r"#( [^ \n]([^\n]*[^ \n])?)?")  # black keeps it (pragmas excluded below)
_DOCSTRING_MARK = '"""D"""'  # a lone triple-quoted string that black keeps, docstring or not
_LONE_STRING_MARK = '"D"'  # the same for a lone plain string
_MARKS = {_DOCSTRING_MARK: '"""d"""', _LONE_STRING_MARK: '"d"'}


@dataclass
class Statement:
    """One logical line: physical lines `first`..`last` (exclusive) of the piece, `blank` lines before it."""

    masked: str  # its first line without indentation; plain strings as "sss" (same length); a lone string a mark
    indent: int
    blank: int
    first: int
    last: int
    opens_block: bool = False  # it ends with `:` (a def, class, if, ... header)

    def keeps_shape(self, shapes: dict[str, bool]) -> bool:
        """Whether black keeps it because it is one short line of a shape black keeps."""
        one_line = self.last - self.first == 1 and len(self.masked) + self.indent <= LINE_LENGTH
        return one_line and shapes.get(_shape(self.masked), False)


@dataclass
class Piece:
    lines: list[str]  # the physical lines, as written
    masked_lines: list[str]
    statements: list[Statement]
    skeleton: str


@dataclass
class StabilityOracle:
    """Formats pieces exactly as black does, running black only on what it may change.

    `format_source` is black on one program; `format_many` black on several (None for one black cannot
    parse), maybe in parallel. A piece whose skeleton black keeps is put together from its statements:
    docstrings that black keeps, one-line statements whose shape black keeps, and the others as black formats
    each alone (at the same depth, inside `if x:` blocks). Any other piece is formatted whole."""

    format_source: Callable[[str], str]
    invalid: type[Exception]
    format_many: Callable[[list[str]], list[str | None]] | None = None
    shapes: dict[str, bool] = field(default_factory=dict)
    skeletons: dict[str, bool] = field(default_factory=dict)
    pieces: int = 0
    whole: int = 0  # pieces formatted whole
    untouched: int = 0  # pieces black keeps exactly as written
    statements: int = 0  # statements of the pieces not formatted whole
    formatted: int = 0  # of these, the statements formatted alone

    def format_pieces(self, pieces: list[str]) -> list[str]:
        """Each piece as black formats it."""
        parsed = [_parse(piece) for piece in pieces]
        wanted: dict[str, str | None] = {}
        for item in parsed:
            if item is None:
                continue
            for statement in item.statements:
                if statement.masked not in _MARKS and statement.masked[0] != "#" and statement.last - statement.first == 1:
                    shape = _shape(statement.masked)
                    if shape not in self.shapes and len(statement.masked) + statement.indent <= LINE_LENGTH:
                        wanted.setdefault(shape, _program(shape))
                for key, program in (_exploded_def(item.masked_lines, statement) or {}).items():
                    if key not in self.shapes:
                        wanted.setdefault(key, program)
        self._decide(self.shapes, wanted)
        self._decide(self.skeletons, {i.skeleton: i.skeleton for i in parsed if i and i.skeleton not in self.skeletons})
        plans = [self._plan(item) for item in parsed]
        programs = sorted({p for plan in plans for p in plan or () if p is not None})
        done = dict(zip(programs, self._black_each(programs), strict=True))
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

    def _plan(self, item: Piece | None) -> list[str | None] | None:
        """Per statement: None to keep it as written, else its program to format alone; None: format whole."""
        if item is None or not self.skeletons[item.skeleton]:
            return None
        plan: list[str | None] = []
        for statement in item.statements:
            if statement.masked in _MARKS or statement.masked[0] == "#" or statement.keeps_shape(self.shapes):
                plan.append(None)
                continue
            exploded = _exploded_def(item.masked_lines, statement)
            if exploded and all(self.shapes.get(key) for key in exploded):
                plan.append(None)
                continue
            program = _alone(item.lines[statement.first:statement.last], statement)
            if program is None:
                return None
            plan.append(program)
        return plan

    def _decide(self, known: dict[str, bool], wanted: dict[str, str | None]) -> None:
        programs = {key: program for key, program in wanted.items() if program is not None}
        for key in wanted.keys() - programs.keys():
            known[key] = False
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
        done: dict[str, str | None] = {p: None for p in programs if not _parses(p)}
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
        except self.invalid:
            return None


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


def _parses(program: str) -> bool:
    """Whether Python parses the program (checked first: one program black cannot parse would fail a batch)."""
    try:
        compile(program, "<statement>", "exec", ast.PyCF_ONLY_AST)
    except (SyntaxError, ValueError):
        return False
    return True
_FILLER = "\x00"  # stands for a line inside a docstring in the masked text


def _wrapper(indent: int, masked: str) -> str:
    """What goes before a statement formatted alone: `if x:` blocks to its depth; a decorator before a definition
    (so that black adds no blank line before it)."""
    blocks = "".join("    " * level + "if x:\n" for level in range(indent // 4))
    definition = masked.startswith(("def ", "class ", "async def "))
    return blocks + (" " * indent + "@d\n" if definition else "")


_DEF_HEAD = re.compile(r"(async )?def [A-Za-z_]\w*\($")
_DEF_TAIL = re.compile(r"\)( -> [^\"',]*)?:")  # no string, no comma: no magic trailing comma in the return type


def _exploded_def(masked: list[str], statement: Statement) -> dict[str, str | None] | None:
    """A def laid out as black lays out one whose parameters end with a magic trailing comma: `def name(`, one
    parameter per line, each with its comma, then `) -> X:`. black splits such a def at its parameters (its
    left-hand split) and puts one parameter per line, each laid out on its own; so it keeps the def when it
    keeps each parameter line and the last line. Their shapes and the programs that judge them, by key (None:
    any other statement)."""
    lines = masked[statement.first:statement.last]
    indent = " " * statement.indent
    inner = indent + "    "
    tail = lines[-1] if lines else ""
    if len(lines) < 3 or not _DEF_HEAD.match(statement.masked) or len(lines[0]) > LINE_LENGTH \
            or not tail.startswith(indent + ")") or not _DEF_TAIL.fullmatch(tail[len(indent):]) \
            or len(tail) > LINE_LENGTH:
        return None
    judged: dict[str, str | None] = {"tail:" + _shape(tail[len(indent):]): None}
    for line in lines[1:-1]:
        parameter = line[len(inner):]
        if not line.startswith(inner) or parameter[:1] in (" ", "") or not parameter.endswith(",") \
                or len(line) > LINE_LENGTH or _depth(parameter) != 0:
            return None
        judged["param:" + _shape(parameter)] = None
    for key in judged:
        text = _STRING.sub(lambda m: '"s"' if m.group() == '"S"' else m.group(), key.partition(":")[2])
        if key.startswith("tail:"):
            judged[key] = f"def f(\n    x,\n{text}\n    pass\n"
        else:
            after = "" if text.startswith("**") else "    _x=0,\n"
            judged[key] = f"def f(\n    {text}\n{after}):\n    pass\n"
    return judged


def _alone(lines: list[str], statement: Statement) -> str | None:
    """A program holding the statement at its depth, inside `if x:` blocks; None where that is not the same."""
    first = statement.masked.split(" ", 1)[0].rstrip(":")
    if first in ("elif", "else", "except", "finally", "case", "match") or statement.masked.startswith(("@", '"')):
        return None
    text = "\n".join(lines) + "\n"
    if _STRING.sub('""', text).rstrip().endswith(":"):
        text += " " * (statement.indent + 4) + "pass\n"
    return _wrapper(statement.indent, statement.masked) + text


def _unwrap(text: str, statement: Statement) -> str:
    """The statement's own lines in black's text of its program (leaving out the lines `_wrapper` added)."""
    blocks, _, decorator = _wrapper(statement.indent, statement.masked).rpartition("if x:\n")
    text = text.removeprefix(blocks + ("if x:\n" if _ else "")).lstrip("\n")
    return text.removeprefix(decorator)


def _assemble(item: Piece, plan: list[str | None], done: dict[str, str | None]) -> str:
    out: list[str] = []
    for statement, program in zip(item.statements, plan, strict=True):
        out.append("\n" * statement.blank)
        if program is None:
            out.extend(line + "\n" for line in item.lines[statement.first:statement.last])
            continue
        text = _unwrap(done[program] or "", statement)
        body = " " * (statement.indent + 4) + "pass\n"
        if program.endswith(body) and text.endswith(body):
            text = text[: -len(body)]
        out.append(text)
    return "".join(out)


def _parse(piece: str) -> Piece | None:
    """The piece cut into statements, or None when it holds anything this module does not decide."""
    if not piece.endswith("\n") or piece.endswith("\n\n") or piece.startswith("\n") or not piece.isascii():
        return None
    if "\t" in piece or "\r" in piece or "\f" in piece or "\\\n" in piece:
        return None
    masked = _mask(piece)
    if masked is None:
        return None
    lines, masked_lines = piece[:-1].split("\n"), masked[:-1].split("\n")
    statements: list[Statement] = []
    blank, number, indents, opens_block = 0, 0, [0], False
    while number < len(masked_lines):
        text = masked_lines[number]
        if not text:
            blank, number = blank + 1, number + 1
            continue
        stripped = text.lstrip(" ")
        indent = len(text) - len(stripped)
        if stripped.startswith("#"):
            statements.append(Statement(stripped, indent, blank, number, number + 1))
            blank, number = 0, number + 1
            continue
        if opens_block:
            if indent != indents[-1] + 4:
                return None
            indents.append(indent)
        while indents[-1] > indent:
            indents.pop()
        if indents[-1] != indent:
            return None
        first, depth = number, _depth(stripped)
        number += 1
        while depth > 0 and number < len(masked_lines):
            depth, number = depth + _depth(masked_lines[number]), number + 1
        while number < len(masked_lines) and masked_lines[number] == _FILLER:
            number += 1
        if depth != 0 or any(line.endswith(" ") or line.lstrip().startswith("#") for line in lines[first + 1:number]):
            return None
        opens_block = _STRING.sub('""', "\n".join(masked_lines[first:number])).endswith(":")
        statements.append(Statement(stripped, indent, blank, first, number, opens_block))
        blank = 0
    if opens_block or not statements or not _comments_placed(statements):
        return None
    return Piece(lines, masked_lines, statements, _skeleton(statements))


def _docstring_position(piece: str, start: int) -> bool:
    """Whether a statement starting at `start` (a line start) is where black treats a string as a docstring: first
    in the piece (a module docstring when formatted alone) or first in a block. Unsure is True (the stricter)."""
    end = start - 1
    while end > 0:
        begin = piece.rfind("\n", 0, end) + 1
        code = piece[begin:end].strip()
        if code and not code.startswith("#"):
            return code.endswith(":")
        end = begin - 1
    return True


def _comments_placed(statements: list[Statement]) -> bool:
    """Whether each own-line comment is at the indentation of the statement after it (where black puts it)."""
    following = None
    for statement in reversed(statements):
        if statement.masked.startswith("#"):
            if following is None or statement.indent != following:
                return False
        else:
            following = statement.indent
    return True


def _mask(piece: str) -> str | None:
    """Plain strings as "sss" (same length), lone strings as a mark; None at a string black may change."""
    failed = False

    def replace(match: re.Match[str]) -> str:
        nonlocal failed
        text = match.group()
        start = piece.rfind("\n", 0, match.start()) + 1
        indent = piece[start:match.start()]
        if text.startswith("#"):
            failed = failed or bool(indent.strip(" ")) or not _CANONICAL_COMMENT.fullmatch(text) \
                or any(pragma in text for pragma in ("fmt:", "yapf:", "type:"))
            return text
        lone = not indent.strip(" ") and piece[match.end()] == "\n"
        docstring = lone and _docstring_position(piece, start)
        if lone and text.startswith('"""'):
            failed = failed or "\\" in text or docstring and not _docstring_is_stable(text, indent)
            return _DOCSTRING_MARK + ("\n" + _FILLER) * text.count("\n")
        if lone and _PLAIN_STRING.fullmatch(text):
            body = text[1:-1]
            failed = failed or docstring and (not body or body != body.strip())
            return _LONE_STRING_MARK
        if "\n" in text:
            failed = True
        if _PLAIN_STRING.fullmatch(text):
            return '"' + "s" * (len(text) - 2) + '"'
        return text

    masked = _STRING_OR_COMMENT.sub(replace, piece)
    return None if failed else masked


def _depth(masked_line: str) -> int:
    """How many brackets the line opens and does not close (strings left out)."""
    code = _STRING_OR_COMMENT.sub('""', masked_line)
    return sum(code.count(c) for c in _OPENERS) - sum(code.count(c) for c in _CLOSERS)


def _shape(masked: str) -> str:
    """The line with identifiers as N and plain strings as "S"; other strings (and what is in them) as written."""
    parts = []
    position = 0
    for match in _STRING.finditer(masked):
        parts.append(_WORD.sub(_word_shape, masked[position:match.start()]))
        text = match.group()
        parts.append('"S"' if _MASKED_STRING.fullmatch(text) else text)
        position = match.end()
    parts.append(_WORD.sub(_word_shape, masked[position:]))
    return "".join(parts)


def _word_shape(match: re.Match[str]) -> str:
    word = match.group()
    return word if word in _KEEP or not (word[0].isalpha() or word[0] == "_") else "N"


def _program(shape: str) -> str | None:
    """A small program holding a line of this shape, as black lays it out when it keeps the line; None: unsure."""
    line = _STRING.sub(lambda m: '"s"' if m.group() == '"S"' else m.group(), shape)
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


def _skeleton(lines: list[Statement]) -> str:
    """One representative line per line, with the same indentation and blank lines.

    black's blank lines before a line depend on that line, the one or two before it and the open definitions.
    So where a line, or a pair of lines, repeats more than twice in a row (no blank lines, no block opened),
    the skeleton keeps two repetitions: every run of three consecutive lines of the piece is still in it."""
    items = [(line.blank, line.indent, _representative(line.masked, line.opens_block)) for line in lines]
    out: list[str] = []
    number = 0
    while number < len(items):
        if _repeats(items, number, 2):
            number += 2
            continue
        if _repeats(items, number, 1):
            number += 1
            continue
        blank, indent, representative = items[number]
        out.append("\n" * blank + " " * indent + representative + "\n")
        number += 1
    return "".join(out)


def _repeats(items: list[tuple[int, int, str]], start: int, period: int) -> bool:
    """Whether the `period` items from `start` repeat the two periods before them, with no blank line or block."""
    if start < 2 * period or start + period > len(items):
        return False
    here = items[start:start + period]
    plain = all(blank == 0 and not text.endswith(":") and not text.startswith(("@", "#")) for blank, _, text in here)
    return plain and here == items[start - period:start] == items[start - 2 * period:start - period]


def _representative(masked: str, opens_block: bool) -> str:
    if masked in _MARKS:
        return _MARKS[masked]
    if masked.startswith("..."):
        return "..."
    if masked.startswith("#"):
        return "# c"
    first = re.split(r"[^\w@]", masked, maxsplit=1)[0]
    if masked.startswith("@"):
        return "@d"
    if first == "async":
        second = (masked.split(" ", 2) + [""])[1]
        return {"def": "async def f():", "for": "async for x in x:", "with": "async with x:"}.get(second, "x")
    if opens_block:
        bare = masked == first + ":"
        return {"def": "def f():", "class": "class C:", "for": "for x in x:", "else": "else:", "try": "try:",
                "finally": "finally:", "except": "except:" if bare else "except x:"}.get(first, f"{first} x:")
    if first in ("import", "from"):
        return "import x"
    if first in _FLOW:
        return first + (" x" if first in _NEEDS_ARGUMENT or masked != first else "")
    return "x"


def _docstring_is_stable(text: str, indent: str) -> bool:
    """Whether black's docstring handling (black/linegen.py, visit_STRING) gives `text` back unchanged."""
    if not text.startswith('"""') or "\\" in text:
        return False
    body = text[3:-3]
    if "\n" not in body:
        return bool(body) and body == body.strip() and body[0] != '"' and body[-1] != '"'
    fixed = _fix_multiline_docstring(body, indent)
    if not fixed or fixed[0] == '"' or fixed[-1] == '"':
        return False
    last = fixed.splitlines()[-1] if not fixed.endswith("\n") else ""
    if len(last) + 3 > LINE_LENGTH and len(indent) + 3 <= LINE_LENGTH and not body.endswith("\n"):
        return False
    return fixed == body


def _fix_multiline_docstring(docstring: str, prefix: str) -> str:
    """black.strings.fix_multiline_docstring for text without tabs (PEP 257 indentation handling)."""
    lines = re.split(r"\r\n|\r|\n", docstring)
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.lstrip()]
    trimmed = [lines[0].strip()]
    if indents:
        indent = min(indents)
        last = len(lines) - 2
        for number, line in enumerate(lines[1:]):
            stripped = line[indent:].rstrip()
            trimmed.append(prefix + stripped if stripped or number == last else "")
    return "\n".join(trimmed)




def normalize_quotes(source: str, normalize: Callable[[str], str]) -> str:
    """`source` with each string literal (not f-strings) quoted as black quotes it (`normalize`: black's own).

    black normalizes every string before it measures or splits a line, so this changes nothing in its output;
    it only lets more pieces be stable as written."""

    def replace(match: re.Match[str]) -> str:
        text = match.group()
        if text[0] == "#":
            return text
        prefix = text[:min(i for i in (text.find('"'), text.find("'")) if i >= 0)]
        if not prefix.islower() and prefix or "f" in prefix or "u" in prefix:
            return text
        return normalize(text)

    return _STRING_OR_COMMENT.sub(replace, source)
