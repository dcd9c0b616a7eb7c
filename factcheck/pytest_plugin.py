"""pytest plugin (entry point ``pytest11``). Kept light: it loads in every pytest run."""

from __future__ import annotations
