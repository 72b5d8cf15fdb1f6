from tests.capture.conftest import board, brown_photo, make_photo, photo_cache  # noqa: F401 (shared fixtures)
