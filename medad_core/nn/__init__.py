"""Shared network pieces reused across methods (feature extraction, MIL heads, losses, memory banks, flows)."""
