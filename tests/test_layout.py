"""generator/render/layout.py against black itself.

The differential tests collect every statement the stability oracle formats alone (the ones black has to
split) while generating the golden cases and a few corpus specs, run black on each statement's program and
require the layouter's text to be black's wherever the layouter answers (it answers None outside its
subset; then black is asked). The small cases pin the behaviours of black's splitting one by one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from generator.pipeline import Options, build_model
from generator.render import render_package
from generator.render.formatting import format_source
from generator.render.layout import layout_program, layout_statement
from generator.render.stability import StabilityOracle
from tests.corpus_path import require_corpus
from tests.golden_cases import cases, generated


def programs_formatted_alone(monkeypatch: pytest.MonkeyPatch, generate: Callable[[], object]) -> list[str]:
    """The programs (one statement each) the oracle hands to the layouter or to black while `generate` runs."""
    seen: list[str] = []
    original = StabilityOracle._laid_out_or_black

    def recording(self: StabilityOracle, programs: list[str]) -> list[str | None]:
        seen.extend(programs)
        return original(self, programs)

    monkeypatch.setattr(StabilityOracle, "_laid_out_or_black", recording)
    monkeypatch.setenv("PYCLIENT_GEN_CACHE", "off")
    generate()
    return sorted(set(seen))


def disagreements(programs: list[str]) -> tuple[int, list[tuple[str, str, str]]]:
    """How many programs the layouter answers, and those where its answer is not black's."""
    answered = 0
    wrong = []
    for program in programs:
        laid = layout_program(program)
        if laid is None:
            continue
        answered += 1
        black = format_source(program)
        if laid != black:
            wrong.append((program, laid, black))
    return answered, wrong


def test_layout_is_black_on_every_golden_statement(monkeypatch: pytest.MonkeyPatch) -> None:
    programs = programs_formatted_alone(monkeypatch, lambda: [generated(case) for case in cases()])
    answered, wrong = disagreements(programs)
    assert wrong == []
    assert len(programs) > 100 and answered >= 0.95 * len(programs), (answered, len(programs))


CORPUS_SPECS = ["groq/openapi.yaml", "ollama/openapi.yaml", "opc-baseline-3.1/baseline_openapi_3.1.yaml"]


@pytest.mark.parametrize("spec", CORPUS_SPECS, ids=[spec.split("/")[0] for spec in CORPUS_SPECS])
def test_layout_is_black_on_every_corpus_statement(monkeypatch: pytest.MonkeyPatch, spec: str) -> None:
    path = require_corpus(spec)

    def generate() -> None:
        render_package(build_model(Path(path), Options(validate=False)).api)

    programs = programs_formatted_alone(monkeypatch, generate)
    answered, wrong = disagreements(programs)
    assert wrong == []
    assert answered >= 0.9 * len(programs), (answered, len(programs))


def black(source: str) -> str:
    return format_source(source)


def laid_out(source: str) -> str | None:
    """The layouter's text of a top-level statement (the source without its final newline)."""
    return layout_statement(source.rstrip("\n"), 0)


def check(source: str, expected: str) -> None:
    """The layouter gives `expected`, and so does black."""
    assert black(source) == expected
    assert laid_out(source) == expected


def check_program(program: str, expected: str) -> None:
    """The same for a program: a block opener with its body (the layouter lays out the opener only)."""
    assert black(program) == expected
    assert layout_program(program) == expected


LONG = "a_rather_long_argument_name"


def test_a_statement_that_fits_is_left_on_one_line() -> None:
    check("x = f(a, b)\n", "x = f(a, b)\n")


def test_a_magic_trailing_comma_explodes_the_call() -> None:
    check("foo(a, b,)\n", "foo(\n    a,\n    b,\n)\n")


def test_a_one_tuple_comma_is_not_magic() -> None:
    check("print((1,))\n", "print((1,))\n")


def test_right_hand_split_at_the_last_opening_bracket() -> None:
    source = f"result = some_object.method_name({LONG}, {LONG}_two)\n"
    check(source, f"result = some_object.method_name(\n    {LONG}, {LONG}_two\n)\n")


def test_rhs_omits_optional_parentheses_and_a_long_body_splits_at_its_commas() -> None:
    source = f'return self._core.request(_rt.Request("GET", {LONG}), options=_rt.RequestOptions(timeout=t))\n'
    check(source, f'return self._core.request(\n    _rt.Request("GET", {LONG}),\n'
                  '    options=_rt.RequestOptions(timeout=t),\n)\n')


def test_optional_parentheses_stay_around_a_conditional_expression() -> None:
    name = "document_citation_id"
    source = f'out["key"] = None if self.{name} is None else self.{name}.to_dict()\n'
    check(source, f'out["key"] = (\n    None if self.{name} is None else self.{name}.to_dict()\n)\n')


def test_a_conditional_expression_too_long_for_one_line_splits_before_if_and_else() -> None:
    source = f'out["key"] = None if self.{LONG} is None else self.{LONG}.to_dict()\n'
    check(source, f'out["key"] = (\n    None\n    if self.{LONG} is None\n    else self.{LONG}.to_dict()\n)\n')


def test_second_opinion_forces_the_optional_parentheses_when_that_makes_every_line_fit() -> None:
    call = "CreateChatCompletionRequestCompoundCustomToolsWolframSettingsAndMore.from_dict"
    check(f"f_wolfram_settings = {call}(f_wolfram_settings)\n",
          f"f_wolfram_settings = (\n    {call}(\n        f_wolfram_settings\n    )\n)\n")


def test_without_a_better_second_opinion_the_first_split_stays_even_if_too_long() -> None:
    call = "CreateChatCompletionRequestCompoundCustomToolsWolframSettingsAndMoreAndMoreMore.from_dict"
    check(f"settings = {call}(x)\n", f"settings = {call}(\n    x\n)\n")


def test_a_long_set_explodes_one_element_per_line_with_a_trailing_comma() -> None:
    names = ", ".join(f'"{name}_{i}"' for i, name in enumerate(["alpha", "beta", "gamma", "delta", "epsilon"] * 2))
    source = f"_WIRE: ClassVar[frozenset[str]] = frozenset({{{names}}})\n"
    body = "".join(f"        {name},\n" for name in names.split(", "))
    check(source, f"_WIRE: ClassVar[frozenset[str]] = frozenset(\n    {{\n{body}    }}\n)\n")


def test_a_def_splits_at_its_parameters_first() -> None:
    source = "def from_dict(cls, data: Mapping[str, Any]) -> CreateChatCompletionResponseMcpListToolsItemTools:\n    pass\n"
    expected = ("def from_dict(\n    cls, data: Mapping[str, Any]\n"
                ") -> CreateChatCompletionResponseMcpListToolsItemTools:\n    pass\n")
    check_program(source, expected)


def test_a_lone_parameter_gets_a_trailing_comma() -> None:
    source = "def vibe_work_analytics(self) -> _res_beta__admin__vibe_work_analytics.AsyncBetaAdminVibeWork:\n    pass\n"
    expected = "def vibe_work_analytics(\n    self,\n) -> _res_beta__admin__vibe_work_analytics.AsyncBetaAdminVibeWork:\n    pass\n"
    check_program(source, expected)


def test_a_long_union_annotation_is_wrapped_in_parentheses() -> None:
    union = " | ".join(f"_m.{name}Message" for name in ["System", "User", "Assistant", "Tool", "Developer"])
    source = f"def f(\n    self,\n    messages: {union} | None = None,\n):\n    pass\n"
    members = "".join(f"        | _m.{name}Message\n" for name in ["User", "Assistant", "Tool", "Developer"])
    expected = (f"def f(\n    self,\n    messages: (\n        _m.SystemMessage\n{members}        | None\n"
                "    ) = None,\n):\n    pass\n")
    check_program(source, expected)


def test_from_import_explodes_with_a_trailing_comma() -> None:
    names = ", ".join(f"Name{i}Error" for i in range(9))
    body = "".join(f"    Name{i}Error,\n" for i in range(9))
    check(f"from ._runtime import {names}\n", f"from ._runtime import (\n{body})\n")


def test_class_bases_move_to_their_own_line() -> None:
    source = "class ListDeploymentWorkersV1WorkflowsDeploymentsNameWorkersGetWorkerStatus1(OpenStrEnum):\n    pass\n"
    expected = "class ListDeploymentWorkersV1WorkflowsDeploymentsNameWorkersGetWorkerStatus1(\n    OpenStrEnum\n):\n    pass\n"
    check_program(source, expected)


def test_dict_unpacking_is_split_like_any_other_item() -> None:
    items = ", ".join(f'"{k}": {k}' for k in ["charge", "ending_before", "limit", "starting_after"])
    source = f'query = {{{items}, **_rt.deep_object("expand", expand), "payment_intent": payment_intent}}\n'
    laid = laid_out(source)
    assert laid == black(source) and '    **_rt.deep_object("expand", expand),\n' in laid


def test_a_statement_at_depth_keeps_its_wrapper() -> None:
    program = f"if x:\n    if x:\n        return _rt.decode_leniently(cls, data, ({LONG}, {LONG}, None, True))\n"
    assert layout_program(program) == black(program)


@pytest.mark.parametrize("source", [
    "x = f(a)  # a comment\n",
    "x = aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa + \\\n    bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\n",
    "x =\tf(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb)\n",
    "x = items[1:2] + items[3:4] + items[5:6] + items[7:8] + items[9:10] + items[11:12] + more\n",
    "if (n := len(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa)) > 10000000000000000000000000000000000000000000000:\n    pass\n",
    "x = f'{a}' + ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff\n",
    "x = aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ** bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\n",
    "for aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa in bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb():\n    pass\n",
    "x = (aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa + bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb)\n",
    "def function_name(argument_one, argument_two) -> tuple[first_type_name, second_type_name,]:\n    pass\n",
    "def function_name[T](argument_one: T, argument_two: T, argument_three: T, argument_four: T) -> T:\n    pass\n",
])
def test_outside_the_subset_the_layouter_answers_none(source: str) -> None:
    assert laid_out(source) is None
    assert layout_program(source) is None


def test_a_statement_of_a_shape_and_widths_laid_out_before_gets_its_own_names_in_that_layout() -> None:
    first = f'result_value = some_object.method_name({LONG}, {LONG}_two, "text")\n'
    second = first.replace("result_value", "other_target").replace("some_object", "another_obj") \
        .replace(LONG, LONG.upper()).replace('"text"', '"TEXT"')
    assert len(second) == len(first) and second != first
    for source in (first, second, first):
        assert laid_out(source) == black(source)
    assert "some_object" in (laid_out(first) or "") and "another_obj" in (laid_out(second) or "")
