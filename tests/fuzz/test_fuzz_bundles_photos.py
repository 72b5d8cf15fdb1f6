"""Fuzzing session bundles and photos: a bundle is imported whole or refused whole with a Dutch message
(never a traceback, never a half import); a photo is stored only when it is a whole photo."""

from __future__ import annotations

import hashlib
import io
import warnings
import zipfile

from hypothesis import given, settings
from hypothesis import strategies as st

from boards.archive import Archive, read_bundle
from boards.errors import BruinpapierError
from boards.fileformat import dumps_session
from boards.photos import check_photo_data
from boards.session import Photo
from boards.templates import load_template
from boards.workspace import new_session
from tests.fuzz.conftest import examples
from tests.fuzz.strategies import mutated
from tests.support.builders import photo_bytes
from tests.support.cli_run import assert_clean, no_hang, run_cli

JPEG = photo_bytes("bord")
PNG = photo_bytes("bord", "PNG")


def _session_json(names: list[str], with_sums: bool = True) -> bytes:
    session = new_session(load_template("procesplaat-1"), school="OBS Akkrum")
    session.photos = [Photo(name, "", hashlib.sha256(JPEG).hexdigest() if with_sums else "") for name in names]
    return dumps_session(session).encode()


SESSION_DOC = __import__("json").loads(_session_json(["a.jpg"]))

ENTRY_NAMES = st.sampled_from(
    [
        "session.json",
        "photos/a.jpg",
        "photos/b.jpg",
        "photos/",
        "../session.json",
        "/etc/passwd",
        "C:\\x.jpg",
        "photos/../../x",
        "photos/sub/a.jpg",
        "script.sh",
        "",
        "session.json/",
    ]
)
ENTRY_DATA = st.one_of(
    st.just(JPEG),
    st.just(_session_json(["a.jpg"])),
    st.just(_session_json(["a.jpg"], with_sums=False)),
    mutated(SESSION_DOC).map(lambda doc: __import__("json").dumps(doc).encode()),
    st.binary(max_size=200),
)


@st.composite
def bundles(draw) -> bytes:
    kind = draw(st.sampled_from(["entries", "entries", "entries", "flip", "cut", "bytes"]))
    valid = _zip([("session.json", _session_json(["a.jpg"])), ("photos/a.jpg", JPEG)], False)
    if kind == "bytes":
        return draw(st.binary(max_size=400))
    if kind == "cut":
        return valid[: draw(st.integers(0, len(valid)))]
    if kind == "flip":
        data = bytearray(valid)
        for _ in range(draw(st.integers(1, 6))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data)
    entries = draw(st.lists(st.tuples(ENTRY_NAMES, ENTRY_DATA), max_size=5))
    return _zip(entries, draw(st.booleans()), draw(st.integers(0, 0o177777)))


def _zip(entries, compressed: bool, mode: int = 0) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED if compressed else zipfile.ZIP_STORED) as z:
            for name, data in entries:
                info = zipfile.ZipInfo(name or "x")
                if mode:
                    info.external_attr = mode << 16
                z.writestr(info, data)
    return buffer.getvalue()


@settings(max_examples=examples(120))
@given(data=bundles())
def test_bundles_are_read_whole_or_refused_whole(tmp_path, data):
    path = tmp_path / "b.bpbundel"
    path.write_bytes(data)
    with no_hang(20):
        try:
            session, photos = read_bundle(path)
        except BruinpapierError as error:
            assert str(path) in str(error)
            return
    assert {photo.name for photo in session.photos} == set(photos)
    for photo in session.photos:
        assert photo.sha256 == hashlib.sha256(photos[photo.name]).hexdigest()


@settings(max_examples=examples(40))
@given(data=bundles())
def test_session_import_of_any_bundle_is_all_or_nothing(tmp_path, data):
    path = tmp_path / "b.bpbundel"
    path.write_bytes(data)
    with Archive() as archive:
        before = len(archive.list())
    code, out, err = run_cli("session", "import", path)
    assert_clean(code, out, err)
    with Archive() as archive:
        assert len(archive.list()) == before + (1 if code == 0 else 0)


@st.composite
def photos(draw) -> bytes:
    base = draw(st.sampled_from([JPEG, PNG]))
    kind = draw(st.sampled_from(["cut", "flip", "bytes", "prefix", "whole"]))
    if kind == "whole":
        return base
    if kind == "cut":
        return base[: draw(st.integers(0, len(base) - 1))]
    if kind == "bytes":
        return draw(st.binary(max_size=300))
    if kind == "prefix":
        return base[:8] + draw(st.binary(max_size=300))
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 6))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


@settings(max_examples=examples(150))
@given(data=photos())
def test_a_photo_is_whole_or_refused(data):
    with no_hang(20):
        try:
            check_photo_data(data, "foto.jpg")
        except BruinpapierError as error:
            assert str(error).startswith("foto.jpg: ")
            return
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        image.load()  # accepted: it decodes whole


@settings(max_examples=examples(30))
@given(data=photos(), name=st.sampled_from(["foto.jpg", "x", "..", "a b.png", "é.jpg", "-x.jpg"]))
def test_add_photo_on_the_command_line(tmp_path, data, name):
    ids = tmp_path / "id"
    if not ids.exists():
        code, out, err = run_cli("session", "new", "--board", "procesplaat-1")
        assert code == 0, err
        ids.write_text(out.split()[1])
    photo = tmp_path / name.replace("..", "punt")
    photo.write_bytes(data)
    assert_clean(*run_cli("session", "add-photo", ids.read_text(), photo, "--name", name))
