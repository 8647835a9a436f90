"""Broken and hostile input: clear errors, nothing lost, nothing executed, builds reproducible.

The cases follow RELIABILITY.md's battery (I1-I8, F1-F2, C1-C4, V1-V3) where they concern
building; each test names its case.
"""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import store as store_module
from kg import turtle
from kg.build import BuildError, build
from kg.cli import main
from kg.extract import extract
from kg.ingest import ingest
from kg.layout import layout
from kg.normalize import normalize
from kg.query import render, run
from kg.segment import segment
from kg.settings import Settings
from kg.store import LockedError, open_store

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"
HANGZHOU = (CORPUS / "hangzhou-kjj-2022-reply-502.txt").read_text(encoding="utf-8")
CHANGNING = (CORPUS / "changning-kw-2024-reply-aigc.txt").read_text(encoding="utf-8")
STAMP = "2026-01-01T00:00:00Z"


def _settings(corpus: Path, out: Path, **changes: object) -> Settings:
    return Settings(corpus=corpus, out=out, progress=False, stamp=STAMP, **changes)  # type: ignore[arg-type]


def _corpus(tmp_path: Path, files: dict[str, bytes]) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, data in files.items():
        (corpus / name).write_bytes(data)
    return corpus


def _mentions(path: Path, lexicon, segmenter) -> set[tuple[str, str]]:  # noqa: ANN001
    doc = extract(segment(layout(normalize(ingest(path, path.parent, 10**7))), segmenter), lexicon, segmenter)
    return {(m.kind.value, m.name) for m in doc.mentions}


# I1: one text in every encoding gives the same entities.
ENCODINGS = [("utf-8", CHANGNING), ("utf-8-sig", CHANGNING), ("gbk", CHANGNING), ("gb18030", CHANGNING),
             ("utf-16", CHANGNING), ("big5", HANGZHOU), ("big5hkscs", HANGZHOU), ("utf-16", HANGZHOU)]


@pytest.mark.parametrize(("encoding", "text"), ENCODINGS,
                         ids=[f"{e}-{'hz' if t is HANGZHOU else 'cn'}" for e, t in ENCODINGS])
def test_same_entities_in_every_encoding(tmp_path: Path, encoding: str, text: str, lexicon, segmenter) -> None:  # noqa: ANN001
    text = text.encode(encoding, errors="replace").decode(encoding)  # what the codec can hold
    reference = tmp_path / "utf8.txt"
    reference.write_bytes(text.encode("utf-8"))
    encoded = tmp_path / "encoded.txt"
    encoded.write_bytes(text.encode(encoding))
    assert _mentions(encoded, lexicon, segmenter) == _mentions(reference, lexicon, segmenter)


def test_gb18030_beyond_gbk_round_trips(tmp_path: Path) -> None:
    text = "企业名称含𠮷字,营收10亿元,汇率以€计。" * 3
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("gb18030"))
    assert ingest(path, tmp_path, 10**6).text == text


def test_html_gb2312_declaration_reads_gbk(tmp_path: Path) -> None:  # I2
    page = '<html><head><meta charset="gb2312"><title>朱镕基</title></head><body><p>朱镕基同志</p></body></html>'
    path = tmp_path / "a.html"
    path.write_bytes(page.encode("gbk"))
    doc = ingest(path, tmp_path, 10**6)
    assert doc.text == "朱镕基同志" and doc.meta.title == "朱镕基"


def test_broken_bytes_are_reported_and_the_rest_kept(tmp_path: Path) -> None:  # I3
    data = bytearray(CHANGNING.replace("\xa0", " ").encode("gbk"))
    data[400:402] = b"\xff\xff"
    corpus = _corpus(tmp_path, {"damaged.txt": bytes(data)})
    summary = build(_settings(corpus, tmp_path / "out"))
    assert summary.documents == 1
    assert any("undecodable" in warning for _, warning in summary.warnings)
    _, rows = run(open_store(tmp_path / "out" / "store"), "SELECT ?t WHERE { ?d a kg:Document ; kg:text ?t }")
    assert "\ufffd" not in rows[0][0] and "长宁区科学技术委员会" in rows[0][0]


# I4: bad files are skipped with their name and reason; --strict makes that an error.
BAD_FILES = {
    "empty.txt": b"",
    "blank.md": b"   \n\n",
    "picture.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
    "huge.txt": "元宇宙".encode() * 4000,
}


def test_bad_files_are_skipped_by_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _corpus(tmp_path, {**BAD_FILES, "good.txt": CHANGNING.encode()})
    out = tmp_path / "out"
    assert main(["build", "--corpus", str(corpus), "--out", str(out), "--max-bytes", "10000", "--quiet"]) == 0
    err = capsys.readouterr().err
    for name, reason in (("empty.txt", "empty"), ("blank.md", "empty"), ("picture.txt", "binary"),
                         ("huge.txt", "larger than the limit")):
        assert any(name in line and reason in line for line in err.splitlines()), (name, err)
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert sorted(Path(path).name for path, _ in summary["skipped"]) == sorted(BAD_FILES)


def test_unreadable_file_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = _corpus(tmp_path, {"locked.txt": b"x" * 50, "good.txt": CHANGNING.encode()})
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(errno.EACCES, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    summary = build(_settings(corpus, tmp_path / "out"))
    assert summary.documents == 1
    assert [(Path(p).name, r) for p, r in summary.skipped] == [("locked.txt", "cannot read: Permission denied")]


def test_strict_fails_naming_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _corpus(tmp_path, {"empty.txt": b"", "good.txt": CHANGNING.encode()})
    assert main(["build", "--corpus", str(corpus), "--out", str(tmp_path / "out"), "--strict", "--quiet"]) == 2
    assert "empty.txt" in capsys.readouterr().err
    assert not (tmp_path / "out" / "current").exists()


def test_no_readable_document_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="no readable documents"):
        build(_settings(_corpus(tmp_path, {"empty.txt": b""}), tmp_path / "out"))


# I7 and clean text: invisible characters never reach a label or literal.
def test_invisible_characters_make_no_new_entity(tmp_path: Path) -> None:
    text = "科大讯飞、华为等企业积极布局人工智能。\n合作企业包括科大\u200b讯飞、华\u200d为\u202e和\ufeffＡＩ公司。\x00"
    corpus = _corpus(tmp_path, {"a.txt": text.encode("utf-8")})
    build(_settings(corpus, tmp_path / "out"))
    st = open_store(tmp_path / "out" / "store")
    _, rows = run(st, "SELECT ?l WHERE { ?e kg:mentionedIn ?d ; rdfs:label ?l }")
    labels = [row[0] for row in rows]
    assert labels.count("科大讯飞") == 1 and labels.count("华为") == 1
    for quad in st:
        if isinstance(quad.object, ox.Literal):
            assert not any(ch in quad.object.value for ch in "\u200b\u200d\u202e\ufeff\ufffd\x00")


# F1: disagreeing documents keep both values, each with its provenance.
def test_conflicting_values_are_both_kept(tmp_path: Path) -> None:
    first = "2021年全市人工智能产业营收2038.5亿元。\n杭州市科学技术局\n2022年7月14日\n"
    second = "2021年全市人工智能产业营收2100亿元。\n杭州市经济和信息化局\n2022年9月1日\n"
    corpus = _corpus(tmp_path, {"a.txt": first.encode(), "b.txt": second.encode()})
    summary = build(_settings(corpus, tmp_path / "out"))
    assert any("2038.5" in c and "2100" in c for c in summary.conflicts), summary.conflicts
    _, rows = run(open_store(tmp_path / "out" / "store"), """
        SELECT ?value ?path WHERE { ?i a kg:Indicator ; schema:value ?value ; kg:inDocument/kg:sourcePath ?path }
        ORDER BY ?path""")
    assert rows == [["2038.5", "a.txt"], ["2100", "b.txt"]]


# F2 and reproducibility.
def test_same_content_under_another_name_adds_nothing(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, {"a.txt": CHANGNING.encode(), "copy.txt": CHANGNING.encode("gb18030")})
    summary = build(_settings(corpus, tmp_path / "out"))
    assert summary.documents == 1 and summary.duplicates == [("copy.txt", "a.txt")]


def test_builds_are_byte_identical(tmp_path: Path) -> None:
    build(_settings(CORPUS, tmp_path / "one"))
    build(_settings(CORPUS, tmp_path / "two"))
    for name in ("dataset.nq", "dataset.trig"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_source_date_epoch_sets_the_timestamp(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.settings import build_time

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert build_time() == "2023-11-14T22:13:20Z"


# C1-C3: crash safety, locking, a full disk.
def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _build_process(out: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    return subprocess.Popen([sys.executable, "-m", "kg.cli", "build", "--corpus", str(CORPUS), "--out",
                             str(out), "--quiet"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)


def _visible_leftovers(out: Path) -> list[str]:
    expected = {"current", "snapshots", "cache", *store_module.PUBLISHED}
    return sorted(p.name for p in out.iterdir() if not p.name.startswith(".") and p.name not in expected)


def test_a_killed_build_leaves_the_previous_output_whole(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert _build_process(out).wait(timeout=120) == 0
    reference = _sha(out / "dataset.nq")
    randomness = random.Random(7)
    for _ in range(6):
        process = _build_process(out)
        time.sleep(randomness.uniform(0.05, 2.5))
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        assert _sha(out / "dataset.nq") == reference
        assert run(open_store(out / "store"), "ASK { ?s a kg:Document }")[1] == [["true"]]
        assert _visible_leftovers(out) == []
    assert _build_process(out).wait(timeout=120) == 0
    assert _sha(out / "dataset.nq") == reference
    assert len([p for p in (out / "snapshots").iterdir() if not p.name.startswith(".")]) <= 2


def test_a_second_build_fails_at_once_while_one_runs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with store_module.locked(out):
        started = time.perf_counter()
        with pytest.raises(LockedError, match="locked"):
            build(_settings(CORPUS, out))
        assert time.perf_counter() - started < 2


def test_full_disk_is_a_clear_error_and_keeps_the_old_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    build(_settings(CORPUS, out))
    before = _sha(out / "dataset.nq")

    def full(*_: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_module, "write", full)
    assert main(["build", "--corpus", str(CORPUS), "--out", str(out), "--quiet"]) == 2
    assert "No space left on device" in capsys.readouterr().err
    assert _sha(out / "dataset.nq") == before
    assert not list((out / "snapshots").glob(".staging-*"))


# V2: what users copy into spreadsheets cannot run as formulas.
def test_csv_cells_cannot_start_formulas() -> None:
    cells = ["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "杭州市"]
    for fmt, delimiter in (("csv", ","), ("tsv", "\t")):
        rows = list(csv.reader(io.StringIO(render(["name"], [[c] for c in cells], fmt)), delimiter=delimiter))
        assert [row[0] for row in rows[1:]] == ["'" + c for c in cells[:4]] + ["杭州市"]


# I6: RDF from outside is read without expanding entities or reading other files.
def test_xml_entity_declarations_are_refused_fast(tmp_path: Path) -> None:
    canary = tmp_path / "canary.txt"
    canary.write_text("SECRET-TOKEN")
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 7))
    bomb = (f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "ha">{laughs}'
            f'<!ENTITY s SYSTEM "file://{canary}">]><r>&l6;&s;</r>')
    for name in ("bomb.ttl", "bomb.nt"):
        path = tmp_path / name
        path.write_text(bomb)
        started = time.perf_counter()
        with pytest.raises(turtle.UnsafeRDFError, match="DOCTYPE"):
            turtle.load(path)
        assert time.perf_counter() - started < 1
    (tmp_path / "bomb.rdf").write_text(bomb)
    with pytest.raises(turtle.UnsafeRDFError, match="only Turtle"):
        turtle.load(tmp_path / "bomb.rdf")


def test_the_build_opens_no_network_connection(tmp_path: Path) -> None:
    connections: list[object] = []

    def hook(event: str, args: tuple) -> None:  # noqa: ANN001
        if event == "socket.connect" and hook.active:  # type: ignore[attr-defined]
            connections.append(args)

    hook.active = True  # type: ignore[attr-defined]
    sys.addaudithook(hook)
    try:
        build(_settings(CORPUS, tmp_path / "out", workers=1))
    finally:
        hook.active = False  # type: ignore[attr-defined]
    assert connections == []


def test_names_with_markup_stay_text_in_the_view(tmp_path: Path) -> None:
    hostile = "《<script>alert(1)</script>关于“<img src=x onerror=alert(2)>”的实施意见》发布。\n"
    corpus = _corpus(tmp_path, {"a.txt": ("杭州市科学技术局\n" + hostile).encode()})
    build(_settings(corpus, tmp_path / "out"))
    page = (tmp_path / "out" / "views" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    shutil.rmtree(tmp_path / "out")


def test_an_invalid_iri_publishes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # C4
    from rdflib import URIRef

    from kg import triples

    out = tmp_path / "out"
    build(_settings(CORPUS, out))
    before = _sha(out / "dataset.nq")
    real = triples.entity_quads

    def broken(resolution):  # noqa: ANN001, ANN202
        yield URIRef("https://example.org/华为 技术"), URIRef("https://example.org/p"), URIRef("x:y"), None
        yield from real(resolution)

    monkeypatch.setattr(triples, "entity_quads", broken)
    with pytest.raises(ValueError):
        build(_settings(CORPUS, out))
    assert _sha(out / "dataset.nq") == before
    assert not list((out / "snapshots").glob(".staging-*"))
