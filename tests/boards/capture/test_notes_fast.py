"""The faster ways the notes search computes things give the same numbers as the plain operations they replace."""

from __future__ import annotations

import numpy as np

from boards.capture.notes import _median


def test_the_median_of_a_few_samples_is_numpys_to_the_bit():
    rng = np.random.default_rng(3)
    # (as the notes search takes them: gray profiles (float32), colours (uint8), chromaticities (float64),
    # over pieces of an odd and an even number of samples, ties included)
    for shape in ((5, 6, 17), (5, 7, 17), (4, 6, 17, 3), (3, 1, 5), (9, 4)):
        for dtype in (np.float32, np.float64, np.uint8, np.int16):
            for _ in range(50):
                values = rng.random(shape) * 255
                values = np.round(values) if rng.random() < 0.5 else values
                values = values.astype(dtype)
                expected = np.median(values, axis=1)
                found = _median(values, 1)
                assert found.dtype == expected.dtype and found.shape == expected.shape
                assert found.tobytes() == expected.tobytes()
    samples = rng.random(8) * 10
    assert float(_median(samples, 0)) == float(np.median(samples))
    assert float(_median(samples[:7], 0)) == float(np.median(samples[:7]))
