"""Text boxes without a fixed size shrink until their words fit the box."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from desktop.editor.painting import TEXT_SCALE, fit_text_size, mm_font


def _size_of(text: str, size: float, width: float) -> tuple[float, float]:
    metrics = QFontMetricsF(mm_font(size, True))
    widest = max(metrics.horizontalAdvance(word) for word in text.split()) / TEXT_SCALE
    height = (
        metrics.boundingRect(QRectF(0, 0, width * TEXT_SCALE, 1e6), int(Qt.TextFlag.TextWordWrap), text).height()
        / TEXT_SCALE
    )
    return widest, height


def test_a_long_word_in_a_narrow_box_is_made_smaller_until_it_fits(qtbot) -> None:
    size = fit_text_size("Maandelijks", 60.0, 100.0, 20.0, bold=True)
    assert 2.5 < size < 20.0
    widest, height = _size_of("Maandelijks", size, 60.0)
    assert widest <= 60.0 and height <= 100.0


def test_wrapped_text_also_fits_the_height_and_short_text_keeps_its_size(qtbot) -> None:
    text = "Werkdruk wordt gedefinieerd volgens één van deze drie aspecten:"
    size = fit_text_size(text, 80.0, 30.0, 20.0, bold=True)
    assert _size_of(text, size, 80.0)[1] <= 30.0
    assert fit_text_size("Ja", 200.0, 100.0, 20.0, bold=True) == 20.0
