"""Figure, Mention and Fact are frozen, slotted records: their fast __init__ keeps every
property of one."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from decimal import Decimal

import pytest

import factcheck
from factcheck import Figure


def _full() -> Figure:
    return Figure(
        "money", "rund 5 Mio. €", 3, 16, Decimal(5000000), Decimal(4500000), Decimal(5500000),
        "about", "EUR", "Mio.", "Kosten", Decimal(100000), None, 2,
        frozenset({"ambiguous-format"}), Decimal(5),
    )


def test_positional_and_keyword_construction_agree() -> None:
    a = _full()
    b = Figure(
        kind="money", text="rund 5 Mio. €", start=3, end=16, value=Decimal(5000000),
        low=Decimal(4500000), high=Decimal(5500000), qualifier="about", unit="EUR",
        scale="Mio.", head="Kosten", precision=Decimal(100000), weekday=2,
        flags=frozenset({"ambiguous-format"}), alt_value=Decimal(5),
    )
    assert a == b and hash(a) == hash(b) and repr(a) == repr(b)
    assert type(a) is Figure and isinstance(a, Figure)


def test_defaults() -> None:
    f = Figure("number", "5", 0, 1, Decimal(5))
    assert (f.low, f.high, f.qualifier, f.unit, f.scale, f.head, f.precision) == (None,) * 7
    assert (f.value_end, f.weekday, f.alt_value) == (None, None, None)
    assert f.flags == frozenset() and isinstance(f.flags, frozenset)
    assert repr(f) == (
        "Figure(kind='number', text='5', start=0, end=1, value=Decimal('5'), low=None, "
        "high=None, qualifier=None, unit=None, scale=None, head=None, precision=None, "
        "value_end=None, weekday=None, flags=frozenset(), alt_value=None)"
    )


def test_frozen_and_slotted() -> None:
    f = _full()
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.kind = "number"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del f.value  # type: ignore[misc]
    with pytest.raises((AttributeError, TypeError, dataclasses.FrozenInstanceError)):
        f.extra = 1  # type: ignore[attr-defined]
    assert not hasattr(f, "__dict__")
    assert Figure.__slots__ == tuple(x.name for x in dataclasses.fields(Figure))


def test_equality_and_hash_by_fields() -> None:
    a, b = _full(), _full()
    assert a == b and a is not b and hash(a) == hash(b)
    c = dataclasses.replace(a, qualifier="over")
    assert c != a and c.qualifier == "over" and type(c) is Figure
    assert len({a, b, c}) == 2


def test_pickle_copy_asdict() -> None:
    f = _full()
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        g = pickle.loads(pickle.dumps(f, proto))
        assert g == f and type(g) is Figure
    assert copy.copy(f) == f and copy.deepcopy(f) == f
    d = dataclasses.asdict(f)
    assert list(d) == list(Figure.__slots__) and d["unit"] == "EUR"
    assert Figure(**d) == f


def test_subclass_still_constructs() -> None:
    class Sub(Figure):
        __slots__ = ("note",)

    s = Sub("number", "5", 0, 1, Decimal(5))
    assert type(s) is Sub and s.value == Decimal(5) and s.flags == frozenset()


def test_extracted_figures_are_figures() -> None:
    figs = factcheck.extract("über 5.000 Mitarbeiter und 3 % mehr", "de")
    assert figs and all(type(f) is Figure for f in figs)
    for f in figs:
        assert f == Figure(**dataclasses.asdict(f))
        with pytest.raises(dataclasses.FrozenInstanceError):
            f.start = 0  # type: ignore[misc]


@pytest.mark.parametrize("make", [
    lambda: factcheck.Mention(1, _full(), 4),
    lambda: factcheck.Mention(version=1, figure=_full(), paragraph=4),
    lambda: factcheck.Fact("money", (factcheck.Mention(0, _full()),), "differs"),
    lambda: factcheck.Fact(
        kind="money", mentions=(factcheck.Mention(0, _full()),), status="differs"
    ),
])
def test_mention_and_fact_records(make: object) -> None:
    a = make()  # type: ignore[operator]
    b = make()  # type: ignore[operator]
    assert a == b and hash(a) == hash(b) and repr(a) == repr(b)
    assert not hasattr(a, "__dict__")
    name = dataclasses.fields(a)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(a, name, 7)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(a, proto)) == a
    assert copy.copy(a) == a and copy.deepcopy(a) == a
    assert type(a)(**{f.name: getattr(a, f.name) for f in dataclasses.fields(a)}) == a


def test_mention_and_fact_defaults_and_replace() -> None:
    m = factcheck.Mention(2, _full())
    assert m.paragraph == 0 and m.version == 2 and m.figure == _full()
    fact = factcheck.Fact("money", (m,))
    assert fact.status == "agrees" and fact.by_version() == {2: m}
    other = dataclasses.replace(fact, status="missing")
    assert other.status == "missing" and other.mentions == (m,) and fact.status == "agrees"
    assert dataclasses.replace(m, paragraph=3) == factcheck.Mention(2, _full(), 3)
    assert repr(m).startswith("Mention(version=2, figure=Figure(")
    assert repr(fact).endswith("status='agrees')")


def test_mention_subclass_still_constructs() -> None:
    class Tagged(factcheck.Mention):
        __slots__ = ("tag",)

    t = Tagged(1, _full(), 2)
    assert (t.version, t.paragraph) == (1, 2) and isinstance(t, factcheck.Mention)
