"""Score extracted targets and results against hand labels (the shared label-file format).

A label file (``NAME.labels.json``) names its source text by basename and lists, per report, the
*passages* someone labelled completely: every numeric target of a ``plan`` passage and every result
of a ``review`` passage, with ``[start, end)`` offsets into ``summarizer.load(path).text``.
Predictions are :class:`~summarizer.models.ReportSummary` objects, or the JSON ``summarizer
summarize`` writes (``{"reports": [...]}``).

How a prediction is scored (the labelling conventions' "Scoring" rule):

* Only predictions whose report's ``source.path`` has the label file's ``source`` as basename and
  whose evidence ``[start, end)`` lies inside a labelled passage take part; every other prediction
  is ignored. Inside a passage, a prediction that matches nothing is a false positive, whatever
  its type (a target predicted in a review passage is one: that passage has no targets).
* **Loose match**: the same value (for results, also the same change where the label has one,
  compared as written, so 下降2.5% matches a change of -2.5 or of 2.5 with direction decrease), the
  same unit (``％`` = ``%``) and a similar indicator name: equal, one containing the other, or the
  same entry of the library's alias table (:func:`~summarizer.zh.indicators.canonical_indicator`).
* A rate of completion may be named ``<indicator>完成年计划`` or ``<indicator>年计划完成率``: the
  same name either way.
* A gap in percentage points from a base (增速高于全省1.2个百分点, 高于目标2.1个百分点) may be
  labelled as the result's value or as its change: labelling guides have differed, the figure is
  the same, so either form matches the other.
* Names that say the same words in the other order around 的 (老旧小区引入物业服务 and
  引入物业服务的老旧小区: what is counted and what was done with it) are similar; so are units
  that differ by an alternative counting word in brackets (辆 and 辆(台)).
* A rate named by its noun (居民消费价格涨幅1.0%, 能耗降幅超过3%) may be labelled as the value of
  ``<indicator>涨幅`` or as a change of ``<indicator>``: guides have differed here too, so either
  form matches the other.
* **Strict match**: a loose match whose ``value_max`` and ``qualifier`` are equal too (targets), or
  whose ``direction`` is equal too (results).
* Each passage gets the largest one-to-one matching between its labelled items and the predictions
  inside it (loose and strict matched separately).
* A report that states the same item in several passages (its targets listed in a summary
  sentence and again in full) has it labelled in each; the summary reports it once (the pipeline
  merges repeats), so the copies count as one labelled item, matched when any copy is, in the
  passage where it is matched (else where it is first stated). Copies are labelled items of one
  report, in different passages, with the same type, value, ``value_max``, unit, change and
  similar indicator names.

Precision, recall and F1 are reported for targets and results, loose and strict, over everything
and per label-file ``kind``, ``level`` and ``script``, per passage type and for headline passages
versus the others. A predicted report matches a labelled one when their spans overlap (a labelled
report's span runs from its first passage to its last); region and year (the plan year, as the labels
give it) accuracy are counted over labelled reports; a division labelled with the places it belongs to
(重庆市渝中区) is the division (渝中区).

Everything here is a pure function of its arguments except :func:`load_label_file` and
:func:`load_predictions`, which read files.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from .errors import InputError, LabelError
from .ingest import load, places
from .ingest.metadata import as_the_gazetteer_writes
from .ingest.script import fold_script, without_readings
from .models import ReportSummary, Result, Target
from .zh.indicators import canonical_indicator

__all__ = [
    "LabelItem",
    "LabelPassage",
    "LabelReport",
    "LabelFile",
    "Counts",
    "ScoreRow",
    "ReportCheck",
    "Miss",
    "Evaluation",
    "parse_label_file",
    "load_label_file",
    "check_label_text",
    "check_label_sources",
    "parse_predictions",
    "load_predictions",
    "same_unit",
    "similar_indicator",
    "evaluate",
    "format_table",
    "evaluation_to_dict",
]

ItemType = Literal["target", "result"]
PassageType = Literal["plan", "review"]
Mode = Literal["loose", "strict"]

_ITEM_TYPES: tuple[ItemType, ...] = ("target", "result")
_MODES: tuple[Mode, ...] = ("loose", "strict")
_NAME_NOISE = re.compile(r"[\s\u3000“”\"'‘’「」『』《》()（）]+")


@dataclass(frozen=True)
class LabelItem:
    """One labelled target or result (fields as in the label-file format)."""

    type: ItemType
    indicator: str
    value: float | None
    unit: str
    text: str
    value_max: float | None = None
    qualifier: str = ""
    kind: str = ""
    direction: str = ""
    change: float | None = None
    change_unit: str = ""


@dataclass(frozen=True)
class LabelPassage:
    """A paragraph or sentence run labelled completely: ``items`` is every item in it."""

    type: PassageType
    headline: bool
    start: int
    end: int
    text: str
    items: tuple[LabelItem, ...]


@dataclass(frozen=True)
class LabelReport:
    """One report of a labelled source, with its region, plan year and labelled passages."""

    region: str | None
    year: int | None
    title: str | None
    passages: tuple[LabelPassage, ...]

    @property
    def span(self) -> tuple[int, int]:
        """From the first labelled passage's start to the last one's end."""
        return min(p.start for p in self.passages), max(p.end for p in self.passages)


@dataclass(frozen=True)
class LabelFile:
    """A whole label file: the source's basename, its classification and its reports."""

    source: str
    kind: str
    script: str
    level: str
    reports: tuple[LabelReport, ...]
    path: str | None = None


@dataclass(frozen=True)
class Counts:
    """Matched, predicted and labelled item counts, with precision, recall and F1.

    Precision is 1.0 when nothing was predicted and recall 1.0 when nothing was labelled (nothing
    was wrong, nothing was missed); F1 is 0.0 when both are 0.
    """

    matched: int = 0
    predicted: int = 0
    labelled: int = 0

    @property
    def precision(self) -> float:
        """matched / predicted."""
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """matched / labelled."""
        return self.matched / self.labelled if self.labelled else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.matched + other.matched, self.predicted + other.predicted, self.labelled + other.labelled
        )


@dataclass(frozen=True)
class ScoreRow:
    """The counts of one item type and mode over one group of passages.

    ``group`` is ``all``, ``kind``, ``level``, ``script`` (of the label file), ``passage`` (plan or
    review) or ``headline`` (``headline`` or ``other`` passages); ``value`` is the group's value.
    """

    item_type: ItemType
    mode: Mode
    group: str
    value: str
    counts: Counts


@dataclass(frozen=True)
class ReportCheck:
    """Region and year of one labelled report against the predicted report that overlaps it most."""

    source: str
    region: str | None
    year: int | None
    predicted_region: str | None
    predicted_year: int | None
    found: bool

    @property
    def region_ok(self) -> bool:
        """A predicted report was found and its region is the labelled one, in either script and
        either form of its name (a division labelled with the place it belongs to, 重庆市渝中区, is
        渝中区; 黔东南州 is 黔东南苗族侗族自治州)."""
        if not self.found or not self.predicted_region or not self.region:
            return self.found and self.predicted_region == self.region
        region, predicted = fold_script(self.region), fold_script(self.predicted_region)  # (涪城區 is 涪城区)
        # (黔东南州 is the gazetteer's 黔东南苗族侗族自治州)
        region, predicted = as_the_gazetteer_writes(region), as_the_gazetteer_writes(predicted)
        region, predicted = _in_full(region), _in_full(predicted)  # (广西 is 广西壮族自治区, 台湾 台湾省)
        return region == predicted or _within(region, predicted)

    @property
    def year_ok(self) -> bool:
        """A predicted report was found and its year is the labelled one."""
        return self.found and self.predicted_year == self.year


def _in_full(name: str) -> str:
    """A division's name written bare (广西, 台湾) or short (玉屏自治县, 张家川县: the people's name
    left out of an autonomous county's) as the gazetteer writes it in full, when it stands for one
    division only; ``name`` itself otherwise."""
    level = places.suffix_level(name)
    if level is not None and places.known(name):
        return name
    bare = name.removesuffix(level).removesuffix("自治") if level else name
    levels = (level,) if level else places.LEVELS
    found = {p.name for each in levels for p in places.bare_places(each).get(bare, ())}
    return found.pop() if len(found) == 1 else name


@dataclass(frozen=True)
class Miss:
    """A labelled item no prediction matched (``spurious=False``) or an unmatched prediction."""

    source: str
    passage_start: int
    item_type: ItemType
    indicator: str
    value: float | None
    unit: str
    change: float | None
    text: str
    spurious: bool
    headline: bool = False  # (in a passage labelled as the report's headline figures)


@dataclass(frozen=True)
class Evaluation:
    """Everything :func:`evaluate` measured; print it with :func:`format_table`."""

    rows: tuple[ScoreRow, ...]
    reports: tuple[ReportCheck, ...]
    misses: tuple[Miss, ...] = field(default=())

    def counts(self, item_type: ItemType, mode: Mode = "loose", group: str = "all", value: str = "all") -> Counts:
        """The counts of one row (zero counts when no passage falls in that group)."""
        for row in self.rows:
            if (row.item_type, row.mode, row.group, row.value) == (item_type, mode, group, value):
                return row.counts
        return Counts()


# -- reading labels ---------------------------------------------------------------------------


def _number(raw: object, where: str, *, optional: bool = True) -> float | None:
    if raw is None and optional:
        return None
    if isinstance(raw, bool) or not isinstance(raw, (int, float)) or not math.isfinite(raw):
        raise LabelError(f"{where}: expected a number, got {raw!r}")
    return float(raw)


def _text(raw: Mapping[str, Any], key: str, where: str, default: str | None = None) -> str:
    value = raw.get(key, default)
    if not isinstance(value, str):
        raise LabelError(f"{where}: {key!r} must be a string")
    return value


def _item(raw: object, where: str) -> LabelItem:
    if not isinstance(raw, Mapping):
        raise LabelError(f"{where}: an item must be an object")
    kind = raw.get("type")
    if kind not in _ITEM_TYPES:
        raise LabelError(f"{where}: item type must be 'target' or 'result', got {kind!r}")
    value = _number(raw.get("value"), where, optional=kind == "result")
    change = _number(raw.get("change"), where)
    if kind == "result" and value is None and change is None:
        raise LabelError(f"{where}: a result needs a value or a change")
    return LabelItem(
        type=kind,
        indicator=_text(raw, "indicator", where),
        value=value,
        unit=_text(raw, "unit", where, ""),
        text=_text(raw, "text", where, ""),
        value_max=_number(raw.get("value_max"), where),
        qualifier=_text(raw, "qualifier", where, "") if raw.get("qualifier") is not None else "",
        kind=_text(raw, "kind", where, "") if raw.get("kind") is not None else "",
        direction=_text(raw, "direction", where, "") if raw.get("direction") is not None else "",
        change=change,
        change_unit=_text(raw, "change_unit", where, "") if raw.get("change_unit") is not None else "",
    )


def _passage(raw: object, where: str) -> LabelPassage:
    if not isinstance(raw, Mapping):
        raise LabelError(f"{where}: a passage must be an object")
    ptype = raw.get("type")
    if ptype not in ("plan", "review"):
        raise LabelError(f"{where}: passage type must be 'plan' or 'review', got {ptype!r}")
    start, end = raw.get("start"), raw.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool) or not 0 <= start <= end:
        raise LabelError(f"{where}: start/end must be offsets with 0 <= start <= end")
    items = raw.get("items")
    if not isinstance(items, list):
        raise LabelError(f"{where}: 'items' must be a list")
    text = _text(raw, "text", where)
    if len(text) != end - start:
        raise LabelError(f"{where}: text is {len(text)} characters but the span is {end - start}")
    return LabelPassage(
        type=ptype,
        headline=bool(raw.get("headline", False)),
        start=start,
        end=end,
        text=text,
        items=tuple(_item(it, f"{where} item {i}") for i, it in enumerate(items)),
    )


def parse_label_file(data: object, path: str | None = None) -> LabelFile:
    """Validate parsed label-file JSON and return it as a :class:`LabelFile`.

    Raises :class:`LabelError` naming the first place that breaks the format.
    """
    where = path or "labels"
    if not isinstance(data, Mapping):
        raise LabelError(f"{where}: a label file is a JSON object")
    reports_raw = data.get("reports")
    if not isinstance(reports_raw, list):
        raise LabelError(f"{where}: 'reports' must be a list")
    reports = []
    for r, rep in enumerate(reports_raw):
        at = f"{where} report {r}"
        if not isinstance(rep, Mapping) or not isinstance(rep.get("passages"), list):
            raise LabelError(f"{at}: a report is an object with a 'passages' list")
        year = rep.get("year")
        if year is not None and (not isinstance(year, int) or isinstance(year, bool)):
            raise LabelError(f"{at}: year must be an integer or null")
        passages = tuple(_passage(p, f"{at} passage {i}") for i, p in enumerate(rep["passages"]))
        if not passages:
            raise LabelError(f"{at}: a report needs at least one passage")
        region, title = rep.get("region"), rep.get("title")
        reports.append(
            LabelReport(
                region=region if isinstance(region, str) else None,
                year=year,
                title=title if isinstance(title, str) else None,
                passages=passages,
            )
        )
    return LabelFile(
        source=Path(_text(data, "source", where)).name,
        kind=_text(data, "kind", where, ""),
        script=_text(data, "script", where, "simplified"),
        level=_text(data, "level", where, "all_items"),
        reports=tuple(reports),
        path=path,
    )


def load_label_file(path: str | Path) -> LabelFile:
    """Read and validate a label file; :class:`LabelError` when it is missing or malformed."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LabelError(f"cannot read label file {path}: {exc}") from exc
    return parse_label_file(data, str(path))


def check_label_text(labels: LabelFile, text: str) -> list[str]:
    """Passages whose stored ``text`` is not ``text[start:end]`` of the source text (empty when all are).

    Also reports items whose ``text`` does not occur inside their passage.
    """
    problems = []
    for rep in labels.reports:
        for p in rep.passages:
            if text[p.start : p.end] != p.text:
                problems.append(f"{labels.source} [{p.start}, {p.end}): passage text differs from the source")
            problems += [
                f"{labels.source} [{p.start}, {p.end}): item text {it.text!r} is not in the passage"
                for it in p.items
                if it.text and it.text not in p.text
            ]
    return problems


def check_label_sources(predictions: Iterable[ReportSummary], labels: Iterable[LabelFile]) -> list[str]:
    """:func:`check_label_text` against each source text the predictions name and that exists.

    A label file is checked against the first predicted report whose ``source.path`` has its
    basename and is a readable file; label files with no such report are not checked.
    """
    paths: dict[str, str] = {}
    for s in predictions:
        name = _basename(s.source.path)
        if name and s.source.path and name not in paths and Path(s.source.path).is_file():
            paths[name] = s.source.path
    problems: list[str] = []
    for lf in labels:
        if lf.source in paths:
            problems += check_label_text(lf, load(Path(paths[lf.source])).text)
    return problems


# -- reading predictions ----------------------------------------------------------------------


def parse_predictions(data: object) -> list[ReportSummary]:
    """``{"reports": [...]}`` (what ``summarizer summarize`` writes), a list of reports, or one report.

    Raises :class:`~summarizer.errors.InputError` when the JSON is not ReportSummary-shaped.
    """
    raw: object = data
    if isinstance(data, Mapping) and "reports" in data:
        raw = data["reports"]
    items = raw if isinstance(raw, list) else [raw]
    try:
        return [ReportSummary.model_validate(item) for item in items]
    except ValidationError as exc:
        raise InputError(f"predictions are not summarizer output: {exc.errors()[0]['msg']}") from exc


def load_predictions(path: str | Path) -> list[ReportSummary]:
    """Read a JSON file written by ``summarizer summarize --format json``."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read predictions {path}: {exc}") from exc
    return parse_predictions(data)


# -- matching ---------------------------------------------------------------------------------


def same_unit(a: str, b: str) -> bool:
    """Units compare equal ignoring spaces, full-width ``％``, pinyin readings, the script (億元 is
    亿元) and an alternative counting word in brackets (辆(台) is 辆)."""
    return _unit(a) == _unit(b)


def _unit(u: str) -> str:
    # (8978辆(台), 6957套(间): the alternative counting word in brackets names the same unit)
    # (萬(wàn)頭: a web page's pinyin reading is no part of a unit either)
    return _ALTERNATIVE_UNIT.sub("", fold_script(without_readings(u)).replace("％", "%").replace(" ", "").replace("\u3000", ""))


_ALTERNATIVE_UNIT = re.compile(r"[(（][\u4e00-\u9fff]{1,2}[)）]$")


# A rate of completion named either way (地区生产总值完成年计划, 地区生产总值占年计划, 地区生产总值年计划
# 完成率): the guides differ
# (…完成投资占年计划比例: the investment done is the projects' measure of completion, said or not)
_COMPLETED_GOAL = re.compile(
    r"(?:完成投资)?(?:完成|占|为)((?:年度|全年|年)?(?:总量|总额)?(?:计划|目标任务|任务|预算|目标))(?:的?(?:比例|比重)|的)?$"
)
_DONE_BEFORE_RATE = re.compile(r"完成投资(?=(?:年度|全年|年)?(?:计划|目标任务|任务|目标)完成率$)")


def _name(s: str) -> str:
    # (a web page's pinyin readings, 資產(chǎn), are no part of a name, labelled or predicted)
    # (in either script: 完成年度任務 is 完成年度任务)
    name = _COMPLETED_GOAL.sub(r"\1完成率", _NAME_NOISE.sub("", fold_script(without_readings(s))))
    name = _DONE_BEFORE_RATE.sub("", name)
    return _COMPARED_WITH.sub(lambda m: _SAID_AS[m.group("cmp")] + m.group("base"), name)


# A comparison said either way names the same figure: 增速比年初目标低, 增速低于年初目标.
_COMPARED_WITH = re.compile(r"比(?P<base>[^比]{1,8}?)(?P<cmp>高出|高|快|低|慢)$")
_SAID_AS = {"高": "高于", "高出": "高于", "快": "快于", "低": "低于", "慢": "慢于"}


def similar_indicator(predicted: str, labelled: str) -> bool:
    """Equal names, one containing the other (with or without 的), the same canonical indicator
    (alias table), or the same words in the other order around 的 (老旧小区引入物业服务, 引入物业服务的
    老旧小区: what is counted, and what was done with it).

    Spaces, quotation marks and brackets are ignored; an empty name is similar to nothing.
    """
    a, b = _name(predicted), _name(labelled)
    if not a or not b:
        return False
    if a == b or a in b or b in a or canonical_indicator(a) == canonical_indicator(b) or _turned(a, b):
        return True
    a, b = a.replace("的", ""), b.replace("的", "")  # (集中签约的项目, 集中签约项目: the particle names nothing)
    return bool(a and b) and (a in b or b in a)


def _turned(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one name's two parts in either order, 的 between (the module's doc)."""
    a, b = a.replace("的", ""), b.replace("的", "")
    cut = (a + a).find(b) if len(a) == len(b) and a != b else -1
    return cut >= 0 and min(cut, len(a) - cut) >= _PART_CHARS


_PART_CHARS = 2


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _matches(pred: Target | Result, gold: LabelItem, mode: Mode) -> bool:
    if isinstance(pred, Target) != (gold.type == "target"):
        return False
    if isinstance(pred, Result) and _gap_in_other_form(pred, gold):
        return similar_indicator(pred.indicator, gold.indicator) and (mode == "loose" or pred.direction == gold.direction)
    if isinstance(pred, Result) and _rate_in_other_form(pred, gold):
        return mode == "loose" or pred.direction == gold.direction
    if not _same(pred.value, gold.value) or not same_unit(pred.unit, gold.unit):
        return False
    if isinstance(pred, Result) and gold.change is not None:
        if pred.change is None or not _same(abs(pred.change), abs(gold.change)):
            return False
        if not same_unit(pred.change_unit, gold.change_unit):
            return False
    if not similar_indicator(pred.indicator, gold.indicator):
        return False
    if mode == "loose":
        return True
    if isinstance(pred, Target):
        return _same(pred.value_max, gold.value_max) and pred.qualifier == gold.qualifier
    return pred.direction == gold.direction


def _points(unit: str) -> bool:
    return _unit(unit) in ("个百分点", "個百分點")  # (as written: a traditional page writes 個百分點)


def _gap_in_other_form(pred: Result, gold: LabelItem) -> bool:
    """Whether a gap in percentage points is predicted as a value and labelled as a change, or the
    other way round, with the same number (the module's doc)."""
    if pred.value is None and pred.change is not None and _points(pred.change_unit):
        return gold.change is None and _points(gold.unit) and _same(abs(pred.change), gold.value)
    if pred.change is None and pred.value is not None and _points(pred.unit):
        return gold.value is None and _points(gold.change_unit) and _same(pred.value, abs(gold.change) if gold.change is not None else None)
    return False


# A rate named by its noun (居民消费价格涨幅1.0%, 能耗降幅超过3%): the guides differ on whether it is
# the value of <indicator>涨幅 or a change of <indicator>
_RATE_NOUN = re.compile(r"(?:涨幅|漲幅|降幅|增幅|跌幅)$")


def _rate_in_other_form(pred: Result, gold: LabelItem) -> bool:
    """Whether a rate named by its noun is predicted as a change and labelled as the value of
    ``<indicator>涨幅``, or the other way round, with the same number (the module's doc)."""
    if pred.value is None and pred.change is not None and gold.change is None and gold.value is not None:
        rate, name, unit, other = abs(pred.change), gold.indicator, gold.unit, pred.indicator
    elif pred.change is None and pred.value is not None and gold.value is None and gold.change is not None:
        rate, name, unit, other = pred.value, pred.indicator, pred.unit, gold.indicator
    else:
        return False
    noun = _RATE_NOUN.search(_name(name))
    value = gold.value if gold.value is not None else abs(gold.change) if gold.change is not None else None
    if noun is None or not _same(rate, value) or not same_unit(unit, "%"):
        return False
    return similar_indicator(other, _name(name)[: noun.start()])


def _within(chain: str, division: str) -> bool:
    """Whether ``chain`` names ``division`` after the places it belongs to (绵阳市涪城区, 涪城区)."""
    if not chain.endswith(division) or len(chain) == len(division) or not division.endswith(places.LEVELS):
        return False
    return chain[: -len(division)].endswith(places.LEVELS)


def _max_matching(edges: Sequence[Sequence[int]], right: int) -> list[int | None]:
    """Maximum bipartite matching (augmenting paths): for each left node, its right node or None."""
    owner: list[int | None] = [None] * right

    def augment(u: int, seen: list[bool]) -> bool:
        for v in edges[u]:
            if not seen[v]:
                seen[v] = True
                holder = owner[v]
                if holder is None or augment(holder, seen):
                    owner[v] = u
                    return True
        return False

    for left in range(len(edges)):
        augment(left, [False] * right)
    pairs: list[int | None] = [None] * len(edges)
    for v, holder in enumerate(owner):
        if holder is not None:
            pairs[holder] = v
    return pairs


def _basename(path: str | None) -> str | None:
    return Path(path).name if path else None


def _inside(pred: Target | Result, p: LabelPassage) -> bool:
    return p.start <= pred.evidence.start and pred.evidence.end <= p.end


def _groups(labels: LabelFile, p: LabelPassage) -> list[tuple[str, str]]:
    return [
        ("all", "all"),
        ("kind", labels.kind),
        ("level", labels.level),
        ("script", labels.script),
        ("passage", p.type),
        ("headline", "headline" if p.headline else "other"),
    ]


def _best_report(rep: LabelReport, candidates: Sequence[ReportSummary]) -> ReportSummary | None:
    start, end = rep.span
    best, overlap = None, 0
    for s in candidates:
        o = min(end, s.source.end) - max(start, s.source.start)
        if o > overlap:
            best, overlap = s, o
    return best


def evaluate(predictions: Iterable[ReportSummary], labels: Iterable[LabelFile]) -> Evaluation:
    """Score ``predictions`` against every label file (see the module docstring for the rules)."""
    preds = list(predictions)
    totals: dict[tuple[ItemType, Mode, str, str], Counts] = {}
    checks: list[ReportCheck] = []
    misses: list[Miss] = []

    def add(lf: LabelFile, p: LabelPassage, item_type: ItemType, mode: Mode, counts: Counts) -> None:
        for key in _groups(lf, p):
            k = (item_type, mode, *key)
            totals[k] = totals.get(k, Counts()) + counts

    for lf in labels:
        mine = [s for s in preds if _basename(s.source.path) == lf.source]
        items: list[Target | Result] = [t for s in mine for t in s.targets]
        items += [r for s in mine for r in s.results]
        for rep in lf.reports:
            found = _best_report(rep, mine)
            checks.append(
                ReportCheck(
                    source=lf.source,
                    region=rep.region,
                    year=rep.year,
                    predicted_region=found.region if found else None,
                    # the labels' year is the plan year (the year the targets are for)
                    predicted_year=(found.plan_year or found.year) if found else None,
                    found=found is not None,
                )
            )
            gold = [(p, g) for p in rep.passages for g in p.items]
            matched: dict[tuple[Mode, int], Target | Result | None] = {}
            for p in rep.passages:
                inside = [x for x in items if _inside(x, p)]
                for item_type in _ITEM_TYPES:
                    ids = [i for i, (q, g) in enumerate(gold) if q is p and g.type == item_type]
                    got = [x for x in inside if isinstance(x, Target) == (item_type == "target")]
                    for mode in _MODES:
                        edges = [[j for j, x in enumerate(got) if _matches(x, gold[i][1], mode)] for i in ids]
                        pairs = _max_matching(edges, len(got))
                        matched |= {(mode, i): None if v is None else got[v] for i, v in zip(ids, pairs)}
                        if mode == "loose":
                            misses += _spurious(lf.source, p, got, pairs)
                        add(lf, p, item_type, mode, Counts(0, len(got), 0))
            for copies in _restated(gold):
                for mode in _MODES:
                    hits = [i for i in copies if matched[(mode, i)] is not None]
                    p, g = gold[hits[0] if hits else copies[0]]
                    add(lf, p, g.type, mode, Counts(int(bool(hits)), 0, 1))
                    if mode == "loose":  # a second copy matched is the same item reported twice
                        dupes = [(gold[i][0], matched[(mode, i)]) for i in hits[1:]]
                        misses += [_miss(lf.source, q, x) for q, x in dupes if x is not None]
                        if not hits:
                            misses.append(Miss(lf.source, p.start, g.type, g.indicator, g.value, g.unit, g.change, g.text, False, p.headline))
    rows = tuple(ScoreRow(t, m, g, v, c) for (t, m, g, v), c in totals.items())
    return Evaluation(rows=rows, reports=tuple(checks), misses=tuple(misses))


def _restated(gold: list[tuple[LabelPassage, LabelItem]]) -> list[list[int]]:
    """The labelled items of a report as groups of copies (indexes into ``gold``, first copy
    first): an item restating one of an earlier passage joins its group (see the module
    docstring); every other item is a group of its own."""
    groups: list[list[int]] = []
    for i, (p, g) in enumerate(gold):
        home = next((c for c in groups if all(gold[k][0] is not p for k in c) and _same_item(gold[c[0]][1], g)), None)
        if home is None:
            groups.append([i])
        else:
            home.append(i)
    return groups


def _same_item(a: LabelItem, b: LabelItem) -> bool:
    same_numbers = _same(a.value, b.value) and _same(a.value_max, b.value_max) and _same(a.change, b.change)
    same_units = same_unit(a.unit, b.unit) and same_unit(a.change_unit, b.change_unit)
    return a.type == b.type and same_numbers and same_units and similar_indicator(a.indicator, b.indicator)


def _spurious(source: str, p: LabelPassage, got: list[Target | Result], pairs: list[int | None]) -> list[Miss]:
    """The predictions of passage ``p`` that no labelled item matched."""
    used = {v for v in pairs if v is not None}
    return [_miss(source, p, x) for j, x in enumerate(got) if j not in used]


def _miss(source: str, p: LabelPassage, x: Target | Result) -> Miss:
    change = x.change if isinstance(x, Result) else None
    kind: ItemType = "target" if isinstance(x, Target) else "result"
    return Miss(source, p.start, kind, x.indicator, x.value, x.unit, change, x.evidence.text, True, p.headline)


# -- output -----------------------------------------------------------------------------------


def _cells(c: Counts) -> str:
    return f"{c.labelled:>5} {c.predicted:>5} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}"


def format_table(ev: Evaluation) -> str:
    """A compact text table: one line per item type and group, loose and strict side by side."""
    head = f"{'items':<8} {'group':<20} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} | {'strict P':>8} {'R':>6} {'F1':>6}"
    lines = [head, "-" * len(head)]
    for item_type in _ITEM_TYPES:
        keys = sorted({(r.group, r.value) for r in ev.rows if r.item_type == item_type}, key=_group_order)
        for group, value in keys:
            loose = ev.counts(item_type, "loose", group, value)
            strict = ev.counts(item_type, "strict", group, value)
            if not loose.labelled and not loose.predicted:
                continue
            label = "all" if group == "all" else f"{group}={value}"
            lines.append(
                f"{item_type + 's':<8} {label:<20} {_cells(loose)} | "
                f"{strict.precision:8.3f} {strict.recall:6.3f} {strict.f1:6.3f}"
            )
    n = len(ev.reports)
    region = sum(c.region_ok for c in ev.reports)
    year = sum(c.year_ok for c in ev.reports)
    found = sum(c.found for c in ev.reports)
    lines.append(
        f"reports: {n} labelled, {found} found; region {region}/{n} = {region / n if n else 1.0:.3f}, "
        f"year {year}/{n} = {year / n if n else 1.0:.3f}"
    )
    return "\n".join(lines)


def _group_order(key: tuple[str, str]) -> tuple[int, str]:
    order = ["all", "kind", "level", "script", "passage", "headline"]
    return (order.index(key[0]) if key[0] in order else len(order), key[1])


def evaluation_to_dict(ev: Evaluation) -> dict[str, Any]:
    """A JSON-ready view: ``scores`` rows with P/R/F1, ``reports`` checks and the ``misses``."""
    return {
        "scores": [
            {
                "items": r.item_type,
                "mode": r.mode,
                "group": r.group,
                "value": r.value,
                "labelled": r.counts.labelled,
                "predicted": r.counts.predicted,
                "matched": r.counts.matched,
                "precision": round(r.counts.precision, 4),
                "recall": round(r.counts.recall, 4),
                "f1": round(r.counts.f1, 4),
            }
            for r in ev.rows
        ],
        "reports": [
            {
                "source": c.source,
                "region": c.region,
                "year": c.year,
                "predicted_region": c.predicted_region,
                "predicted_year": c.predicted_year,
                "found": c.found,
                "region_ok": c.region_ok,
                "year_ok": c.year_ok,
            }
            for c in ev.reports
        ],
        "misses": [
            {
                "source": m.source,
                "passage_start": m.passage_start,
                "items": m.item_type,
                "indicator": m.indicator,
                "value": m.value,
                "unit": m.unit,
                "change": m.change,
                "text": m.text,
                "spurious": m.spurious,
            }
            for m in ev.misses
        ],
    }
