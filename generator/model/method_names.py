"""Method names a person would write, derived from an operation with no configuration.

`derive_method` keeps the operationId's own verb and drops what the namespace already says: the group's nouns,
version tokens (`v1`), filler (`api`, `routes`), a service prefix before `api` (`agents_api_...`) and the
`_{path}_{method}` suffix FastAPI appends. Where nothing usable is left, the path decides: an action segment
(`POST /jobs/{id}/cancel` → `cancel`) or a REST verb (list / create / retrieve / update / delete).
"""

from __future__ import annotations

import re

from .naming import snake_case
from .naming import words as split_words

# Words that only say "this is an API" or which router it came from.
_FILLER = frozenset({"api", "apis", "routes", "route", "endpoint", "endpoints"})
_HTTP_WORDS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})
# Nouns an operationId uses where a verb was meant: `chat_completion` → `complete`.
_NOUN_VERBS = {"completion": "complete", "completions": "complete", "moderation": "moderate",
               "moderations": "moderate", "classification": "classify", "classifications": "classify"}
# Verbs an operationId says itself; `share_delete` → `delete` (what comes before a final one is a noun).
_FINAL_VERBS = frozenset({"get", "list", "create", "update", "delete", "retrieve"})
_VERBS = _FINAL_VERBS | frozenset({
    "add", "append", "archive", "cancel", "judge", "classify", "complete", "download", "execute", "export", "fetch",
    "import", "moderate", "pause", "process", "query", "register", "remove", "reset", "restart", "resume",
    "search", "set", "show", "start", "stop", "stream", "terminate", "trigger", "unarchive", "unregister",
    "upload", "watch", "put", "patch", "post", "send", "submit", "validate", "verify", "run", "check",
})
_REST_VERBS = {"GET": "retrieve", "POST": "create", "PUT": "update", "PATCH": "update", "DELETE": "delete"}


def is_parameter(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def path_segments(path: str) -> list[str]:
    """The segments of a path key, without query string or `#fragment`."""
    return [s for s in re.split(r"[?#]", path, maxsplit=1)[0].split("/") if s]


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 2:
        return word[:-1]
    return word


def fastapi_suffixes(path: str, http_method: str) -> tuple[str, ...]:
    """The suffixes FastAPI appends to a route's name: `_` + the path with non-word characters as `_`, then
    `_<method>` (the second form has the method left out, as some specs trim it)."""
    base = re.sub(r"\W", "_", re.split(r"[?#]", path, maxsplit=1)[0])
    return (f"{base}_{http_method.lower()}", base)


def _strip_fastapi_suffix(operation_id: str, path: str, http_method: str) -> str:
    for suffix in fastapi_suffixes(path, http_method):
        if len(suffix) > 1 and operation_id.endswith(suffix) and len(operation_id) > len(suffix):
            return operation_id[: -len(suffix)]
    return operation_id


def _drop_versions(words: list[str]) -> list[str]:
    """Without version tokens: `v1`, `v_1`, `v2beta` (snake_case splits `v1` into `v`, `1`)."""
    out: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        if re.fullmatch(r"v\d+\w*", word):
            index += 1
            continue
        if word == "v" and index + 1 < len(words) and words[index + 1].isdigit():
            index += 2
            continue
        out.append(word)
        index += 1
    return out


def _drop_service_prefix(words: list[str]) -> list[str]:
    """`agents_api_...`, `files_api_routes_...`: what comes before an early `api` names the service."""
    for index, word in enumerate(words[:3]):
        if word == "api" and index > 0:
            return words[index + 1:]
    return words


def cleaned_words(operation_id: str, path: str, http_method: str) -> list[str]:
    """The operationId's words without FastAPI's suffix, versions, filler and a service prefix."""
    stem = _strip_fastapi_suffix(operation_id, path, http_method)
    words = _drop_service_prefix(_drop_versions([w.lower() for w in split_words(stem)]))
    words = [w for w in words if w not in _FILLER]
    if len(words) > 1 and words[-1] == http_method.lower() and http_method in ("POST", "PUT", "PATCH"):
        words = words[:-1]
    return words


def namespace_words(group: tuple[str, ...]) -> set[str]:
    """The words of every segment of a namespace, singular and plural."""
    found: set[str] = set()
    for segment in group:
        for word in segment.split("_"):
            if word:
                found.update({word, singular(word), word + "s"})
    return found


def derive_method(operation_id: str, path: str, http_method: str, group: tuple[str, ...],
                  collections: frozenset[str], whole_phrase: bool = True) -> tuple[str, str]:
    """(method name, where it came from: "operationId" or "path"). `whole_phrase`: a noun phrase after the verb
    that ends with the namespace's noun is dropped whole (`archive_fine_tuned_model` in `models` → `archive`)."""
    said = namespace_words(group)
    segments = path_segments(path)
    cleaned = _around_the_verb(cleaned_words(operation_id, path, http_method), said, segments, whole_phrase)
    words = [w for i, w in enumerate(cleaned) if not _said(w, said) or (i == 0 and w in _VERBS)]
    words = words or [w for w in cleaned if w in _VERBS][:1]
    if len(words) > 2 and words[-2] == "by" and segments and is_parameter(segments[-1]):
        words = words[:-2]  # `get_by_id` on `/items/{id}`: the id is the argument
    words = _verb_first(words)
    if (words[:1] == ["get"] and http_method == "GET" and _is_collection_path(path, collections)
            and words[1:] in ([], [w.lower() for w in split_words(segments[-1])])):
        words = ["list"]  # `get` or `get_fields` on the collection `/.../fields`
    if words and not all(w in _HTTP_WORDS - {"get", "delete"} for w in words):
        if http_method == "GET" and _names_sub_resource(words, segments):
            words = ["get", *words]  # `conversations_history` on `/conversations/{id}/history` → `get_history`
        return snake_case("_".join(words), "call"), "operationId"
    return rest_name(path, http_method, collections), "path"


def _said(word: str, said: set[str]) -> bool:
    """The namespace says `word`: one of its words, or (4 letters or more, not a verb) the start of one
    (`config` of `configurations`)."""
    if word in said:
        return True
    stem = singular(word)
    return len(stem) >= 4 and word not in _VERBS and any(w.startswith(stem) for w in said)


def _around_the_verb(words: list[str], said: set[str], segments: list[str], whole_phrase: bool) -> list[str]:
    """Without the words before the first verb when they only name path segments (the API's area:
    `fine_tuning_archive_...`), and, with `whole_phrase`, without a phrase after it that ends with a noun of the
    namespace (`..._fine_tuned_model` in `models`)."""
    verb = next((index for index, word in enumerate(words) if word in _VERBS), None)
    if verb is None:
        return words
    path_words = {w.lower() for s in segments if not is_parameter(s) for w in split_words(s)}
    head, tail = words[:verb], words[verb + 1:]
    if all(w in path_words or w in said for w in head):
        head = []
    if whole_phrase and len(tail) > 1 and tail[-1] in said:
        tail = []
    return [*head, words[verb], *tail]


def _names_sub_resource(words: list[str], segments: list[str]) -> bool:
    """The words (no verb among them) are the last segment of a path that goes on after a parameter."""
    return (not any(w in _VERBS for w in words) and len(segments) > 1 and is_parameter(segments[-2])
            and words == [w.lower() for w in split_words(segments[-1])])


def _verb_first(words: list[str]) -> list[str]:
    """`share_delete` → `delete`; `chat_moderations` → `moderate_chat` (a noun standing for its verb)."""
    if len(words) > 1 and words[-1] in _FINAL_VERBS and not any(w in _VERBS for w in words[:-1]):
        return [words[-1]]
    if words and not any(w in _VERBS for w in words):
        for index, word in enumerate(words):
            if word in _NOUN_VERBS:
                return [_NOUN_VERBS[word], *words[:index], *words[index + 1:]]
    return words


def _is_collection_path(path: str, collections: frozenset[str]) -> bool:
    segments = path_segments(path)
    return bool(segments) and not is_parameter(segments[-1]) and "/".join(segments) in collections


def rest_name(path: str, http_method: str, collections: frozenset[str]) -> str:
    """The action a path's last segment names (`.../{id}/cancel` → `cancel`), else a REST verb."""
    segments = path_segments(path)
    last = segments[-1] if segments else ""
    if (http_method in ("POST", "PUT") and len(segments) > 1 and is_parameter(segments[-2])
            and not is_parameter(last) and "/".join(segments) not in collections):
        return snake_case(last, "call")
    if (http_method in ("POST", "PUT", "DELETE") and last and not is_parameter(last)
            and "/".join(segments) not in collections and any(w.lower() in _VERBS for w in split_words(last))):
        return snake_case(last, "call")  # `/records/bulk-delete`, `/executions/cancel`: the segment is an action
    if http_method == "GET" and last and not is_parameter(last):
        collection = "/".join(segments) in collections or len(segments) < 2 or not is_parameter(segments[-2])
        return "list" if collection else f"get_{snake_case(last, 'value')}"
    return _REST_VERBS.get(http_method, snake_case(http_method.lower(), "call"))


def collection_prefixes(paths: list[str]) -> frozenset[str]:
    """Every literal path prefix that some path continues with a parameter: `/jobs` of `/jobs/{id}`."""
    found: set[str] = set()
    for path in paths:
        segments = path_segments(path)
        for index in range(1, len(segments)):
            if is_parameter(segments[index]) and not is_parameter(segments[index - 1]):
                found.add("/".join(segments[:index]))
    return frozenset(found)


def nested_resources(path: str, group: tuple[str, ...], collections: frozenset[str]) -> tuple[str, ...]:
    """The resource segments of `path` after the segment that names `group`'s last part: collections
    (segments some path follows with a parameter), up to the first segment that is not one."""
    if not group:
        return ()
    segments = path_segments(path)
    names = [snake_case(s, "") for s in segments]
    if group[-1] not in names:
        return ()
    out: list[str] = []
    for index in range(names.index(group[-1]) + 1, len(segments)):
        segment = segments[index]
        if is_parameter(segment):
            continue
        if "/".join(segments[: index + 1]) not in collections:
            break
        out.append(snake_case(segment, "default"))
    return tuple(out)
