"""One module per group of operations, each imported on first use (generated; do not edit)."""
