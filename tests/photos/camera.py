"""The phone: where it stands, the light in the room, and what its optics, sensor and JPEG do.

A pinhole camera tilted off-axis and rolled frames the board (or part of it);
the light is uneven, with a soft shadow, vignetting, a colour cast and,
optionally, a specular highlight that washes a patch out to white. Then lens
blur, motion blur, sensor noise (luminance and chroma) and JPEG compression.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

import cv2
import numpy as np

from boards.geometry import Rect


@dataclass(frozen=True)
class Glare:
    """A specular highlight: where on the board (mm) and how large."""

    x_mm: float
    y_mm: float
    radius_mm: float  # the washed-out core; it fades out over about twice that


def photo_size(megapixels: float) -> tuple[int, int]:
    """A 4:3 frame of about ``megapixels``, sides a multiple of 8 (12 MP → 4000 × 3000)."""
    width = int(round(math.sqrt(megapixels * 1e6 * 4 / 3) / 8)) * 8
    return width, int(round(width * 3 / 4 / 8)) * 8


def camera_homography(
    target: Rect,
    size: tuple[int, int],
    rng: np.random.Generator,
    tilt_deg: tuple[float, float],
    roll_deg: float | None,
    fill: float,
) -> np.ndarray:
    """Board mm → photo px through a tilted, rolled pinhole camera, framing ``target`` to ``fill`` of the frame."""
    tilt = math.radians(float(rng.uniform(*tilt_deg)))
    direction = float(rng.uniform(0, 2 * math.pi))
    roll = math.radians(roll_deg if roll_deg is not None else float(rng.uniform(-12, 12)))
    pitch, yaw = tilt * math.sin(direction), tilt * math.cos(direction)
    rx = np.array([[1, 0, 0], [0, math.cos(pitch), -math.sin(pitch)], [0, math.sin(pitch), math.cos(pitch)]])
    ry = np.array([[math.cos(yaw), 0, math.sin(yaw)], [0, 1, 0], [-math.sin(yaw), 0, math.cos(yaw)]])
    rz = np.array([[math.cos(roll), -math.sin(roll), 0], [math.sin(roll), math.cos(roll), 0], [0, 0, 1]])
    rotation = rz @ rx @ ry
    cx, cy = target.x + target.width / 2, target.y + target.height / 2
    distance = 1.2 * max(target.width, target.height)
    # board point (x, y, 0) → camera: R·(x-cx, y-cy, 0) + (0, 0, distance)
    projection = np.column_stack(
        [rotation[:, 0], rotation[:, 1], rotation @ np.array([-cx, -cy, 0]) + np.array([0, 0, distance])]
    )
    corners = np.array(
        [[target.x, target.y], [target.right, target.y], [target.right, target.bottom], [target.x, target.bottom]],
        np.float64,
    )
    projected = cv2.perspectiveTransform(corners.reshape(-1, 1, 2), projection).reshape(-1, 2)
    width, height = size
    lo, hi = projected.min(axis=0), projected.max(axis=0)
    scale = fill * min(width / (hi[0] - lo[0]), height / (hi[1] - lo[1]))
    offset = np.array([width, height]) / 2 - scale * (lo + hi) / 2
    if fill < 1.0:
        offset += rng.uniform(-0.03, 0.03, 2) * np.array([width, height])
    fit = np.array([[scale, 0, offset[0]], [0, scale, offset[1]], [0, 0, 1.0]])
    return fit @ projection


def reframe(
    homography: np.ndarray,
    size: tuple[int, int],
    outside: list[np.ndarray],
    inside: list[np.ndarray],
    rng: np.random.Generator,
) -> np.ndarray | None:
    """Zoom and shift the frame so every quad in ``outside`` (board mm) is wholly out of the photo and every
    quad in ``inside`` wholly in it, with a margin; None when no framing does that."""
    width, height = size
    margin = 0.02 * width

    def mapped(matrix: np.ndarray, quad: np.ndarray) -> np.ndarray:
        return cv2.perspectiveTransform(quad.reshape(-1, 1, 2).astype(np.float64), matrix).reshape(-1, 2)

    def out_of_frame(points: np.ndarray) -> bool:
        return area_in_frame(points, (width + 2 * margin, height + 2 * margin), (-margin, -margin)) == 0.0

    def in_frame(points: np.ndarray) -> bool:
        return bool(
            (points[:, 0] > margin).all()
            and (points[:, 0] < width - margin).all()
            and (points[:, 1] > margin).all()
            and (points[:, 1] < height - margin).all()
        )

    centre = np.array([width, height]) / 2
    pull = np.mean([mapped(homography, quad).mean(axis=0) for quad in outside], axis=0) - centre
    for _ in range(600):
        # turn, zoom and shift the phone a little: the lost corner(s) go out of the frame
        move = cv2.getRotationMatrix2D(tuple(centre), float(rng.uniform(-20, 20)), float(rng.uniform(1.0, 1.5)))
        move[:, 2] += pull * float(rng.uniform(0.0, 1.0)) + rng.normal(0, 0.05, 2) * (width, height)
        candidate = np.vstack([move, [0, 0, 1]]) @ homography
        if all(out_of_frame(mapped(candidate, q)) for q in outside) and all(
            in_frame(mapped(candidate, q)) for q in inside
        ):
            return candidate
    return None


def area_in_frame(quad_px: np.ndarray, size: tuple[float, float], origin: tuple[float, float] = (0.0, 0.0)) -> float:
    """How much of a convex quad (photo px) lies in the frame, in px²."""
    x0, y0 = origin
    frame = np.array([[x0, y0], [x0 + size[0], y0], [x0 + size[0], y0 + size[1]], [x0, y0 + size[1]]], np.float32)
    area, _ = cv2.intersectConvexConvex(np.asarray(quad_px, np.float32), frame)
    return max(0.0, float(area))


def background(rng: np.random.Generator, width: int, height: int) -> np.ndarray:
    """A wooden table or a grey wall behind the board."""
    base = [60, 90, 120] if rng.random() < 0.5 else [140, 140, 135]
    small = rng.normal(0, 12, (max(2, height // 64), max(2, width // 8))).astype(np.float32)
    texture = cv2.resize(small, (width, height), interpolation=cv2.INTER_LINEAR)
    return cv2.merge([cv2.convertScaleAbs(texture, alpha=1.0, beta=value) for value in base])


def light(photo: np.ndarray, rng: np.random.Generator, vignetting: float = 0.0, exposure: float = 1.0) -> np.ndarray:
    """Uneven light (a gradient), a soft shadow (an arm or a phone), vignetting and a slight colour cast."""
    height, width = photo.shape[:2]
    sh, sw = max(8, height // 16), max(8, width // 16)
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    angle = rng.uniform(0, 2 * math.pi)
    ramp = (xx / sw - 0.5) * math.cos(angle) + (yy / sh - 0.5) * math.sin(angle)
    gain = 0.92 + ramp * float(rng.uniform(0.2, 0.45))
    shadow = np.zeros((sh, sw), np.float32)
    centre = rng.uniform([0.2 * sw, 0.2 * sh], [0.8 * sw, 0.8 * sh])
    axes = (int(rng.uniform(0.1, 0.3) * sw), int(rng.uniform(0.08, 0.25) * sh))
    cv2.ellipse(shadow, (int(centre[0]), int(centre[1])), axes, float(rng.uniform(0, 180)), 0, 360, 1.0, -1)
    shadow = cv2.GaussianBlur(shadow, (0, 0), max(1.0, sw / 40))
    gain *= 1 - float(rng.uniform(0.2, 0.4)) * shadow
    if vignetting:
        # cos⁴-like fall-off towards the corners, off-centre as with a phone's small lens
        cx, cy = sw * float(rng.uniform(0.4, 0.6)), sh * float(rng.uniform(0.4, 0.6))
        r2 = ((xx - cx) / (sw / 2)) ** 2 + ((yy - cy) / (sh / 2)) ** 2
        gain *= 1 - vignetting * np.clip(r2 / 2, 0, 1.4) ** 1.2
    gain *= exposure
    cast = [rng.uniform(0.92, 1.0), rng.uniform(0.97, 1.02), rng.uniform(0.98, 1.06)]
    full = cv2.resize(gain, (width, height), interpolation=cv2.INTER_LINEAR)
    channels = [
        cv2.multiply(channel, full, scale=float(factor), dtype=cv2.CV_8U)
        for channel, factor in zip(cv2.split(photo), cast, strict=True)
    ]
    return cv2.merge(channels)


def add_glare(
    photo: np.ndarray, centre_px: np.ndarray, axes_px: tuple[float, float], angle_deg: float, peak: float = 1.2
) -> np.ndarray:
    """A specular highlight: a core washed out to pure white (the more so the higher ``peak`` above 1), paler
    around it and fading out over about twice its size."""
    height, width = photo.shape[:2]
    reach = 5.0 * max(axes_px)
    x0, y0 = max(0, int(centre_px[0] - reach)), max(0, int(centre_px[1] - reach))
    x1, y1 = min(width, int(centre_px[0] + reach)), min(height, int(centre_px[1] + reach))
    if x1 <= x0 or y1 <= y0:
        return photo
    ys, xs = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    a = math.radians(angle_deg)
    u = ((xs - centre_px[0]) * math.cos(a) + (ys - centre_px[1]) * math.sin(a)) / axes_px[0]
    v = (-(xs - centre_px[0]) * math.sin(a) + (ys - centre_px[1]) * math.cos(a)) / axes_px[1]
    d2 = u * u + v * v
    # ≥ 1 (pure white) inside about the core, then a wide haze
    strength = peak * np.exp(-d2 * 0.7) + 0.25 * np.exp(-d2 * 0.1)
    region = photo[y0:y1, x0:x1].astype(np.float32)
    white = np.minimum(strength, 1.0)[:, :, None]
    region = region * (1 - white) + 255 * white + 60 * np.clip(strength - 1, 0, None)[:, :, None]
    out = photo.copy()
    out[y0:y1, x0:x1] = np.clip(region, 0, 255).astype(np.uint8)
    return out


def motion_blur(photo: np.ndarray, length_px: float, angle_deg: float) -> np.ndarray:
    """A shaking hand: a short straight smear."""
    if length_px < 1.5:
        return photo
    size = int(math.ceil(length_px)) | 1
    kernel = np.zeros((size, size), np.float32)
    c = size // 2
    a = math.radians(angle_deg)
    dx, dy = math.cos(a) * length_px / 2, math.sin(a) * length_px / 2
    cv2.line(
        kernel,
        (int(round(c * 16 - dx * 16)), int(round(c * 16 - dy * 16))),
        (int(round(c * 16 + dx * 16)), int(round(c * 16 + dy * 16))),
        1.0,
        1,
        cv2.LINE_AA,
        4,
    )
    kernel /= kernel.sum()
    return cv2.filter2D(photo, -1, kernel)


def sensor_noise(photo: np.ndarray, rng: np.random.Generator, sigma: float, chroma: float, seed: int) -> np.ndarray:
    """Luminance noise stronger in the dark (shot noise) plus blotchy chroma noise."""
    height, width = photo.shape[:2]
    cv2.setRNGSeed(seed)
    noise = np.empty((height, width), np.float32)
    cv2.randn(noise, 0, 1)
    dark = 1 - cv2.cvtColor(photo, cv2.COLOR_BGR2GRAY).astype(np.float32) / 255
    noise *= sigma * (0.6 + 0.8 * np.sqrt(dark))
    layers = [noise] * 3
    if chroma:
        small = rng.normal(0, chroma, (height // 4 + 1, width // 4 + 1, 3)).astype(np.float32)
        small -= small.mean(axis=2, keepdims=True)
        blotches = cv2.resize(small, (width, height), interpolation=cv2.INTER_LINEAR)
        layers = [noise + blotches[:, :, index] for index in range(3)]
    return cv2.merge(
        [cv2.add(channel, layer, dtype=cv2.CV_8U) for channel, layer in zip(cv2.split(photo), layers, strict=True)]
    )


def encode_jpeg(photo: np.ndarray, quality: int, orientation: int = 1) -> bytes:
    """JPEG as a phone stores it (4:2:0 chroma); ``orientation`` ≠ 1: stored turned, with EXIF saying so."""
    if orientation == 1:
        ok, buffer = cv2.imencode(".jpg", photo, [cv2.IMWRITE_JPEG_QUALITY, quality])
        assert ok
        return buffer.tobytes()
    from PIL import Image

    stored = {
        6: cv2.rotate(photo, cv2.ROTATE_90_COUNTERCLOCKWISE),
        8: cv2.rotate(photo, cv2.ROTATE_90_CLOCKWISE),
        3: cv2.rotate(photo, cv2.ROTATE_180),
    }[orientation]
    image = Image.fromarray(cv2.cvtColor(stored, cv2.COLOR_BGR2RGB))
    exif = Image.Exif()
    exif[0x0112] = orientation
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=quality, exif=exif)
    return out.getvalue()
