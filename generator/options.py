"""What a run of the pipeline is asked to do; light to import (the command line reads it before the rest)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

NamingMode = Literal["default", "operation-id"]
NAMING_MODES: tuple[NamingMode, ...] = ("default", "operation-id")


@dataclass(frozen=True)
class Options:
    overlays: Sequence[Path] = ()
    strict: bool = False
    validate: bool = True
    allow_outside_refs: bool = False
    naming: NamingMode = "default"  # "operation-id": the flat groups and operationId method names of before
