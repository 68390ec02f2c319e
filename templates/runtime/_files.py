"""File arguments of multipart bodies: every accepted form normalised to one (filename, content, type) part."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import IO, Any, TypeAlias, TypedDict

__all__ = ["FileContent", "FileDict", "file_part", "is_file"]

DEFAULT_FILENAME = "upload"
"""The filename sent for raw bytes, or a file object without a usable name (httpx's default too)."""


class _FileDictRequired(TypedDict):
    file_name: str
    content: bytes | IO[bytes]


class FileDict(_FileDictRequired, total=False):
    """The official Mistral SDK's file form: `{"file_name": ..., "content": bytes | file, "content_type": ...}`."""

    content_type: str


FileContent: TypeAlias = (
    "FileDict | bytes | IO[bytes] | tuple[str, bytes | IO[bytes]] | tuple[str, bytes | IO[bytes], str | None]"
)
"""What a file field of a multipart body accepts: a `FileDict`, content, an open binary file, or
(filename, content[, content type]). Without a content type, one is guessed from the filename."""

FilePart: TypeAlias = "tuple[str, bytes | IO[bytes]] | tuple[str, bytes | IO[bytes], str]"
"""A file as httpx takes it: (filename, content[, content type])."""

_DICT_KEYS = frozenset({"file_name", "content", "content_type"})


def _is_content(value: Any) -> bool:
    return isinstance(value, (bytes, bytearray, memoryview)) or (hasattr(value, "read") and not isinstance(value, str))


def _is_file_dict(value: Any) -> bool:
    return (isinstance(value, Mapping) and {"file_name", "content"} <= value.keys() <= _DICT_KEYS
            and _is_content(value["content"]))


def is_file(value: Any) -> bool:
    """Whether a multipart value is a file in one of the `FileContent` forms (else it is a plain field)."""
    if _is_content(value) or _is_file_dict(value):
        return True
    return isinstance(value, tuple) and len(value) in (2, 3) and isinstance(value[0], str) and _is_content(value[1])


def _name_of(stream: Any) -> str:
    """The basename of an open file's name (`reports/q1/b.pdf` → `b.pdf`); `upload` when it has none."""
    name = getattr(stream, "name", None)
    if isinstance(name, bytes):
        name = os.fsdecode(name)
    if not isinstance(name, str) or not name or name.startswith("<"):  # `<stdin>`, and ints from os.fdopen
        return DEFAULT_FILENAME
    return os.path.basename(name) or DEFAULT_FILENAME


def _content(value: Any) -> bytes | IO[bytes]:
    return bytes(value) if isinstance(value, (bytearray, memoryview)) else value


def file_part(value: Any) -> FilePart:
    """One file argument, in any `FileContent` form, as httpx's (filename, content[, content type])."""
    if _is_file_dict(value):
        name, content, content_type = value["file_name"], value["content"], value.get("content_type")
    elif isinstance(value, tuple) and is_file(value):
        name, content, content_type = value[0], value[1], value[2] if len(value) == 3 else None
    elif _is_content(value):
        name = DEFAULT_FILENAME if isinstance(value, (bytes, bytearray, memoryview)) else _name_of(value)
        content, content_type = value, None
    else:
        raise TypeError(f"not a file: {type(value).__name__} (give bytes, an open binary file, "
                        "(filename, content[, content type]) or {'file_name': ..., 'content': ...})")
    if content_type is None:
        return (str(name), _content(content))
    return (str(name), _content(content), str(content_type))
