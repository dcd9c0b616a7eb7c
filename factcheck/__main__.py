"""``python -m factcheck``: the same command as the ``factcheck`` script."""

from __future__ import annotations

from .cli import run

if __name__ == "__main__":
    run()
