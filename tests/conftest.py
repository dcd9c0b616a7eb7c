from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "fixtures"


@pytest.fixture
def shared() -> Path:
    """``../shared`` beside the project; tests that need it skip cleanly without it."""
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture
def seeds(shared: Path) -> tuple[str, str]:
    de = (shared / "seeds" / "000_9c40435dd12f61b7.txt").read_text(encoding="utf-8")
    fr = (shared / "seeds" / "001_e97ba794fa4d0071.txt").read_text(encoding="utf-8")
    return de, fr
