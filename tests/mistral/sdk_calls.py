"""The calls recorded from the official SDK over the whole API (``sdk_wire_full.json``), as replayable data.

Each call is ``(name, call path under the client, kwargs)``. The kwargs are JSON data, so a test can replay
exactly the same call against the generated client; two markers stand for values JSON cannot hold:

- ``{"$bytes": "text"}``: the UTF-8 bytes of ``text`` (file contents);
- ``{"$model": "Book"}``: the class ``Book`` (a pydantic model, see ``BOOK_FIELDS``) given as ``response_format``.

Standard library only: imported by the recording script in the SDK's venv and by tests of this project.
"""

from __future__ import annotations

from typing import Any

JOB_ID = "7c0cf2c5-3a5e-4c7e-9ad6-1d8f3e2b9a01"
FILE_ID = "4b5e1a9d-0f6c-4e8a-b2d3-6c7f8e9a0b12"
AGENT_ID = "ag_0195c8c1a7e07a7bb2d0c1e2f3a4b5c6"
CONVERSATION_ID = "conv_0195c8c1a7e07a7bb2d0c1e2f3a4b5c7"
ENTRY_ID = "msg_0195c8c1a7e07a7bb2d0c1e2f3a4b5c8"
LIBRARY_ID = "0d9f6a1e-7b2c-4c3d-8e4f-5a6b7c8d9e0f"
FT_MODEL = "ft:open-mistral-7b:587a6b29:20240514:7e773925"

HI = [{"role": "user", "content": "Hi"}]
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Get the current weather in a location",
        "parameters": {
            "type": "object",
            "properties": {
                "location": {"type": "string", "description": "City name"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            },
            "required": ["location"],
        },
    },
}
BOOK_SCHEMA_FORMAT = {
    "type": "json_schema",
    "json_schema": {
        "name": "Book",
        "schema": {
            "type": "object",
            "properties": {"title": {"type": "string"}, "year": {"type": "integer"}},
            "required": ["title", "year"],
            "additionalProperties": False,
        },
        "strict": True,
    },
}
JSONL = '{"custom_id": "0", "body": {"messages": [{"role": "user", "content": "Hi"}]}}\n'
UPLOAD = {"file_name": "batch.jsonl", "content": {"$bytes": JSONL}, "content_type": "application/jsonl"}
PDF = {"file_name": "notes.pdf", "content": {"$bytes": "%PDF-1.4 tiny"}, "content_type": "application/pdf"}
WAV = {"file_name": "hello.wav", "content": {"$bytes": "RIFF....WAVEfmt "}}

CALLS: list[tuple[str, str, dict[str, Any]]] = [
    ("chat_complete", "chat.complete",
     {"model": "mistral-large-latest", "messages": HI, "temperature": 0.7, "max_tokens": 150}),
    ("chat_complete_tools", "chat.complete",
     {"model": "mistral-large-latest", "messages": [{"role": "user", "content": "Weather in Paris?"}],
      "tools": [WEATHER_TOOL], "tool_choice": "any", "parallel_tool_calls": False}),
    ("chat_complete_tool_result", "chat.complete",
     {"model": "mistral-large-latest", "messages": [
         {"role": "user", "content": "Weather in Paris?"},
         {"role": "assistant", "content": "", "tool_calls": [
             {"id": "call_1", "function": {"name": "get_weather", "arguments": '{"location": "Paris"}'}}]},
         {"role": "tool", "tool_call_id": "call_1", "name": "get_weather", "content": '{"celsius": 21}'}]}),
    ("chat_complete_json_schema", "chat.complete",
     {"model": "mistral-large-latest", "messages": HI, "response_format": BOOK_SCHEMA_FORMAT}),
    ("chat_complete_vision", "chat.complete",
     {"model": "pixtral-large-latest", "messages": [{"role": "user", "content": [
         {"type": "text", "text": "What is in this image?"},
         {"type": "image_url", "image_url": "https://example.com/cat.png"}]}]}),
    ("chat_complete_system_stop_seed", "chat.complete",
     {"model": "mistral-small-latest", "messages": [{"role": "system", "content": "Be brief."}, *HI],
      "stop": ["\n\n"], "random_seed": 42, "top_p": 0.9, "safe_prompt": True}),
    ("chat_parse", "chat.parse",
     {"model": "mistral-large-latest", "messages": HI, "response_format": {"$model": "Book"}}),
    ("chat_stream", "chat.stream", {"model": "mistral-large-latest", "messages": HI, "max_tokens": 150}),
    ("fim_complete", "fim.complete",
     {"model": "codestral-latest", "prompt": "def f(", "suffix": "return 1", "min_tokens": 1}),
    ("fim_stream", "fim.stream", {"model": "codestral-latest", "prompt": "def f(", "suffix": "return 1"}),
    ("embeddings_create", "embeddings.create", {"model": "mistral-embed", "inputs": ["a", "b"]}),
    ("embeddings_create_dims", "embeddings.create",
     {"model": "codestral-embed", "inputs": "a", "output_dimension": 256, "output_dtype": "int8"}),
    ("models_list", "models.list", {}),
    ("models_retrieve", "models.retrieve", {"model_id": "mistral-large-latest"}),
    ("models_delete", "models.delete", {"model_id": FT_MODEL}),
    ("models_update", "models.update", {"model_id": FT_MODEL, "name": "renamed", "description": "d"}),
    ("models_archive", "models.archive", {"model_id": FT_MODEL}),
    ("models_unarchive", "models.unarchive", {"model_id": FT_MODEL}),
    ("files_upload", "files.upload", {"file": UPLOAD, "purpose": "batch"}),
    ("files_upload_no_type", "files.upload",
     {"file": {"file_name": "train.jsonl", "content": {"$bytes": JSONL}}}),
    ("files_list", "files.list", {"page": 1, "page_size": 10, "purpose": "batch"}),
    ("files_list_plain", "files.list", {}),
    ("files_retrieve", "files.retrieve", {"file_id": FILE_ID}),
    ("files_delete", "files.delete", {"file_id": FILE_ID}),
    ("files_download", "files.download", {"file_id": FILE_ID}),
    ("files_get_signed_url", "files.get_signed_url", {"file_id": FILE_ID, "expiry": 48}),
    ("batch_jobs_create", "batch.jobs.create",
     {"input_files": [FILE_ID], "endpoint": "/v1/chat/completions", "model": "mistral-small-latest",
      "metadata": {"run": "nightly"}}),
    ("batch_jobs_list", "batch.jobs.list", {"page": 0, "page_size": 20, "status": ["RUNNING"]}),
    ("batch_jobs_list_plain", "batch.jobs.list", {}),
    ("batch_jobs_get", "batch.jobs.get", {"job_id": JOB_ID}),
    ("batch_jobs_cancel", "batch.jobs.cancel", {"job_id": JOB_ID}),
    ("ocr_process", "ocr.process",
     {"model": "mistral-ocr-latest",
      "document": {"type": "document_url", "document_url": "https://example.com/paper.pdf"},
      "include_image_base64": True, "pages": [0, 1]}),
    ("classifiers_moderate", "classifiers.moderate",
     {"model": "mistral-moderation-latest", "inputs": ["some text"]}),
    ("classifiers_moderate_chat", "classifiers.moderate_chat",
     {"model": "mistral-moderation-latest", "inputs": HI}),
    ("classifiers_classify", "classifiers.classify", {"model": FT_MODEL, "inputs": ["some text"]}),
    ("classifiers_classify_chat", "classifiers.classify_chat",
     {"model": FT_MODEL, "input": [{"messages": HI}]}),
    ("agents_complete", "agents.complete", {"agent_id": AGENT_ID, "messages": HI}),
    ("agents_stream", "agents.stream", {"agent_id": AGENT_ID, "messages": HI}),
    ("beta_agents_create", "beta.agents.create",
     {"model": "mistral-medium-latest", "name": "helper", "instructions": "Be brief.",
      "tools": [{"type": "web_search"}], "completion_args": {"temperature": 0.3}}),
    ("beta_agents_list", "beta.agents.list", {"page": 0, "page_size": 20}),
    ("beta_agents_get", "beta.agents.get", {"agent_id": AGENT_ID}),
    ("beta_agents_update", "beta.agents.update", {"agent_id": AGENT_ID, "instructions": "Be briefer."}),
    ("beta_agents_delete", "beta.agents.delete", {"agent_id": AGENT_ID}),
    ("beta_conversations_start", "beta.conversations.start",
     {"inputs": "Who won in 2018?", "model": "mistral-medium-latest", "store": True}),
    ("beta_conversations_start_agent", "beta.conversations.start",
     {"agent_id": AGENT_ID, "inputs": [{"role": "user", "content": "Hi"}]}),
    ("beta_conversations_start_stream", "beta.conversations.start_stream",
     {"inputs": "Who won in 2018?", "model": "mistral-medium-latest"}),
    ("beta_conversations_append", "beta.conversations.append",
     {"conversation_id": CONVERSATION_ID, "inputs": "And in 2022?"}),
    ("beta_conversations_append_stream", "beta.conversations.append_stream",
     {"conversation_id": CONVERSATION_ID, "inputs": "And in 2022?"}),
    ("beta_conversations_restart", "beta.conversations.restart",
     {"conversation_id": CONVERSATION_ID, "from_entry_id": ENTRY_ID, "inputs": "Again"}),
    ("beta_conversations_restart_stream", "beta.conversations.restart_stream",
     {"conversation_id": CONVERSATION_ID, "from_entry_id": ENTRY_ID, "inputs": "Again"}),
    ("beta_conversations_get", "beta.conversations.get", {"conversation_id": CONVERSATION_ID}),
    ("beta_conversations_list", "beta.conversations.list", {"page": 0, "page_size": 20}),
    ("beta_conversations_get_history", "beta.conversations.get_history", {"conversation_id": CONVERSATION_ID}),
    ("beta_conversations_get_messages", "beta.conversations.get_messages",
     {"conversation_id": CONVERSATION_ID}),
    ("beta_conversations_delete", "beta.conversations.delete", {"conversation_id": CONVERSATION_ID}),
    ("beta_libraries_create", "beta.libraries.create", {"name": "docs", "description": "manuals"}),
    ("beta_libraries_list", "beta.libraries.list", {}),
    ("beta_libraries_get", "beta.libraries.get", {"library_id": LIBRARY_ID}),
    ("beta_libraries_delete", "beta.libraries.delete", {"library_id": LIBRARY_ID}),
    ("beta_libraries_documents_upload", "beta.libraries.documents.upload", {"library_id": LIBRARY_ID, "file": PDF}),
    ("beta_libraries_documents_list", "beta.libraries.documents.list",
     {"library_id": LIBRARY_ID, "page_size": 10, "search": "notes"}),
    ("audio_transcriptions_complete", "audio.transcriptions.complete",
     {"model": "voxtral-mini-latest", "file": WAV, "language": "en"}),
    ("audio_transcriptions_complete_url", "audio.transcriptions.complete",
     {"model": "voxtral-mini-latest", "file_url": "https://example.com/hello.wav", "timestamp_granularities": ["segment"]}),
    ("audio_transcriptions_stream", "audio.transcriptions.stream", {"model": "voxtral-mini-latest", "file": WAV}),
]


def book_models() -> dict[str, Any]:
    """The pydantic models given to ``chat.parse(response_format=Book)`` (pydantic is imported here only)."""
    from pydantic import BaseModel

    class Publisher(BaseModel):
        name: str
        country: str | None = None

    class Book(BaseModel):
        title: str
        authors: list[str]
        year: int | None = None
        publisher: Publisher | None = None

    return {"Book": Book, "Publisher": Publisher}


def materialize(value: Any, models: dict[str, Any] | None = None) -> Any:
    """The Python value a stored kwarg stands for: `{"$bytes": text}` → bytes, `{"$model": name}` → models[name]."""
    if isinstance(value, dict):
        if set(value) == {"$bytes"}:
            return value["$bytes"].encode("utf-8")
        if set(value) == {"$model"}:
            return (models or {})[value["$model"]]
        return {key: materialize(item, models) for key, item in value.items()}
    if isinstance(value, list):
        return [materialize(item, models) for item in value]
    return value


def call_text(call: str, kwargs: dict[str, Any]) -> str:
    """The call as a user writes it: `client.files.upload(file={...}, purpose='batch')`."""
    args = ", ".join(f"{key}={_python_text(value)}" for key, value in kwargs.items())
    return f"client.{call}({args})"


def _python_text(value: Any) -> str:
    if isinstance(value, dict):
        if set(value) == {"$bytes"}:
            return repr(value["$bytes"].encode("utf-8"))
        if set(value) == {"$model"}:
            return str(value["$model"])
        return "{" + ", ".join(f"{key!r}: {_python_text(item)}" for key, item in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_python_text(item) for item in value) + "]"
    return repr(value)
