"""Retry policy shared by the sync and async loops: what to retry and how long to wait."""

from __future__ import annotations

import email.utils
import math
import random
import time
from typing import Final

import httpx

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "RETRYABLE_STATUS",
    "backoff_delay",
    "response_retry_delay",
    "retry_after_seconds",
    "should_retry_response",
]

DEFAULT_MAX_RETRIES: Final = 2
INITIAL_RETRY_DELAY: Final = 0.5
MAX_RETRY_DELAY: Final = 8.0
MAX_RETRY_AFTER: Final = 60.0
RETRYABLE_STATUS: Final = frozenset({408, 409, 429})


def should_retry_response(response: httpx.Response) -> bool:
    """`x-should-retry: true|false` decides when present; else 408, 409, 429 and 5xx are retried."""
    hint = response.headers.get("x-should-retry", "").strip().lower()
    if hint == "true":
        return True
    if hint == "false":
        return False
    return response.status_code in RETRYABLE_STATUS or response.status_code >= 500


def backoff_delay(retries_done: int) -> float:
    """Exponential backoff (0.5 s, 1 s, 2 s, ... capped at 8 s) minus up to 25 % jitter."""
    delay = min(INITIAL_RETRY_DELAY * (2.0 ** min(retries_done, 32)), MAX_RETRY_DELAY)
    return delay * (1.0 - 0.25 * random.random())


def retry_after_seconds(headers: httpx.Headers) -> float | None:
    """The server's wish from `retry-after-ms`, or `Retry-After` in seconds or as an HTTP date."""
    millis = _number(headers.get("retry-after-ms"))
    if millis is not None:
        return millis / 1000.0
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _number(value)
    if seconds is not None:
        return seconds
    try:
        parsed = email.utils.parsedate_tz(value)
        if parsed is None:
            return None
        when = email.utils.mktime_tz((*parsed[:9], parsed[9] or 0))  # no zone given: HTTP dates are GMT
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return max(0.0, when - time.time())


def _number(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    if not math.isfinite(number) or number < 0:
        return None
    return number


def response_retry_delay(response: httpx.Response, retries_done: int) -> float | None:
    """Seconds to wait before retrying after `response`, or None when it must not be retried.

    A `Retry-After` longer than MAX_RETRY_AFTER means "not now": the error is raised instead of waiting.
    """
    if not should_retry_response(response):
        return None
    wanted = retry_after_seconds(response.headers)
    if wanted is None:
        return backoff_delay(retries_done)
    if wanted > MAX_RETRY_AFTER:
        return None
    return wanted
