"""Stage 2: the intermediate model (frozen dataclasses) and the builder from a loaded document."""

from .operations import build_api
from .types import Api, to_json

__all__ = ["Api", "build_api", "to_json"]
