"""Every surface form of the tagged values (DESIGN.md section 4, issue 3 item 2)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from loader.normalize import ValueProblem, read_count, read_hours, read_year, xsd_duration


@pytest.mark.parametrize(
    "text,value",
    [
        ("345 million parameters", 345_000_000),
        ("1.75 billion parameters", 1_750_000_000),
        ("86M", 86_000_000),
        ("14,000,000,000 parameters", 14_000_000_000),
        ("1,024", 1024),
        ("sixteen", 16),
        ("1.3B", 1_300_000_000),
        ("340M", 340_000_000),
        ("1,542 million", 1_542_000_000),
        ("7.5e9", 7_500_000_000),
        ("1.2 × 10^9", 1_200_000_000),
        ("1.2 x 10^9", 1_200_000_000),
        ("1.2×10⁹", 1_200_000_000),
        ("about 100,000 million", 100_000_000_000),
        ("175B", 175_000_000_000),
        ("13B-parameter", 13_000_000_000),
        ("2 trillion", 2_000_000_000_000),
        ("6.7 billion", 6_700_000_000),
        ("one hundred twenty-eight", 128),
        ("two thousand forty-eight", 2048),
        ("eight", 8),
        ("half a billion", 500_000_000),
        ("64", 64),
        ("~1.5B", 1_500_000_000),
        ("1.5 bn", 1_500_000_000),
        ("15 bln", 15_000_000_000),
        ("340 mln", 340_000_000),
        ("1.2 tn", 1_200_000_000_000),
        ("1 024", 1024),
        ("2 000 GPUs", 2000),
    ],
)
def test_counts(text, value):
    assert read_count(text).value == value


@pytest.mark.parametrize("text", ["approximately 425 million", "about 100,000 million", "roughly 2B", "~7B", "nearly 1,000"])
def test_hedges_are_flagged(text):
    assert read_count(text).approximate


@pytest.mark.parametrize("text", ["many parameters", "a few hundred", "", "0", "billions"])
def test_unreadable_counts_are_problems_not_numbers(text):
    with pytest.raises(ValueProblem):
        read_count(text)


@pytest.mark.parametrize(
    "text,hours",
    [
        ("approximately 4 weeks", 672),
        ("12 days", 288),
        ("2.5 days", 60),
        ("120 hours", 120),
        ("36h", 36),
        ("36 hrs", 36),
        ("2.5 months", 1825),
        ("about 23.5 weeks", Decimal("3948")),
        ("roughly 1,000 hours", 1000),
        ("one week", 168),
        ("three days", 72),
        ("1 year", 8760),
        ("a month", 730),
        ("3 days and 12 hours", 84),
        ("two and a half weeks", 420),
        ("90 minutes", Decimal("1.5")),
        ("20 minutes", Decimal("0.333333")),
        ("7200 s", Decimal("2")),
        ("a fortnight", 336),
        ("a couple of days", 48),
        ("4-5 days", 108),
    ],
)
def test_durations_in_hours(text, hours):
    assert read_hours(text).value == Decimal(hours)


@pytest.mark.parametrize("text", ["9,200 GPU-hours", "a while", "several epochs", "2,000 TPU-days",
                                  "4.5 hours per epoch", "2 hours an epoch"])
def test_durations_that_are_not_wall_clock_time_are_problems(text):
    with pytest.raises(ValueProblem):
        read_hours(text)


def test_year_forms():
    assert read_year("2022").value == 2022
    assert read_year("late 2021").value == 2021
    with pytest.raises(ValueProblem):
        read_year("2021 and 2022")
    with pytest.raises(ValueProblem):
        read_year("last spring")


def test_xsd_duration_keeps_hours():
    assert xsd_duration(Decimal(672)) == "PT672H"
    assert xsd_duration(Decimal(1825)) == "PT1825H"
    assert xsd_duration(Decimal("1.5")) == "PT1H30M"


@pytest.mark.parametrize("text,value", [("a single", 1), ("a dozen", 12), ("two dozen", 24), ("twenty-one", 21), ("an", 1)])
def test_articles_and_dozens(text, value):
    assert read_count(text).value == value


def test_restated_and_half_durations():
    assert read_hours("12 days (288 hours)").value == 288
    assert read_hours("a week and a half").value == 252


@pytest.mark.parametrize("text,value", [("280 billion (280B)", 280_000_000_000), ("7B (6.7B non-embedding)", 7_000_000_000), ("540-billion parameter", 540_000_000_000)])
def test_parenthetical_restatements(text, value):
    assert read_count(text).value == value


def test_ranges_scale_each_end():
    assert read_count("between 100 million and 1 billion").value == 550_000_000
    assert read_count("4-5B").value == 4_500_000_000
    assert read_count("4-5B").approximate


@pytest.mark.parametrize(("text", "count"), [("2 x 8", 16), ("16×8 GPUs", 128), ("about 4 x 8", 32)])
def test_a_product_of_nodes_and_accelerators_is_read_as_its_value(text, count):
    assert read_count(text).value == count


def test_a_citation_year_with_a_letter():
    assert read_year("2023a").value == 2023


@pytest.mark.parametrize("text", ["32 512-token sequences", "16 128-core TPU pods", "8 100GB GPUs"])
def test_numbers_side_by_side_are_not_one_digit_group(text):
    with pytest.raises(ValueProblem):
        read_count(text)


@pytest.mark.parametrize(("text", "hours"), [("3 days on 8 A100s", Decimal(72)), ("about 2 weeks on TPU v3s", Decimal(336))])
def test_a_plural_s_after_a_chip_name_is_not_seconds(text, hours):
    assert read_hours(text).value == hours
