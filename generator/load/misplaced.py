"""`$ref`s where OpenAPI allows none, followed as bundlers follow them.

Multi-file specs often write `get: {$ref: "resources/keys/keys_get.yml"}`, `parameters: {$ref: ...}` or
`content: {$ref: ...}`: OpenAPI allows a `$ref` for a path item, a parameter, a request body, a response and a
schema, not for an operation, a parameter list, a responses map, a content map or a media type. Bundlers
(redocly, swagger-cli) inline them anyway, and so does the model builder (it resolves every value it reads).
This module finds them all once, while loading: one warning per kind of misplaced `$ref` (with the number of
places and the first one's location), and the places themselves, so that the validator's complaints about them
(an operation without `responses`, a `$ref` key not matching `^x-`) are left out instead of repeated for each.
The usual rules hold: targets outside the spec's folder, remote targets and loops are refused by `resolve`.
"""

from __future__ import annotations

from collections.abc import Iterator

from .document import Document, Node, is_ref
from .lint import HTTP_METHODS, path_items

# kind → what the `$ref` stands in for, as the warning names it
KINDS = {
    "operation": "an operation",
    "parameters": "a list of parameters",
    "responses": "a map of responses",
    "content": "a content map",
    "media type": "a media type object",
}


class _Walk:
    """The misplaced `$ref`s met while walking paths → operations → parameters, bodies, responses → content."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.sites: dict[str, dict[tuple[str, str], Node]] = {kind: {} for kind in KINDS}

    def follow(self, node: Node | None, kind: str) -> Node | None:
        if node is None:
            return None
        if is_ref(node.value):
            self.sites[kind].setdefault((node.file.as_posix(), node.pointer), node)
        return self.document.resolve(node)

    def paths(self) -> None:
        for _, item in path_items(self.document):
            self.owner(item)
            for op in self.operations(item):
                self.owner(op)

    def operations(self, item: Node) -> Iterator[Node]:
        for method in HTTP_METHODS:
            op = self.follow(item.get(method), "operation")
            if op is not None and isinstance(op.value, dict):
                yield op

    def owner(self, node: Node) -> None:
        """A path item or an operation: its parameters, request body and responses."""
        self.follow(node.get("parameters"), "parameters")
        request = node.get("requestBody")
        body = self.document.resolve(request) if request is not None else None
        if body is not None and isinstance(body.value, dict):
            self.content(body)
        responses = self.follow(node.get("responses"), "responses")
        if responses is None or not isinstance(responses.value, dict):
            return
        for status in responses.value:
            response = self.document.resolve(responses.child(status))
            if response is not None and isinstance(response.value, dict):
                self.content(response)

    def content(self, owner: Node) -> None:
        content = self.follow(owner.get("content"), "content")
        if content is not None and isinstance(content.value, dict):
            for media in content.value:
                self.follow(content.child(media), "media type")


def report_misplaced_refs(document: Document) -> None:
    """One warning per kind of misplaced `$ref`; the places are kept in `document.misplaced_refs`."""
    walk = _Walk(document)
    walk.paths()
    for kind, sites in walk.sites.items():
        if not sites:
            continue
        first = next(iter(sites.values()))
        places = "" if len(sites) == 1 else f" ({len(sites)} places, the first here)"
        document.findings.warn(
            f"$ref in place of {KINDS[kind]}, where OpenAPI allows none{places}; followed, as bundlers do",
            document.where(first),
            "bundle the spec (e.g. `redocly bundle`) or write the value in place; the validator does not check "
            "what such $refs point to",
        )
        document.misplaced_refs.update((document.display(n.file), n.pointer) for n in sites.values())


def inside_misplaced_ref(document: Document, file: str, pointer: str) -> bool:
    """Whether a place (display file name, JSON pointer) is a misplaced `$ref` or inside one."""
    return any(site_file == file and (pointer == site_pointer or pointer.startswith(site_pointer + "/"))
               for site_file, site_pointer in document.misplaced_refs)
