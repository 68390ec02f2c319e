"""OpenAPI → typed Python client generator: load → intermediate model → render."""

__version__ = "0.1.0"
