"""A line of years under a line of column-group names, read as one run of years per group: within
a group the years run one way (latest first, or earliest first), so a year that breaks that order
begins the next group. Every group prints the same years, some going further: "Total Assets
Capital Spending" over "2022  2021  2022  2021  2020" is Total Assets for 2022 and 2021 and
Capital Spending for 2022, 2021 and 2020 (a balance printed for two year-ends beside a flow printed
for three years). Runs that do not count out to one per group, or whose years differ other than by
some running further ("2024  2023  2022  2023  2022  2021"), give no reading."""

from __future__ import annotations

__all__ = ["year_runs"]


def year_runs(years: list[int], groups: int) -> list[list[int]] | None:
    """`years` split into `groups` runs, each in one order (strictly falling, or strictly rising
    where the line opens rising) and each the start of the longest, or None."""
    if groups < 1 or len(years) < groups:
        return None
    falling = len(years) < 2 or years[1] <= years[0]
    runs: list[list[int]] = [[years[0]]]
    for y in years[1:]:
        if (y < runs[-1][-1]) if falling else (y > runs[-1][-1]):
            runs[-1].append(y)
        else:
            runs.append([y])
    longest = max(runs, key=len)
    if len(runs) != groups or any(run != longest[: len(run)] for run in runs):
        return None
    return runs
