"""One module per group of operations (generated; do not edit)."""

__all__ = []
