"""One module per group of operations (generated; do not edit)."""

from . import chat, embeddings, fim, models

__all__ = ["chat", "embeddings", "fim", "models"]
