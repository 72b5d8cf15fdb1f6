"""Write resources/color/sRGB.icc: the sRGB profile of the PDF output intent (LittleCMS's built-in sRGB).

.venv/bin/python tools/make_srgb_profile.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import ImageCms

TARGET = Path(__file__).resolve().parents[1] / "resources" / "color" / "sRGB.icc"


def main() -> None:
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_bytes(profile.tobytes())
    print(f"{TARGET}: {TARGET.stat().st_size} bytes")


if __name__ == "__main__":
    main()
