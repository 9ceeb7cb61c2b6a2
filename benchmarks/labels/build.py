"""Build label files (LABEL_FORMAT.md) from a compact hand-written source, and check them.

Usage::

    python benchmarks/labels/build.py SRC.lab [SRC2.lab ...]     # writes each @out file
    python benchmarks/labels/build.py --check LABELS.json TEXT    # checks an existing label file

A ``.lab`` source is line-based (``#`` starts a comment line)::

    @source city-reports-2023.txt            # basename of the labelled text
    @text examples/data/city-reports-2023.txt  # the text, relative to the repository root
    @out examples/labels/city-reports-2023.labels.json
    @meta kind=city script=simplified level=all_items
    @report 彬州市 2023 2023年彬州市政府工作报告   # region, plan year, title (the title is searched
                                                 # for; passages are searched after it)
    @p review 一年来,我们坚决扛牢               # a whole paragraph (line) containing this string
    @s plan headline 主要预期目标是 || 分别增长7%和8%左右。   # a sentence run: from .. through
    T 生产总值|7 %|左右|g|+|生产总值增长7%左右
    R 生产总值|326.3 亿元|6.8 %|+||全年完成生产总值326.3亿元、超过兴平居咸阳第三,增长6.8%

``T`` (target): indicator | value[~value_max] unit | qualifier | kind (g, l, r) | direction (+, -,
empty) | text.  ``R`` (result): indicator | value unit (``-`` when only a change) | signed change and
its unit (empty when none) | direction | qualifier | text. The text, the last field, may hold ``|``
(a table row: ``粮食作物 | 726760 | -1.78``); a value written in mixed magnitudes is its whole amount
(``84億7,000萬元`` → ``84.7 億元``, ``1萬5000元`` → ``1.5 萬元``).

Offsets are found by code (``str.find``) in ``summarizer.load(path).text``. Each item's text must lie
in its passage and contain its numbers; Arabic numbers of a passage that no item text covers are
listed, so a labeller can check each is a non-item (a date, an ordinal, a name ...).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import summarizer  # noqa: E402
from summarizer.ingest.script import fold_script  # noqa: E402
from summarizer.zh.numbers import find_quantities  # noqa: E402
from summarizer.evaluate import check_label_text, parse_label_file  # noqa: E402

KINDS = {"g": "growth", "l": "level", "r": "relative"}
DIRS = {"+": "increase", "-": "decrease", "": ""}
QUALIFIERS = {"", "左右", "以上", "以内", "以下"}
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


class LabelError(ValueError):
    """A source line or label file that breaks the format."""


def _contains_number(text: str, x: float) -> bool:
    """Whether ``text`` writes ``x``: as digits, or as an amount in mixed magnitudes, read as the
    library reads numbers (84億7,000萬元 is 84.7 億元, 1万5000元 is 15000 元)."""
    found = {float(m) for m in _NUMBER.findall(text.replace(",", ""))}
    if abs(x) in found:
        return True
    read = find_quantities(fold_script(text))
    return any(math.isclose(abs(x), v, rel_tol=1e-9) for q in read for v in (q.value, q.value_max) if v is not None)


def _value_unit(field: str, where: str) -> tuple[float | None, float | None, str]:
    field = field.strip()
    if field == "-":
        return None, None, ""
    parts = field.split(" ", 1)
    unit = parts[1].strip() if len(parts) > 1 else ""
    lo, _, hi = parts[0].partition("~")
    try:
        return float(lo), (float(hi) if hi else None), unit
    except ValueError as exc:
        raise LabelError(f"{where}: bad value {field!r}") from exc


def _item(line: str, where: str) -> dict[str, Any]:
    tag, rest = line[0], line[1:].strip()
    f = [x.strip() for x in rest.split("|", 5)]  # (the text, last, may hold a table row's | )
    if tag == "T":
        if len(f) != 6:
            raise LabelError(f"{where}: a target needs 6 fields, got {len(f)}: {line}")
        ind, vu, qual, kind, d, text = f
        value, vmax, unit = _value_unit(vu, where)
        if value is None:
            raise LabelError(f"{where}: a target needs a value")
        if qual not in QUALIFIERS or kind not in KINDS or d not in DIRS:
            raise LabelError(f"{where}: bad qualifier/kind/direction in {line}")
        return {"type": "target", "indicator": ind, "value": value, "value_max": vmax, "unit": unit,
                "qualifier": qual, "kind": KINDS[kind], "direction": DIRS[d], "text": text}
    if tag == "R":
        if len(f) != 6:
            raise LabelError(f"{where}: a result needs 6 fields, got {len(f)}: {line}")
        ind, vu, ch, d, qual, text = f
        value, vmax, unit = _value_unit(vu, where)
        if vmax is not None:
            raise LabelError(f"{where}: results have no range")
        change: float | None = None
        change_unit = ""
        if ch:
            c, _, change_unit = ch.partition(" ")
            change = float(c)
            change_unit = change_unit.strip()
        if value is None and change is None:
            raise LabelError(f"{where}: a result needs a value or a change")
        if qual not in QUALIFIERS or d not in DIRS:
            raise LabelError(f"{where}: bad qualifier/direction in {line}")
        return {"type": "result", "indicator": ind, "value": value, "unit": unit, "change": change,
                "change_unit": change_unit, "direction": DIRS[d], "qualifier": qual,
                "kind": "level" if value is not None else "growth", "text": text}
    raise LabelError(f"{where}: unknown line {line!r}")


def _paragraph(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, (len(text) if end < 0 else end)


def parse_source(path: Path) -> tuple[dict[str, Any], Path, Path]:
    """Read a ``.lab`` source; returns the label document, the text path and the output path."""
    head: dict[str, str] = {}
    meta: dict[str, str] = {}
    reports: list[dict[str, Any]] = []
    text = ""
    cursor = 0
    passage: dict[str, Any] | None = None
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        where = f"{path.name}:{n}"
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            key, _, rest = line[1:].partition(" ")
            rest = rest.strip()
            if key in ("source", "text", "out"):
                head[key] = rest
                if key == "text":
                    text = summarizer.load(ROOT / rest).text
            elif key == "meta":
                meta.update(kv.split("=", 1) for kv in rest.split())  # type: ignore[misc]
            elif key == "report":
                region, year, title = rest.split(" ", 2)
                if title != "-":  # (a page without a title line: its passages are searched from here)
                    at = text.find(title, cursor)
                    if at < 0:
                        raise LabelError(f"{where}: title {title!r} not found after {cursor}")
                    cursor = at
                reports.append({"region": region, "year": int(year),
                                "title": None if title == "-" else title, "passages": []})
            elif key in ("p", "s"):
                words = rest.split(" ", 2) if " headline " in f" {rest} " else rest.split(" ", 1)
                ptype, headline = words[0], len(words) == 3
                spec = words[-1]
                if ptype not in ("plan", "review"):
                    raise LabelError(f"{where}: passage type {ptype!r}")
                if key == "p":
                    at = text.find(spec, cursor)
                    if at < 0:
                        raise LabelError(f"{where}: {spec!r} not found")
                    start, end = _paragraph(text, at)
                else:
                    a, _, b = spec.partition(" || ")
                    start = text.find(a, cursor)
                    if start < 0:
                        raise LabelError(f"{where}: {a!r} not found")
                    e = text.find(b, start)
                    if e < 0 or not b:
                        raise LabelError(f"{where}: {b!r} not found after {a!r}")
                    end = e + len(b)
                passage = {"type": ptype, "headline": headline, "start": start, "end": end,
                           "text": text[start:end], "items": []}
                reports[-1]["passages"].append(passage)
            else:
                raise LabelError(f"{where}: unknown directive @{key}")
            continue
        if passage is None:
            raise LabelError(f"{where}: item before any passage")
        item = _item(line, where)
        want = "target" if passage["type"] == "plan" else "result"
        if item["type"] != want:
            raise LabelError(f"{where}: a {item['type']} in a {passage['type']} passage")
        passage["items"].append(item)
    label = {"source": head["source"], "kind": meta["kind"], "script": meta.get("script", "simplified"),
             "level": meta.get("level", "all_items"), "reports": reports}
    return label, ROOT / head["text"], ROOT / head["out"]


def check(label: dict[str, Any], text: str) -> list[str]:
    """Problems with a label (empty when none): the scorer's own checks (passage text is
    ``text[start:end]``, item texts inside their passage), overlapping passages, and item numbers
    that are not written in the item's text."""
    errors = check_label_text(parse_label_file(label), text)
    for rep in label["reports"]:
        spans = sorted((p["start"], p["end"]) for p in rep["passages"])
        errors += [f"{rep['region']}: passages overlap at {a2}" for (_, b1), (a2, _) in zip(spans, spans[1:]) if a2 < b1]
        for p in rep["passages"]:
            for it in p["items"]:
                for x in (it.get("value"), it.get("value_max"), it.get("change")):
                    if x is not None and not _contains_number(it["text"], x):
                        errors.append(f"{rep['region']} {p['type']}@{p['start']}: {x} not written in {it['text']!r}")
    return errors


def coverage(label: dict[str, Any]) -> list[str]:
    """Numbers written in a passage outside every item text: each should be a non-item."""
    notes: list[str] = []
    for rep in label["reports"]:
        for p in rep["passages"]:
            covered = [False] * len(p["text"])
            for it in p["items"]:
                i = p["text"].find(it["text"])
                while i >= 0:
                    for k in range(i, i + len(it["text"])):
                        covered[k] = True
                    i = p["text"].find(it["text"], i + 1)
            loose = [m for m in _NUMBER.finditer(p["text"]) if not any(covered[m.start():m.end()])]
            if loose:
                ctx = ", ".join(p["text"][max(0, m.start() - 6):m.end() + 4] for m in loose)
                notes.append(f"{rep['region']} {p['type']}@{p['start']}: {ctx}")
    return notes


def summary(label: dict[str, Any]) -> str:
    """Passage and item counts per report."""
    rows = []
    for rep in label["reports"]:
        ps = rep["passages"]
        rows.append(
            f"{rep['region']:<8} review {sum(p['type'] == 'review' for p in ps):>2} "
            f"plan {sum(p['type'] == 'plan' for p in ps):>2} (headline {sum(p['headline'] for p in ps)}) "
            f"results {sum(len(p['items']) for p in ps if p['type'] == 'review'):>3} "
            f"targets {sum(len(p['items']) for p in ps if p['type'] == 'plan'):>3}"
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--check", action="store_true", help="check LABELS.json TEXT instead of building")
    ap.add_argument("-v", "--verbose", action="store_true", help="list uncovered numbers")
    args = ap.parse_args(argv)
    if args.check:
        label = json.loads(Path(args.paths[0]).read_text(encoding="utf-8"))
        errors = check(label, summarizer.load(Path(args.paths[1])).text)
        print("\n".join(errors) or "ok")
        if args.verbose:
            print("\n".join(coverage(label)))
        return 1 if errors else 0
    status = 0
    for src in args.paths:
        label, text_path, out = parse_source(Path(src))
        errors = check(label, summarizer.load(text_path).text)
        if errors:
            print("\n".join(errors), file=sys.stderr)
            status = 1
            continue
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(label, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        shown = out.relative_to(ROOT) if out.is_relative_to(ROOT) else out
        print(f"{shown}\n{summary(label)}")
        if args.verbose:
            print("\n".join(coverage(label)))
    return status


if __name__ == "__main__":
    sys.exit(main())
