"""Generated test photos, cached on disk between runs (keyed by the generator's source, the board and the spec)."""

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import asdict
from pathlib import Path

from boards.fileformat import dumps_board
from boards.model import Board
from tests.photos import generator
from tests.photos.generator import FilledBoard, GeneratedPhoto, PhotoSpec, generate_photo

GENERATOR_MODULES = ("generator", "board_raster", "stickers", "camera")


def _source_hash() -> str:
    """The generator's modules and the printing code it rasterises: a change in any makes new photos."""
    digest = hashlib.sha256()
    here = Path(generator.__file__).resolve().parent
    printing = here.parents[1] / "printing"
    for path in [here / f"{name}.py" for name in GENERATOR_MODULES] + sorted(printing.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


_SOURCE_HASH = _source_hash()


def cached_photo(cache_dir: Path, board: Board, spec: PhotoSpec, filled: FilledBoard | None = None) -> GeneratedPhoto:
    # the whole board, not only its id: a template whose layout changed must not get the old photos
    board_hash = hashlib.sha256(dumps_board(board).encode()).hexdigest()[:16]
    key = hashlib.sha256(repr((_SOURCE_HASH, board_hash, asdict(spec), filled)).encode()).hexdigest()[:24]
    path = Path(cache_dir) / f"{key}.pickle"
    if path.exists():
        try:
            with open(path, "rb") as handle:
                return pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError):
            pass
    photo = generate_photo(board, spec, filled)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(f".{os.getpid()}.tmp")
    with open(temporary, "wb") as handle:
        pickle.dump(photo, handle)
    os.replace(temporary, path)
    return photo
