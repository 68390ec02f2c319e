"""`diff`: what a spec update changes for the users of the generated client, compared on the intermediate model."""

from ..model.types import call_text
from .change import KINDS, Change, call_of, endpoint_of
from .compare import compare
from .inputs import InputError, Source, resolve
from .report import Side, summary, summary_line, to_json, to_markdown, to_text

__all__ = ["KINDS", "Change", "InputError", "Side", "Source", "call_of", "call_text", "compare", "endpoint_of",
           "resolve", "summary", "summary_line", "to_json", "to_markdown", "to_text"]
