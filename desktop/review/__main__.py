"""Try the review screen on its own: ``python -m desktop.review FOTO... --board SJABLOON_OF_BESTAND``."""

from __future__ import annotations

import argparse
import json
import sys

from PySide6.QtWidgets import QApplication

from boards.serialize import results_to_dict
from boards.templates import resolve_board
from desktop.review import ReviewWidget


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.review", description="Foto's van een bord teruglezen en controleren")
    parser.add_argument("photos", nargs="+", metavar="FOTO")
    parser.add_argument("--board", required=True, metavar="SJABLOON_OF_BESTAND")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    widget = ReviewWidget(resolve_board(args.board))
    widget.setWindowTitle("Bruinpapier — foto teruglezen")
    widget.resize(1500, 900)

    def accepted(results) -> None:
        print(json.dumps(results_to_dict(results), ensure_ascii=False, indent=2))
        widget.close()

    widget.accepted.connect(accepted)
    widget.show()
    widget.start(args.photos)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
