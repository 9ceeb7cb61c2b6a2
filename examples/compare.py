"""Cross-city comparison helpers for the example scripts: a targets table and a GDP chart.

Kept apart from ``summarize_cities.py`` so the table logic can be read (and tested) on its own.
Only headline targets (the year's 主要预期目标) are compared: they are what cities state in the
same form, so a row per city and a column per indicator is meaningful.
"""

from __future__ import annotations

import statistics
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from summarizer import ReportSummary, Target
from summarizer.models import format_number, format_target_value as format_target

__all__ = [
    "COMMON_INDICATORS",
    "GDP",
    "city_name",
    "comparison_markdown",
    "headline_targets",
    "gdp_chart",
    "find_cjk_font",
]

GDP = "地区生产总值"

# Column order for the comparison table; other indicators follow when at least two cities state them.
COMMON_INDICATORS = (
    GDP,
    "规模以上工业增加值",
    "固定资产投资",
    "社会消费品零售总额",
    "一般公共预算收入",
    "居民人均可支配收入",
    "城镇居民人均可支配收入",
    "农村居民人均可支配收入",
    "城镇调查失业率",
    "居民消费价格",
)


def city_name(summary: ReportSummary, index: int) -> str:
    return summary.region or summary.title or f"report-{index + 1}"


def headline_targets(summary: ReportSummary) -> dict[str, list[Target]]:
    """Headline targets grouped by canonical indicator, growth targets first."""
    grouped: dict[str, list[Target]] = {}
    for t in summary.targets:
        if t.headline:
            grouped.setdefault(t.canonical_indicator, []).append(t)
    for targets in grouped.values():
        targets.sort(key=lambda t: t.kind != "growth")
    return grouped


@dataclass(frozen=True)
class _Column:
    indicator: str
    cells: dict[str, list[Target]]  # city -> targets


def _columns(summaries: Sequence[ReportSummary]) -> list[_Column]:
    per_city = {city_name(s, i): headline_targets(s) for i, s in enumerate(summaries)}
    counts: dict[str, int] = {}
    for grouped in per_city.values():
        for ind in grouped:
            counts[ind] = counts.get(ind, 0) + 1
    extra = sorted(
        (ind for ind, n in counts.items() if n >= 2 and ind not in COMMON_INDICATORS),
        key=lambda ind: (-counts[ind], ind),
    )
    indicators = [ind for ind in COMMON_INDICATORS if counts.get(ind)] + extra
    return [
        _Column(ind, {city: g[ind] for city, g in per_city.items() if ind in g}) for ind in indicators
    ]


def comparison_markdown(summaries: Sequence[ReportSummary]) -> str:
    """One row per city, one column per common indicator, then the spread of each indicator."""
    columns = _columns(summaries)
    cities = [city_name(s, i) for i, s in enumerate(summaries)]
    lines = [
        "# 各城市主要预期目标对比",
        "",
        "| 城市 | 年份 | " + " | ".join(c.indicator for c in columns) + " |",
        "|---|---|" + "---|" * len(columns),
    ]
    for city, summary in zip(cities, summaries):
        cells = [" / ".join(format_target(t) for t in c.cells.get(city, [])) or "—" for c in columns]
        lines.append(f"| {city} | {summary.plan_year or summary.year or ''} | " + " | ".join(cells) + " |")
    lines += ["", "## 分布", ""]
    lines += [_spread_line(c) for c in columns]
    return "\n".join(lines) + "\n"


def _spread_line(column: _Column) -> str:
    # Compare like with like: the most common (kind, unit) among this indicator's first targets.
    firsts = {city: ts[0] for city, ts in column.cells.items()}
    shapes = [(t.kind, t.unit, t.direction) for t in firsts.values()]
    shape = max(set(shapes), key=shapes.count)
    same = {city: t for city, t in firsts.items() if (t.kind, t.unit, t.direction) == shape}
    if len(same) < 2:
        return f"- **{column.indicator}**: 仅 {len(column.cells)} 个城市给出目标。"
    uppers = {city: t.value_max or t.value for city, t in same.items()}
    lowers = {city: t.value for city, t in same.items()}
    mids = [(lowers[c] + uppers[c]) / 2 for c in same]
    median = f"中位数 {format_number(round(statistics.median(mids), 2))}{shape[1]}"
    if max(uppers.values()) == min(lowers.values()):
        return f"- **{column.indicator}**({len(same)} 个城市可比): 均为 {format_number(lowers[next(iter(same))])}{shape[1]}。"
    return (
        f"- **{column.indicator}**({len(same)} 个城市可比): "
        f"最高 {_extreme(same, uppers, max)},最低 {_extreme(same, lowers, min)},{median}。"
    )


def _extreme(same: dict[str, Target], bound: dict[str, float], pick) -> str:  # type: ignore[no-untyped-def]
    """All cities at the extreme (ties are common: many cities aim for 6%左右)."""
    best = pick(bound.values())
    return "、".join(f"{city} {format_target(same[city])}" for city, v in bound.items() if v == best)


def find_cjk_font() -> Path | None:
    """A system font that has Chinese glyphs, or None. Checks coverage, not names."""
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    for path in sorted({f.fname for f in font_manager.fontManager.ttflist}):
        try:
            charmap = FT2Font(path).get_charmap()
        except (OSError, RuntimeError):
            continue
        # Distinct glyphs, not just mapped code points: fallback fonts such as matplotlib's
        # LastResort map every CJK character to one "missing" box.
        glyphs = {charmap.get(ord(ch)) for ch in "中国市"}
        if None not in glyphs and len(glyphs) == 3:
            return Path(path)
    return None


def gdp_chart(summaries: Sequence[ReportSummary], out_dir: Path) -> list[Path]:
    """Horizontal bars of each city's GDP growth target; ranges drawn as ranges.

    Always writes ``gdp_targets.svg`` with text kept as text (any browser draws the Chinese labels
    with its own fonts); writes ``gdp_targets.png`` only when a CJK font is installed, since
    matplotlib would otherwise draw boxes. Returns the files written.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = _gdp_rows(summaries)
    written = []
    with matplotlib.rc_context({"svg.fonttype": "none"}), warnings.catch_warnings():
        # The SVG keeps labels as text for the browser to draw, so glyphs missing from
        # matplotlib's own fonts do not matter here.
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        fig = _draw(plt, rows)
        svg = out_dir / "gdp_targets.svg"
        fig.savefig(svg)
        written.append(svg)
        plt.close(fig)
    font = find_cjk_font()
    if font is not None:
        from matplotlib import font_manager

        font_manager.fontManager.addfont(str(font))
        family = font_manager.FontProperties(fname=str(font)).get_name()
        with matplotlib.rc_context({"font.family": family}):
            fig = _draw(plt, rows)
            png = out_dir / "gdp_targets.png"
            fig.savefig(png, dpi=150)
            written.append(png)
            plt.close(fig)
    return written


def _gdp_rows(summaries: Sequence[ReportSummary]) -> list[tuple[str, Target | None]]:
    rows: list[tuple[str, Target | None]] = []
    for i, s in enumerate(summaries):
        growth = [t for t in headline_targets(s).get(GDP, []) if t.kind == "growth" and t.unit == "%"]
        rows.append((city_name(s, i), growth[0] if growth else None))
    return rows


# Qualifiers are marked at the bar's end: ▶ at least (以上), ◀ at most (以内/以下), ◆ about (左右).
_MARKERS = {"以上": (">", "以上"), "以内": ("<", "以内/以下"), "以下": ("<", "以内/以下"), "左右": ("D", "左右")}


def _draw(plt, rows: list[tuple[str, Target | None]]):  # type: ignore[no-untyped-def]
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(rows) + 1.5))
    labels = [city for city, _ in rows]
    for y, (_, t) in enumerate(rows):
        if t is None:
            ax.text(0.1, y, "未给出", va="center", color="grey", fontsize=8)
            continue
        ax.barh(y, t.value, color="#4878a8")
        if t.value_max is not None:
            # The range part is drawn lighter so 6.5—7% reads as "somewhere in here".
            ax.barh(y, t.value_max - t.value, left=t.value, color="#9cc0e0", hatch="//")
        end = t.value_max or t.value
        if t.qualifier in _MARKERS:
            marker, label = _MARKERS[t.qualifier]
            ax.plot(end, y, marker=marker, color="#d05030", markersize=6, linestyle="", label=label)
        ax.text(end + 0.25, y, format_target(t), va="center", fontsize=8)
    handles, names = ax.get_legend_handles_labels()
    unique = dict(zip(names, handles))  # one legend entry per qualifier
    if unique:
        ax.legend(unique.values(), unique.keys(), loc="lower right", fontsize=8)
    ax.set_yticks(range(len(rows)), labels)
    ax.invert_yaxis()
    ax.set_xlabel("地区生产总值增长目标(%)")
    ax.set_title("各城市GDP增长目标")
    ax.set_xlim(0, max([(t.value_max or t.value) for _, t in rows if t] + [1]) * 1.25)
    fig.tight_layout()
    return fig
