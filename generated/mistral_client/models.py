"""Data models of Mistral AI Chat Completions API.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
from collections.abc import Mapping
from typing import Any, ClassVar, TypeAlias, cast

from . import _runtime as _rt
from ._runtime import UNSET, OpenStrEnum, Unset

__all__ = [
    "AssistantMessage",
    "ChatCompletionChoice",
    "ChatCompletionChoiceFinishReason",
    "ChatCompletionRequest",
    "ChatCompletionRequestPromptMode",
    "ChatCompletionResponse",
    "ChatCompletionResponseObject",
    "ChatMessage",
    "CompletionChunk",
    "CompletionEvent",
    "CompletionResponseStreamChoice",
    "CompletionResponseStreamChoiceFinishReason",
    "ContentChunk",
    "DeltaMessage",
    "EmbeddingRequest",
    "EmbeddingRequestEncodingFormat",
    "EmbeddingRequestOutputDtype",
    "EmbeddingResponse",
    "EmbeddingResponseData",
    "Error",
    "FIMCompletionRequest",
    "FIMCompletionResponse",
    "FunctionDefinition",
    "HTTPValidationError",
    "ImageURL",
    "ImageURLChunk",
    "ImageURLDetail",
    "JsonSchema",
    "Model",
    "ModelCapabilities",
    "ModelList",
    "ModelType",
    "Prediction",
    "ResponseFormat",
    "ResponseFormatType",
    "SystemMessage",
    "TextChunk",
    "ThinkChunk",
    "Tool",
    "ToolCall",
    "ToolCallFunction",
    "ToolCallType",
    "ToolChoice",
    "ToolChoiceEnum",
    "ToolChoiceFunction",
    "ToolChoiceType",
    "ToolMessage",
    "ToolType",
    "Usage",
    "UserMessage",
    "ValidationError",
]


class ImageURLDetail(OpenStrEnum):
    """How much detail the model looks at."""

    LOW = "low"
    AUTO = "auto"
    HIGH = "high"


class ToolCallType(OpenStrEnum):
    """The type of the tool call."""

    FUNCTION = "function"


class ToolType(OpenStrEnum):
    """The type of the tool. Currently only function is supported."""

    FUNCTION = "function"


class ChatCompletionRequestPromptMode(OpenStrEnum):
    """Allows toggling between the reasoning mode and no system prompt. When set to `reasoning` the system prompt for reasoning models (Magistral) is used."""

    REASONING = "reasoning"


class ResponseFormatType(OpenStrEnum):
    TEXT = "text"
    JSON_OBJECT = "json_object"
    JSON_SCHEMA = "json_schema"


class ToolChoiceType(OpenStrEnum):
    FUNCTION = "function"


class ToolChoiceEnum(OpenStrEnum):
    """How the model may use tools."""

    AUTO = "auto"
    NONE = "none"
    ANY = "any"
    REQUIRED = "required"


class ChatCompletionResponseObject(OpenStrEnum):
    """The object type, always chat.completion."""

    CHAT_COMPLETION = "chat.completion"


class ChatCompletionChoiceFinishReason(OpenStrEnum):
    """The reason the model stopped generating tokens."""

    STOP = "stop"
    LENGTH = "length"
    TOOL_CALLS = "tool_calls"
    MODEL_LENGTH = "model_length"
    ERROR = "error"


class CompletionResponseStreamChoiceFinishReason(OpenStrEnum):
    """null until the last chunk of this choice."""

    STOP = "stop"
    LENGTH = "length"
    ERROR = "error"
    TOOL_CALLS = "tool_calls"
    MODEL_LENGTH = "model_length"


class EmbeddingRequestEncodingFormat(OpenStrEnum):
    """The format of the embeddings in the response."""

    FLOAT = "float"
    BASE_64 = "base64"


class EmbeddingRequestOutputDtype(OpenStrEnum):
    """The data type of the output embeddings, for models that support it."""

    FLOAT = "float"
    INT_8 = "int8"
    UINT_8 = "uint8"
    BINARY = "binary"
    UBINARY = "ubinary"


class ModelType(OpenStrEnum):
    BASE = "base"
    FINE_TUNED = "fine-tuned"


@_dc.dataclass(slots=True, kw_only=True)
class ChatCompletionRequest:
    model: str
    """ID of the model to use. You can use the Models API to see all available models."""
    messages: list[ChatMessage]
    """A list of messages comprising the conversation so far. Each message has a role and content."""
    temperature: float | None | Unset = UNSET
    """Sampling temperature between 0.0 and 1.5. Higher values like 0.7 produce more random output, while lower values like 0.2 produce more focused and deterministic output.

    Default: 0.7"""
    top_p: float | None | Unset = UNSET
    """Nucleus sampling parameter. The model considers tokens with top_p probability mass. A value of 0.1 means only the top 10% of tokens are considered.

    Default: 1.0"""
    max_tokens: int | None | Unset = UNSET
    """The maximum number of tokens to generate in the chat completion. The total token count of the prompt plus max_tokens cannot exceed the model's context length."""
    stream: bool | None | Unset = UNSET
    """Whether to stream back partial progress as server-sent events. If true, tokens are sent as data-only events as they become available, terminated by a data: [DONE] message.

    Default: False"""
    stop: str | list[str] | None | Unset = UNSET
    """Stop generation if this token is detected, or if one of these tokens is detected when providing an array."""
    random_seed: int | None | Unset = UNSET
    """The seed to use for random sampling. If set, different calls will generate deterministic results."""
    tools: list[Tool] | None | Unset = UNSET
    """A list of tools the model may call. Currently only functions are supported as a tool."""
    presence_penalty: float | None | Unset = UNSET
    """Penalizes repetition of words or phrases. A higher value encourages the model to use a wider variety of words and phrases.

    Default: 0.0"""
    frequency_penalty: float | None | Unset = UNSET
    """Penalizes repetition based on frequency in the generated text. A higher value discourages repeating frequently used words.

    Default: 0.0"""
    safe_prompt: bool | None | Unset = UNSET
    """Whether to inject a safety prompt before all conversations.

    Default: False"""
    min_tokens: int | None | Unset = UNSET
    """The minimum number of tokens to generate in the completion."""
    n: int | None | Unset = UNSET
    """Number of completions to return for each request; input tokens are only billed once."""
    prediction: Prediction | None | Unset = UNSET
    """An expected completion (for example the current version of a file being edited), which speeds up answers that mostly repeat it."""
    parallel_tool_calls: bool | None | Unset = UNSET
    """Whether the model may call several tools in parallel. Set to false to force sequential tool calls.

    Default: True"""
    prompt_mode: ChatCompletionRequestPromptMode | None | Unset = UNSET
    """Allows toggling between the reasoning mode and no system prompt. When set to `reasoning` the system prompt for reasoning models (Magistral) is used."""
    response_format: ResponseFormat | None | Unset = UNSET
    """The format the model must output. `{"type": "text"}` (the default) is free text; `{"type": "json_object"}` enables JSON mode (instruct the model to produce JSON in a message too); `{"type": "json_schema", "json_schema": {...}}` makes the output JSON that follows the schema."""
    tool_choice: ToolChoice | ToolChoiceEnum | None | Unset = UNSET
    """Controls which (if any) tool is called by the model. `none`: the model does not call any tool and generates a message. `auto` (the default): the model picks between a message and tool calls. `any` or `required`: the model must call one or more tools. `{"type": "function", "function": {"name": "my_function"}}` forces a call to that tool."""
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset(
        {
            "model",
            "messages",
            "temperature",
            "top_p",
            "max_tokens",
            "stream",
            "stop",
            "random_seed",
            "tools",
            "presence_penalty",
            "frequency_penalty",
            "safe_prompt",
            "min_tokens",
            "n",
            "prediction",
            "parallel_tool_calls",
            "prompt_mode",
            "response_format",
            "tool_choice",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ChatCompletionRequest:
        """Build from JSON data; unknown keys go to `extra`."""
        f_tools = data.get("tools", UNSET)
        if f_tools is not UNSET and f_tools is not None:
            f_tools = [Tool.from_dict(v0) for v0 in f_tools]
        f_prediction = data.get("prediction", UNSET)
        if f_prediction is not UNSET and f_prediction is not None:
            f_prediction = Prediction.from_dict(f_prediction)
        f_prompt_mode = data.get("prompt_mode", UNSET)
        if f_prompt_mode is not UNSET and f_prompt_mode is not None:
            f_prompt_mode = ChatCompletionRequestPromptMode(f_prompt_mode)
        f_response_format = data.get("response_format", UNSET)
        if f_response_format is not UNSET and f_response_format is not None:
            f_response_format = ResponseFormat.from_dict(f_response_format)
        f_tool_choice = data.get("tool_choice", UNSET)
        if f_tool_choice is not UNSET and f_tool_choice is not None:
            f_tool_choice = _decode_ToolChoice_or_ToolChoiceEnum(f_tool_choice)
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.model = data["model"]
        obj.messages = [
            _decode_SystemMessage_or_UserMessage_or_Assistant_95c04980fa(v0)
            for v0 in data["messages"]
        ]
        obj.temperature = data.get("temperature", UNSET)
        obj.top_p = data.get("top_p", UNSET)
        obj.max_tokens = data.get("max_tokens", UNSET)
        obj.stream = data.get("stream", UNSET)
        obj.stop = data.get("stop", UNSET)
        obj.random_seed = data.get("random_seed", UNSET)
        obj.tools = f_tools
        obj.presence_penalty = data.get("presence_penalty", UNSET)
        obj.frequency_penalty = data.get("frequency_penalty", UNSET)
        obj.safe_prompt = data.get("safe_prompt", UNSET)
        obj.min_tokens = data.get("min_tokens", UNSET)
        obj.n = data.get("n", UNSET)
        obj.prediction = f_prediction
        obj.parallel_tool_calls = data.get("parallel_tool_calls", UNSET)
        obj.prompt_mode = f_prompt_mode
        obj.response_format = f_response_format
        obj.tool_choice = f_tool_choice
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        out["model"] = self.model
        out["messages"] = [_rt.encode_json(v0) for v0 in self.messages]
        if type(self.temperature) is not Unset:
            out["temperature"] = self.temperature
        if type(self.top_p) is not Unset:
            out["top_p"] = self.top_p
        if type(self.max_tokens) is not Unset:
            out["max_tokens"] = self.max_tokens
        if type(self.stream) is not Unset:
            out["stream"] = self.stream
        if type(self.stop) is not Unset:
            out["stop"] = self.stop
        if type(self.random_seed) is not Unset:
            out["random_seed"] = self.random_seed
        if type(self.tools) is not Unset:
            out["tools"] = (
                None if self.tools is None else [v1.to_dict() for v1 in self.tools]
            )
        if type(self.presence_penalty) is not Unset:
            out["presence_penalty"] = self.presence_penalty
        if type(self.frequency_penalty) is not Unset:
            out["frequency_penalty"] = self.frequency_penalty
        if type(self.safe_prompt) is not Unset:
            out["safe_prompt"] = self.safe_prompt
        if type(self.min_tokens) is not Unset:
            out["min_tokens"] = self.min_tokens
        if type(self.n) is not Unset:
            out["n"] = self.n
        if type(self.prediction) is not Unset:
            out["prediction"] = (
                None if self.prediction is None else self.prediction.to_dict()
            )
        if type(self.parallel_tool_calls) is not Unset:
            out["parallel_tool_calls"] = self.parallel_tool_calls
        if type(self.prompt_mode) is not Unset:
            out["prompt_mode"] = self.prompt_mode
        if type(self.response_format) is not Unset:
            out["response_format"] = (
                None if self.response_format is None else self.response_format.to_dict()
            )
        if type(self.tool_choice) is not Unset:
            out["tool_choice"] = (
                None if self.tool_choice is None else _rt.encode_json(self.tool_choice)
            )
        return out


@_dc.dataclass(slots=True, kw_only=True)
class SystemMessage:
    """Instructions and context for the assistant."""

    role: str
    content: str | list[TextChunk]
    """The text of the message, or a list of text chunks."""
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset({"role", "content"})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SystemMessage:
        """Build from JSON data; unknown keys go to `extra`."""
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.role = data["role"]
        obj.content = _decode_str_or_list_TextChunk(data["content"])
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        out["role"] = self.role
        out["content"] = _rt.encode_json(self.content)
        return out


@_dc.dataclass(slots=True, kw_only=True)
class TextChunk:
    """A piece of text."""

    type: str
    text: str
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset({"type", "text"})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TextChunk:
        """Build from JSON data; unknown keys go to `extra`."""
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.type = data["type"]
        obj.text = data["text"]
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        out["type"] = self.type
        out["text"] = self.text
        return out


@_dc.dataclass(slots=True, kw_only=True)
class UserMessage:
    """A message from the user; text, or a list of text and image chunks."""

    role: str
    content: str | list[ContentChunk]
    """The text of the message, or a list of content chunks (text, images)."""
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset({"role", "content"})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UserMessage:
        """Build from JSON data; unknown keys go to `extra`."""
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.role = data["role"]
        obj.content = _decode_str_or_list_ContentChunk(data["content"])
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        out["role"] = self.role
        out["content"] = _rt.encode_json(self.content)
        return out


@_dc.dataclass(slots=True, kw_only=True)
class ImageURLChunk:
    """An image, by URL or as a data URL: `data:image/jpeg;base64,...`."""

    type: str
    image_url: str | ImageURL
    """The image URL (or data URL), or an object with the URL and the detail level."""
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset({"type", "image_url"})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImageURLChunk:
        """Build from JSON data; unknown keys go to `extra`."""
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.type = data["type"]
        obj.image_url = _decode_str_or_ImageURL(data["image_url"])
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        out["type"] = self.type
        out["image_url"] = _rt.encode_json(self.image_url)
        return out


@_dc.dataclass(slots=True, kw_only=True)
class ImageURL:
    url: str
    """The image URL or data URL."""
    detail: ImageURLDetail | None | Unset = UNSET
    """How much detail the model looks at."""
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset({"url", "detail"})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImageURL:
        """Build from JSON data; unknown keys go to `extra`."""
        f_detail = data.get("detail", UNSET)
        if f_detail is not UNSET and f_detail is not None:
            f_detail = ImageURLDetail(f_detail)
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.url = data["url"]
        obj.detail = f_detail
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        out["url"] = self.url
        if type(self.detail) is not Unset:
            out["detail"] = self.detail
        return out


@_dc.dataclass(slots=True, kw_only=True)
class ThinkChunk:
    """Reasoning trace of a reasoning model (prompt_mode `reasoning`), found in answers."""

    type: str
    thinking: list[TextChunk]
    closed: bool | None | Unset = UNSET
    """Whether the thinking chunk is closed.

    Default: True"""
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset({"type", "thinking", "closed"})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ThinkChunk:
        """Build from JSON data; unknown keys go to `extra`."""
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.type = data["type"]
        obj.thinking = [TextChunk.from_dict(v0) for v0 in data["thinking"]]
        obj.closed = data.get("closed", UNSET)
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        out["type"] = self.type
        out["thinking"] = [v0.to_dict() for v0 in self.thinking]
        if type(self.closed) is not Unset:
            out["closed"] = self.closed
        return out


@_dc.dataclass(slots=True, kw_only=True)
class AssistantMessage:
    """A message from the assistant: the model's answer, or an earlier answer sent back as part of the conversation (possibly with the tool calls it asked for)."""

    role: str
    content: str | list[ContentChunk] | None | Unset = UNSET
    """The text of the message, or a list of content chunks (reasoning models answer with `thinking` and `text` chunks). null or empty when the model only calls tools."""
    tool_calls: list[ToolCall] | None | Unset = UNSET
    """The tools the model asked to call."""
    prefix: bool | None | Unset = UNSET
    """Set to true on a final assistant message to make the model start its answer with this message's content.

    Default: False"""
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset(
        {"role", "content", "tool_calls", "prefix"}
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AssistantMessage:
        """Build from JSON data; unknown keys go to `extra`."""
        f_content = data.get("content", UNSET)
        if f_content is not UNSET and f_content is not None:
            f_content = _decode_str_or_list_ContentChunk(f_content)
        f_tool_calls = data.get("tool_calls", UNSET)
        if f_tool_calls is not UNSET and f_tool_calls is not None:
            f_tool_calls = [ToolCall.from_dict(v0) for v0 in f_tool_calls]
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.role = data["role"]
        obj.content = f_content
        obj.tool_calls = f_tool_calls
        obj.prefix = data.get("prefix", UNSET)
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        out["role"] = self.role
        if type(self.content) is not Unset:
            out["content"] = (
                None if self.content is None else _rt.encode_json(self.content)
            )
        if type(self.tool_calls) is not Unset:
            out["tool_calls"] = (
                None
                if self.tool_calls is None
                else [v1.to_dict() for v1 in self.tool_calls]
            )
        if type(self.prefix) is not Unset:
            out["prefix"] = self.prefix
        return out


@_dc.dataclass(slots=True, kw_only=True)
class ToolCall:
    id: str | None | Unset = UNSET
    """The ID of the tool call."""
    type: ToolCallType | None | Unset = UNSET
    """The type of the tool call."""
    function: ToolCallFunction | None | Unset = UNSET
    index: int | None | Unset = UNSET
    """Position of this tool call in the message's tool_calls (used by streamed deltas)."""
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset({"id", "type", "function", "index"})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ToolCall:
        """Build from JSON data; unknown keys go to `extra`."""
        f_type = data.get("type", UNSET)
        if f_type is not UNSET and f_type is not None:
            f_type = ToolCallType(f_type)
        f_function = data.get("function", UNSET)
        if f_function is not UNSET and f_function is not None:
            f_function = ToolCallFunction.from_dict(f_function)
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.id = data.get("id", UNSET)
        obj.type = f_type
        obj.function = f_function
        obj.index = data.get("index", UNSET)
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        if type(self.id) is not Unset:
            out["id"] = self.id
        if type(self.type) is not Unset:
            out["type"] = self.type
        if type(self.function) is not Unset:
            out["function"] = None if self.function is None else self.function.to_dict()
        if type(self.index) is not Unset:
            out["index"] = self.index
        return out


@_dc.dataclass(slots=True, kw_only=True)
class ToolCallFunction:
    name: str | None | Unset = UNSET
    """The name of the function to call."""
    arguments: str | None | Unset = UNSET
    """The arguments to call the function with, as a JSON string."""
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset({"name", "arguments"})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ToolCallFunction:
        """Build from JSON data; unknown keys go to `extra`."""
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.name = data.get("name", UNSET)
        obj.arguments = data.get("arguments", UNSET)
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        if type(self.name) is not Unset:
            out["name"] = self.name
        if type(self.arguments) is not Unset:
            out["arguments"] = self.arguments
        return out


@_dc.dataclass(slots=True, kw_only=True)
class ToolMessage:
    """The result of a tool call, sent back to the model."""

    role: str
    content: str | list[ContentChunk]
    """The tool's result, usually a JSON string."""
    tool_call_id: str | None | Unset = UNSET
    """The id of the tool call (from the assistant's tool_calls) this message answers. Always send it: the model matches results to calls with it."""
    name: str | None | Unset = UNSET
    """The name of the tool that was called."""
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset(
        {"role", "content", "tool_call_id", "name"}
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ToolMessage:
        """Build from JSON data; unknown keys go to `extra`."""
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.role = data["role"]
        obj.content = _decode_str_or_list_ContentChunk(data["content"])
        obj.tool_call_id = data.get("tool_call_id", UNSET)
        obj.name = data.get("name", UNSET)
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        out["role"] = self.role
        out["content"] = _rt.encode_json(self.content)
        if type(self.tool_call_id) is not Unset:
            out["tool_call_id"] = self.tool_call_id
        if type(self.name) is not Unset:
            out["name"] = self.name
        return out


@_dc.dataclass(slots=True, kw_only=True)
class Tool:
    type: ToolType
    """The type of the tool. Currently only function is supported."""
    function: FunctionDefinition
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset({"type", "function"})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Tool:
        """Build from JSON data; unknown keys go to `extra`."""
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.type = ToolType(data["type"])
        obj.function = FunctionDefinition.from_dict(data["function"])
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        out["type"] = self.type
        out["function"] = self.function.to_dict()
        return out


@_dc.dataclass(slots=True, kw_only=True)
class FunctionDefinition:
    name: str
    """The name of the function to be called."""
    description: str | None | Unset = UNSET
    """A description of what the function does."""
    parameters: dict[str, Any] | None | Unset = UNSET
    """The parameters the function accepts, described as a JSON Schema object."""
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset({"name", "description", "parameters"})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FunctionDefinition:
        """Build from JSON data; unknown keys go to `extra`."""
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.name = data["name"]
        obj.description = data.get("description", UNSET)
        obj.parameters = data.get("parameters", UNSET)
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        out["name"] = self.name
        if type(self.description) is not Unset:
            out["description"] = self.description
        if type(self.parameters) is not Unset:
            out["parameters"] = self.parameters
        return out


@_dc.dataclass(slots=True, kw_only=True)
class Prediction:
    """An expected completion (for example the current version of a file being edited), which speeds up answers that mostly repeat it."""

    type: str
    content: str
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset({"type", "content"})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Prediction:
        """Build from JSON data; unknown keys go to `extra`."""
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.type = data["type"]
        obj.content = data["content"]
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        out["type"] = self.type
        out["content"] = self.content
        return out


@_dc.dataclass(slots=True, kw_only=True)
class ResponseFormat:
    """The format the model must output. `{"type": "text"}` (the default) is free text; `{"type": "json_object"}` enables JSON mode (instruct the model to produce JSON in a message too); `{"type": "json_schema", "json_schema": {...}}` makes the output JSON that follows the schema."""

    type: ResponseFormatType | None | Unset = UNSET
    """Default: 'text'"""
    json_schema: JsonSchema | None | Unset = UNSET
    """A named JSON Schema the model's output must follow (response_format type json_schema)."""
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset({"type", "json_schema"})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ResponseFormat:
        """Build from JSON data; unknown keys go to `extra`."""
        f_type = data.get("type", UNSET)
        if f_type is not UNSET and f_type is not None:
            f_type = ResponseFormatType(f_type)
        f_json_schema = data.get("json_schema", UNSET)
        if f_json_schema is not UNSET and f_json_schema is not None:
            f_json_schema = JsonSchema.from_dict(f_json_schema)
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.type = f_type
        obj.json_schema = f_json_schema
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        if type(self.type) is not Unset:
            out["type"] = self.type
        if type(self.json_schema) is not Unset:
            out["json_schema"] = (
                None if self.json_schema is None else self.json_schema.to_dict()
            )
        return out


@_dc.dataclass(slots=True, kw_only=True)
class JsonSchema:
    """A named JSON Schema the model's output must follow (response_format type json_schema)."""

    name: str
    """Name of the schema."""
    description: str | None | Unset = UNSET
    """What the schema describes."""
    schema: dict[str, Any]
    """The JSON Schema itself, as a free-form object."""
    strict: bool | None | Unset = UNSET
    """Whether the output must follow the schema strictly.

    Default: False"""
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset(
        {"name", "description", "schema", "strict"}
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> JsonSchema:
        """Build from JSON data; unknown keys go to `extra`."""
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.name = data["name"]
        obj.description = data.get("description", UNSET)
        obj.schema = data["schema"]
        obj.strict = data.get("strict", UNSET)
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        out["name"] = self.name
        if type(self.description) is not Unset:
            out["description"] = self.description
        out["schema"] = self.schema
        if type(self.strict) is not Unset:
            out["strict"] = self.strict
        return out


@_dc.dataclass(slots=True, kw_only=True)
class ToolChoice:
    """Forces the model to call one specific function."""

    type: ToolChoiceType
    function: ToolChoiceFunction
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset({"type", "function"})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ToolChoice:
        """Build from JSON data; unknown keys go to `extra`."""
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.type = ToolChoiceType(data["type"])
        obj.function = ToolChoiceFunction.from_dict(data["function"])
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        out["type"] = self.type
        out["function"] = self.function.to_dict()
        return out


@_dc.dataclass(slots=True, kw_only=True)
class ToolChoiceFunction:
    name: str
    """The name of the function to call."""
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset({"name"})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ToolChoiceFunction:
        """Build from JSON data; unknown keys go to `extra`."""
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.name = data["name"]
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        out["name"] = self.name
        return out


@_dc.dataclass(slots=True, kw_only=True)
class ChatCompletionResponse:
    id: str
    """A unique identifier for the chat completion."""
    object: ChatCompletionResponseObject
    """The object type, always chat.completion."""
    created: int
    """The Unix timestamp in seconds of when the completion was created."""
    model: str
    """The model used for the chat completion."""
    choices: list[ChatCompletionChoice]
    """A list of chat completion choices."""
    usage: Usage
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset(
        {"id", "object", "created", "model", "choices", "usage"}
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ChatCompletionResponse:
        """Build from JSON data; unknown keys go to `extra`."""
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.id = data["id"]
        obj.object = ChatCompletionResponseObject(data["object"])
        obj.created = data["created"]
        obj.model = data["model"]
        obj.choices = [ChatCompletionChoice.from_dict(v0) for v0 in data["choices"]]
        obj.usage = Usage.from_dict(data["usage"])
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        out["id"] = self.id
        out["object"] = self.object
        out["created"] = self.created
        out["model"] = self.model
        out["choices"] = [v0.to_dict() for v0 in self.choices]
        out["usage"] = self.usage.to_dict()
        return out


@_dc.dataclass(slots=True, kw_only=True)
class ChatCompletionChoice:
    index: int | None | Unset = UNSET
    """The index of the choice in the list of choices."""
    message: AssistantMessage | None | Unset = UNSET
    """A message from the assistant: the model's answer, or an earlier answer sent back as part of the conversation (possibly with the tool calls it asked for)."""
    finish_reason: ChatCompletionChoiceFinishReason | None | Unset = UNSET
    """The reason the model stopped generating tokens."""
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset({"index", "message", "finish_reason"})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ChatCompletionChoice:
        """Build from JSON data; unknown keys go to `extra`."""
        f_message = data.get("message", UNSET)
        if f_message is not UNSET and f_message is not None:
            f_message = AssistantMessage.from_dict(f_message)
        f_finish_reason = data.get("finish_reason", UNSET)
        if f_finish_reason is not UNSET and f_finish_reason is not None:
            f_finish_reason = ChatCompletionChoiceFinishReason(f_finish_reason)
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.index = data.get("index", UNSET)
        obj.message = f_message
        obj.finish_reason = f_finish_reason
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        if type(self.index) is not Unset:
            out["index"] = self.index
        if type(self.message) is not Unset:
            out["message"] = None if self.message is None else self.message.to_dict()
        if type(self.finish_reason) is not Unset:
            out["finish_reason"] = self.finish_reason
        return out


@_dc.dataclass(slots=True, kw_only=True)
class Usage:
    prompt_tokens: int | None | Unset = UNSET
    """Number of tokens in the prompt."""
    completion_tokens: int | None | Unset = UNSET
    """Number of tokens in the generated completion."""
    total_tokens: int | None | Unset = UNSET
    """Total number of tokens used in the request."""
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset(
        {"prompt_tokens", "completion_tokens", "total_tokens"}
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Usage:
        """Build from JSON data; unknown keys go to `extra`."""
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.prompt_tokens = data.get("prompt_tokens", UNSET)
        obj.completion_tokens = data.get("completion_tokens", UNSET)
        obj.total_tokens = data.get("total_tokens", UNSET)
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        if type(self.prompt_tokens) is not Unset:
            out["prompt_tokens"] = self.prompt_tokens
        if type(self.completion_tokens) is not Unset:
            out["completion_tokens"] = self.completion_tokens
        if type(self.total_tokens) is not Unset:
            out["total_tokens"] = self.total_tokens
        return out


@_dc.dataclass(slots=True, kw_only=True)
class Error:
    message: str | None | Unset = UNSET
    """A human-readable error message."""
    type: str | None | Unset = UNSET
    """The type of error."""
    code: int | None | Unset = UNSET
    """The HTTP status code."""
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset({"message", "type", "code"})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Error:
        """Build from JSON data; unknown keys go to `extra`."""
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.message = data.get("message", UNSET)
        obj.type = data.get("type", UNSET)
        obj.code = data.get("code", UNSET)
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        if type(self.message) is not Unset:
            out["message"] = self.message
        if type(self.type) is not Unset:
            out["type"] = self.type
        if type(self.code) is not Unset:
            out["code"] = self.code
        return out


@_dc.dataclass(slots=True, kw_only=True)
class CompletionEvent:
    """One server-sent event of a streamed completion; `data` is the chunk."""

    data: CompletionChunk
    """A piece of a streamed completion. The last chunk has the finish_reason and the token usage."""
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset({"data"})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CompletionEvent:
        """Build from JSON data; unknown keys go to `extra`."""
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.data = CompletionChunk.from_dict(data["data"])
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        out["data"] = self.data.to_dict()
        return out


@_dc.dataclass(slots=True, kw_only=True)
class CompletionChunk:
    """A piece of a streamed completion. The last chunk has the finish_reason and the token usage."""

    id: str
    object: str | None | Unset = UNSET
    """The object type, `chat.completion.chunk`."""
    created: int | None | Unset = UNSET
    """The Unix timestamp in seconds of when the completion was created."""
    model: str
    usage: Usage | None | Unset = UNSET
    choices: list[CompletionResponseStreamChoice]
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset(
        {"id", "object", "created", "model", "usage", "choices"}
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CompletionChunk:
        """Build from JSON data; unknown keys go to `extra`."""
        f_usage = data.get("usage", UNSET)
        if f_usage is not UNSET and f_usage is not None:
            f_usage = Usage.from_dict(f_usage)
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.id = data["id"]
        obj.object = data.get("object", UNSET)
        obj.created = data.get("created", UNSET)
        obj.model = data["model"]
        obj.usage = f_usage
        obj.choices = [
            CompletionResponseStreamChoice.from_dict(v0) for v0 in data["choices"]
        ]
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        out["id"] = self.id
        if type(self.object) is not Unset:
            out["object"] = self.object
        if type(self.created) is not Unset:
            out["created"] = self.created
        out["model"] = self.model
        if type(self.usage) is not Unset:
            out["usage"] = None if self.usage is None else self.usage.to_dict()
        out["choices"] = [v0.to_dict() for v0 in self.choices]
        return out


@_dc.dataclass(slots=True, kw_only=True)
class CompletionResponseStreamChoice:
    index: int
    delta: DeltaMessage
    """What a stream chunk adds to the message being generated."""
    finish_reason: CompletionResponseStreamChoiceFinishReason | None
    """null until the last chunk of this choice."""
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset({"index", "delta", "finish_reason"})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CompletionResponseStreamChoice:
        """Build from JSON data; unknown keys go to `extra`."""
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.index = data["index"]
        obj.delta = DeltaMessage.from_dict(data["delta"])
        obj.finish_reason = (
            None
            if data["finish_reason"] is None
            else CompletionResponseStreamChoiceFinishReason(data["finish_reason"])
        )
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        out["index"] = self.index
        out["delta"] = self.delta.to_dict()
        out["finish_reason"] = self.finish_reason
        return out


@_dc.dataclass(slots=True, kw_only=True)
class DeltaMessage:
    """What a stream chunk adds to the message being generated."""

    role: str | None | Unset = UNSET
    content: str | list[ContentChunk] | None | Unset = UNSET
    tool_calls: list[ToolCall] | None | Unset = UNSET
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset({"role", "content", "tool_calls"})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeltaMessage:
        """Build from JSON data; unknown keys go to `extra`."""
        f_content = data.get("content", UNSET)
        if f_content is not UNSET and f_content is not None:
            f_content = _decode_str_or_list_ContentChunk(f_content)
        f_tool_calls = data.get("tool_calls", UNSET)
        if f_tool_calls is not UNSET and f_tool_calls is not None:
            f_tool_calls = [ToolCall.from_dict(v0) for v0 in f_tool_calls]
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.role = data.get("role", UNSET)
        obj.content = f_content
        obj.tool_calls = f_tool_calls
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        if type(self.role) is not Unset:
            out["role"] = self.role
        if type(self.content) is not Unset:
            out["content"] = (
                None if self.content is None else _rt.encode_json(self.content)
            )
        if type(self.tool_calls) is not Unset:
            out["tool_calls"] = (
                None
                if self.tool_calls is None
                else [v1.to_dict() for v1 in self.tool_calls]
            )
        return out


@_dc.dataclass(slots=True, kw_only=True)
class HTTPValidationError:
    """The request failed validation."""

    detail: list[ValidationError] | None | Unset = UNSET
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset({"detail"})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> HTTPValidationError:
        """Build from JSON data; unknown keys go to `extra`."""
        f_detail = data.get("detail", UNSET)
        if f_detail is not UNSET and f_detail is not None:
            f_detail = [ValidationError.from_dict(v0) for v0 in f_detail]
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.detail = f_detail
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        if type(self.detail) is not Unset:
            out["detail"] = (
                None if self.detail is None else [v1.to_dict() for v1 in self.detail]
            )
        return out


@_dc.dataclass(slots=True, kw_only=True)
class ValidationError:
    loc: list[str | int]
    """Where the error is, e.g. ["body", "messages", 0, "content"]."""
    msg: str
    """What is wrong."""
    type: str
    """The kind of error."""
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset({"loc", "msg", "type"})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ValidationError:
        """Build from JSON data; unknown keys go to `extra`."""
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.loc = data["loc"]
        obj.msg = data["msg"]
        obj.type = data["type"]
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        out["loc"] = self.loc
        out["msg"] = self.msg
        out["type"] = self.type
        return out


@_dc.dataclass(slots=True, kw_only=True)
class EmbeddingRequest:
    model: str
    """ID of the model to use."""
    input: str | list[str]
    """The text to embed, or a list of texts."""
    encoding_format: EmbeddingRequestEncodingFormat | None | Unset = UNSET
    """The format of the embeddings in the response.

    Default: 'float'"""
    output_dimension: int | None | Unset = UNSET
    """The dimension of the output embeddings, for models that support it (codestral-embed). If not given, the model's default dimension is used."""
    output_dtype: EmbeddingRequestOutputDtype | None | Unset = UNSET
    """The data type of the output embeddings, for models that support it.

    Default: 'float'"""
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset(
        {"model", "input", "encoding_format", "output_dimension", "output_dtype"}
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EmbeddingRequest:
        """Build from JSON data; unknown keys go to `extra`."""
        f_encoding_format = data.get("encoding_format", UNSET)
        if f_encoding_format is not UNSET and f_encoding_format is not None:
            f_encoding_format = EmbeddingRequestEncodingFormat(f_encoding_format)
        f_output_dtype = data.get("output_dtype", UNSET)
        if f_output_dtype is not UNSET and f_output_dtype is not None:
            f_output_dtype = EmbeddingRequestOutputDtype(f_output_dtype)
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.model = data["model"]
        obj.input = data["input"]
        obj.encoding_format = f_encoding_format
        obj.output_dimension = data.get("output_dimension", UNSET)
        obj.output_dtype = f_output_dtype
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        out["model"] = self.model
        out["input"] = self.input
        if type(self.encoding_format) is not Unset:
            out["encoding_format"] = self.encoding_format
        if type(self.output_dimension) is not Unset:
            out["output_dimension"] = self.output_dimension
        if type(self.output_dtype) is not Unset:
            out["output_dtype"] = self.output_dtype
        return out


@_dc.dataclass(slots=True, kw_only=True)
class EmbeddingResponse:
    id: str
    object: str
    """The object type, `list`."""
    model: str
    usage: Usage
    data: list[EmbeddingResponseData]
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset(
        {"id", "object", "model", "usage", "data"}
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EmbeddingResponse:
        """Build from JSON data; unknown keys go to `extra`."""
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.id = data["id"]
        obj.object = data["object"]
        obj.model = data["model"]
        obj.usage = Usage.from_dict(data["usage"])
        obj.data = [EmbeddingResponseData.from_dict(v0) for v0 in data["data"]]
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        out["id"] = self.id
        out["object"] = self.object
        out["model"] = self.model
        out["usage"] = self.usage.to_dict()
        out["data"] = [v0.to_dict() for v0 in self.data]
        return out


@_dc.dataclass(slots=True, kw_only=True)
class EmbeddingResponseData:
    object: str | None | Unset = UNSET
    """The object type, `embedding`."""
    embedding: list[float] | None | Unset = UNSET
    index: int | None | Unset = UNSET
    """Position of the input this embedding is for."""
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset({"object", "embedding", "index"})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EmbeddingResponseData:
        """Build from JSON data; unknown keys go to `extra`."""
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.object = data.get("object", UNSET)
        obj.embedding = data.get("embedding", UNSET)
        obj.index = data.get("index", UNSET)
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        if type(self.object) is not Unset:
            out["object"] = self.object
        if type(self.embedding) is not Unset:
            out["embedding"] = self.embedding
        if type(self.index) is not Unset:
            out["index"] = self.index
        return out


@_dc.dataclass(slots=True, kw_only=True)
class ModelList:
    object: str | None | Unset = UNSET
    """Default: 'list'"""
    data: list[Model] | None | Unset = UNSET
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset({"object", "data"})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModelList:
        """Build from JSON data; unknown keys go to `extra`."""
        f_data = data.get("data", UNSET)
        if f_data is not UNSET and f_data is not None:
            f_data = [Model.from_dict(v0) for v0 in f_data]
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.object = data.get("object", UNSET)
        obj.data = f_data
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        if type(self.object) is not Unset:
            out["object"] = self.object
        if type(self.data) is not Unset:
            out["data"] = (
                None if self.data is None else [v1.to_dict() for v1 in self.data]
            )
        return out


@_dc.dataclass(slots=True, kw_only=True)
class Model:
    """A model the API key can use: a base model (type `base`) or a fine-tuned one (type `fine-tuned`, with job, root and archived)."""

    id: str
    object: str | None | Unset = UNSET
    """Default: 'model'"""
    created: int | None | Unset = UNSET
    """The Unix timestamp in seconds of when the model was created."""
    owned_by: str | None | Unset = UNSET
    """Default: 'mistralai'"""
    capabilities: ModelCapabilities
    """What the model can do."""
    name: str | None | Unset = UNSET
    description: str | None | Unset = UNSET
    max_context_length: int | None | Unset = UNSET
    """Default: 32768"""
    aliases: list[str] | None | Unset = UNSET
    """Default: []"""
    deprecation: _dt.datetime | None | Unset = UNSET
    """When the model is (or was) retired."""
    deprecation_replacement_model: str | None | Unset = UNSET
    default_model_temperature: float | None | Unset = UNSET
    type: ModelType | None | Unset = UNSET
    """Default: 'base'"""
    job: str | None | Unset = UNSET
    """The fine-tuning job that made the model (fine-tuned models only)."""
    root: str | None | Unset = UNSET
    """The base model it was fine-tuned from (fine-tuned models only)."""
    archived: bool | None | Unset = UNSET
    """Whether the fine-tuned model is archived (fine-tuned models only).

    Default: False"""
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "object",
            "created",
            "owned_by",
            "capabilities",
            "name",
            "description",
            "max_context_length",
            "aliases",
            "deprecation",
            "deprecation_replacement_model",
            "default_model_temperature",
            "type",
            "job",
            "root",
            "archived",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Model:
        """Build from JSON data; unknown keys go to `extra`."""
        f_deprecation = data.get("deprecation", UNSET)
        if f_deprecation is not UNSET and f_deprecation is not None:
            f_deprecation = _rt.parse_datetime(f_deprecation)
        f_type = data.get("type", UNSET)
        if f_type is not UNSET and f_type is not None:
            f_type = ModelType(f_type)
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.id = data["id"]
        obj.object = data.get("object", UNSET)
        obj.created = data.get("created", UNSET)
        obj.owned_by = data.get("owned_by", UNSET)
        obj.capabilities = ModelCapabilities.from_dict(data["capabilities"])
        obj.name = data.get("name", UNSET)
        obj.description = data.get("description", UNSET)
        obj.max_context_length = data.get("max_context_length", UNSET)
        obj.aliases = data.get("aliases", UNSET)
        obj.deprecation = f_deprecation
        obj.deprecation_replacement_model = data.get(
            "deprecation_replacement_model", UNSET
        )
        obj.default_model_temperature = data.get("default_model_temperature", UNSET)
        obj.type = f_type
        obj.job = data.get("job", UNSET)
        obj.root = data.get("root", UNSET)
        obj.archived = data.get("archived", UNSET)
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        out["id"] = self.id
        if type(self.object) is not Unset:
            out["object"] = self.object
        if type(self.created) is not Unset:
            out["created"] = self.created
        if type(self.owned_by) is not Unset:
            out["owned_by"] = self.owned_by
        out["capabilities"] = self.capabilities.to_dict()
        if type(self.name) is not Unset:
            out["name"] = self.name
        if type(self.description) is not Unset:
            out["description"] = self.description
        if type(self.max_context_length) is not Unset:
            out["max_context_length"] = self.max_context_length
        if type(self.aliases) is not Unset:
            out["aliases"] = self.aliases
        if type(self.deprecation) is not Unset:
            out["deprecation"] = (
                None if self.deprecation is None else self.deprecation.isoformat()
            )
        if type(self.deprecation_replacement_model) is not Unset:
            out["deprecation_replacement_model"] = self.deprecation_replacement_model
        if type(self.default_model_temperature) is not Unset:
            out["default_model_temperature"] = self.default_model_temperature
        if type(self.type) is not Unset:
            out["type"] = self.type
        if type(self.job) is not Unset:
            out["job"] = self.job
        if type(self.root) is not Unset:
            out["root"] = self.root
        if type(self.archived) is not Unset:
            out["archived"] = self.archived
        return out


@_dc.dataclass(slots=True, kw_only=True)
class ModelCapabilities:
    """What the model can do."""

    completion_chat: bool | None | Unset = UNSET
    """Default: False"""
    completion_fim: bool | None | Unset = UNSET
    """Default: False"""
    function_calling: bool | None | Unset = UNSET
    """Default: False"""
    fine_tuning: bool | None | Unset = UNSET
    """Default: False"""
    vision: bool | None | Unset = UNSET
    """Default: False"""
    reasoning: bool | None | Unset = UNSET
    """Default: False"""
    ocr: bool | None | Unset = UNSET
    """Default: False"""
    classification: bool | None | Unset = UNSET
    """Default: False"""
    moderation: bool | None | Unset = UNSET
    """Default: False"""
    audio: bool | None | Unset = UNSET
    """Default: False"""
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset(
        {
            "completion_chat",
            "completion_fim",
            "function_calling",
            "fine_tuning",
            "vision",
            "reasoning",
            "ocr",
            "classification",
            "moderation",
            "audio",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModelCapabilities:
        """Build from JSON data; unknown keys go to `extra`."""
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.completion_chat = data.get("completion_chat", UNSET)
        obj.completion_fim = data.get("completion_fim", UNSET)
        obj.function_calling = data.get("function_calling", UNSET)
        obj.fine_tuning = data.get("fine_tuning", UNSET)
        obj.vision = data.get("vision", UNSET)
        obj.reasoning = data.get("reasoning", UNSET)
        obj.ocr = data.get("ocr", UNSET)
        obj.classification = data.get("classification", UNSET)
        obj.moderation = data.get("moderation", UNSET)
        obj.audio = data.get("audio", UNSET)
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        if type(self.completion_chat) is not Unset:
            out["completion_chat"] = self.completion_chat
        if type(self.completion_fim) is not Unset:
            out["completion_fim"] = self.completion_fim
        if type(self.function_calling) is not Unset:
            out["function_calling"] = self.function_calling
        if type(self.fine_tuning) is not Unset:
            out["fine_tuning"] = self.fine_tuning
        if type(self.vision) is not Unset:
            out["vision"] = self.vision
        if type(self.reasoning) is not Unset:
            out["reasoning"] = self.reasoning
        if type(self.ocr) is not Unset:
            out["ocr"] = self.ocr
        if type(self.classification) is not Unset:
            out["classification"] = self.classification
        if type(self.moderation) is not Unset:
            out["moderation"] = self.moderation
        if type(self.audio) is not Unset:
            out["audio"] = self.audio
        return out


@_dc.dataclass(slots=True, kw_only=True)
class FIMCompletionRequest:
    model: str
    """ID of the model with FIM to use (`codestral-latest`, `codestral-2508`, ...)."""
    prompt: str
    """The text/code to complete."""
    suffix: str | None | Unset = UNSET
    """Text/code that follows the completion. Given a prompt and a suffix, the model fills what is between them; without a suffix it simply continues the prompt."""
    temperature: float | None | Unset = UNSET
    """Sampling temperature; we recommend between 0.0 and 0.7. The default depends on the model."""
    top_p: float | None | Unset = UNSET
    """Nucleus sampling; we recommend altering this or temperature but not both.

    Default: 1.0"""
    max_tokens: int | None | Unset = UNSET
    """The maximum number of tokens to generate in the completion."""
    min_tokens: int | None | Unset = UNSET
    """The minimum number of tokens to generate in the completion."""
    stream: bool | None | Unset = UNSET
    """Whether to stream back partial progress as server-sent events, terminated by a `data: [DONE]` message.

    Default: False"""
    stop: str | list[str] | None | Unset = UNSET
    """Stop generation if this token is detected, or one of these tokens when an array."""
    random_seed: int | None | Unset = UNSET
    """The seed to use for random sampling; the same seed gives the same results."""
    extra: dict[str, Any] = _dc.field(default_factory=dict)
    """Properties the spec does not name, kept as they came."""

    _WIRE: ClassVar[frozenset[str]] = frozenset(
        {
            "model",
            "prompt",
            "suffix",
            "temperature",
            "top_p",
            "max_tokens",
            "min_tokens",
            "stream",
            "stop",
            "random_seed",
        }
    )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FIMCompletionRequest:
        """Build from JSON data; unknown keys go to `extra`."""
        # every field is set below: cheaper than cls(...) and its keyword matching
        obj = object.__new__(cls)
        obj.model = data["model"]
        obj.prompt = data["prompt"]
        obj.suffix = data.get("suffix", UNSET)
        obj.temperature = data.get("temperature", UNSET)
        obj.top_p = data.get("top_p", UNSET)
        obj.max_tokens = data.get("max_tokens", UNSET)
        obj.min_tokens = data.get("min_tokens", UNSET)
        obj.stream = data.get("stream", UNSET)
        obj.stop = data.get("stop", UNSET)
        obj.random_seed = data.get("random_seed", UNSET)
        wire = cls._WIRE
        obj.extra = (
            {}
            if wire.issuperset(data)
            else {k: v for k, v in data.items() if k not in wire}
        )
        return obj

    def to_dict(self) -> dict[str, Any]:
        """JSON data; fields never set are left out, fields set to None are sent as null."""
        out: dict[str, Any] = dict(self.extra)
        out["model"] = self.model
        out["prompt"] = self.prompt
        if type(self.suffix) is not Unset:
            out["suffix"] = self.suffix
        if type(self.temperature) is not Unset:
            out["temperature"] = self.temperature
        if type(self.top_p) is not Unset:
            out["top_p"] = self.top_p
        if type(self.max_tokens) is not Unset:
            out["max_tokens"] = self.max_tokens
        if type(self.min_tokens) is not Unset:
            out["min_tokens"] = self.min_tokens
        if type(self.stream) is not Unset:
            out["stream"] = self.stream
        if type(self.stop) is not Unset:
            out["stop"] = self.stop
        if type(self.random_seed) is not Unset:
            out["random_seed"] = self.random_seed
        return out


def _decode_SystemMessage_or_UserMessage_or_Assistant_95c04980fa(
    data: Any,
) -> SystemMessage | UserMessage | AssistantMessage | ToolMessage:
    if isinstance(data, dict) and data.get("role") == "system":
        return SystemMessage.from_dict(data)
    if isinstance(data, dict) and data.get("role") == "user":
        return UserMessage.from_dict(data)
    if isinstance(data, dict) and data.get("role") == "assistant":
        return AssistantMessage.from_dict(data)
    if isinstance(data, dict) and data.get("role") == "tool":
        return ToolMessage.from_dict(data)
    return cast("SystemMessage | UserMessage | AssistantMessage | ToolMessage", data)


def _decode_ToolChoice_or_ToolChoiceEnum(data: Any) -> ToolChoice | ToolChoiceEnum:
    if isinstance(data, dict) and {"function", "type"} <= data.keys():
        return ToolChoice.from_dict(data)
    if isinstance(data, str) and data in ToolChoiceEnum._value2member_map_:
        return ToolChoiceEnum(data)
    return cast("ToolChoice | ToolChoiceEnum", data)


def _decode_str_or_list_TextChunk(data: Any) -> str | list[TextChunk]:
    if isinstance(data, list):
        return [TextChunk.from_dict(v1) for v1 in data]
    return cast("str | list[TextChunk]", data)


def _decode_TextChunk_or_ImageURLChunk_or_ThinkChunk(
    data: Any,
) -> TextChunk | ImageURLChunk | ThinkChunk:
    if isinstance(data, dict) and data.get("type") == "text":
        return TextChunk.from_dict(data)
    if isinstance(data, dict) and data.get("type") == "image_url":
        return ImageURLChunk.from_dict(data)
    if isinstance(data, dict) and data.get("type") == "thinking":
        return ThinkChunk.from_dict(data)
    return cast("TextChunk | ImageURLChunk | ThinkChunk", data)


def _decode_str_or_list_ContentChunk(data: Any) -> str | list[ContentChunk]:
    if isinstance(data, list):
        return [_decode_TextChunk_or_ImageURLChunk_or_ThinkChunk(v1) for v1 in data]
    return cast("str | list[ContentChunk]", data)


def _decode_str_or_ImageURL(data: Any) -> str | ImageURL:
    if isinstance(data, dict) and {"url"} <= data.keys():
        return ImageURL.from_dict(data)
    return cast("str | ImageURL", data)


ContentChunk: TypeAlias = "TextChunk | ImageURLChunk | ThinkChunk"
"""One part of a message's content; the `type` field tells which kind."""


ChatMessage: TypeAlias = "SystemMessage | UserMessage | AssistantMessage | ToolMessage"
"""A message of the conversation; the `role` field tells which kind."""


FIMCompletionResponse = ChatCompletionResponse
"""A FIM completion; the same shape as a chat completion."""
