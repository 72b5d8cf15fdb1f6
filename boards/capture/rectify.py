"""From photo pixels to a board image at a chosen resolution, and back."""

from __future__ import annotations

import cv2
import numpy as np

from boards.geometry import Rect


def scale_matrix(px_per_mm: float, origin: tuple[float, float] = (0.0, 0.0)) -> np.ndarray:
    return np.array(
        [[px_per_mm, 0, -origin[0] * px_per_mm], [0, px_per_mm, -origin[1] * px_per_mm], [0, 0, 1]], np.float64
    )


def rectify(
    image: np.ndarray,
    homography: np.ndarray,
    width_mm: float,
    height_mm: float,
    px_per_mm: float,
    origin: tuple[float, float] = (0.0, 0.0),
) -> np.ndarray:
    """The board seen in ``image`` as an upright image at ``px_per_mm`` (black where the photo ends).

    ``origin`` (mm) and the size select a part of the board; pixel (0, 0) is ``origin``.
    """
    size = (max(1, int(round(width_mm * px_per_mm))), max(1, int(round(height_mm * px_per_mm))))
    return cv2.warpPerspective(
        image,
        scale_matrix(px_per_mm, origin) @ homography,
        size,
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
    )


def visible_outline_mm(homography: np.ndarray, image_size: tuple[int, int]) -> np.ndarray:
    """The photo's frame on the board (4×2 mm), clipped far away where the plane turns away."""
    width, height = image_size
    corners = np.array([[0, 0], [width, 0], [width, height], [0, height]], np.float64).reshape(-1, 1, 2)
    mapped = cv2.perspectiveTransform(corners, homography).reshape(-1, 2)
    return np.clip(mapped, -1e5, 1e5)


def visible_mask(
    outline_mm: np.ndarray,
    shape: tuple[int, int],
    px_per_mm: float,
    inset_mm: float = 3.0,
    origin: tuple[float, float] = (0.0, 0.0),
) -> np.ndarray:
    """uint8 mask (255 = seen) of the board image, a little inside the photo's frame."""
    mask = np.zeros(shape, np.uint8)
    polygon = np.round((outline_mm - np.array(origin)) * px_per_mm).astype(np.int32)
    cv2.fillPoly(mask, [polygon], 255)
    erode = int(round(inset_mm * px_per_mm))
    if erode > 0:
        mask = cv2.erode(mask, cv2.getStructuringElement(cv2.MORPH_RECT, (2 * erode + 1, 2 * erode + 1)))
    return mask


def crop_quad(image: np.ndarray, homography: np.ndarray, corners_mm: np.ndarray, px_per_mm: float) -> np.ndarray:
    """An upright crop of the board quad TL, TR, BR, BL (mm) cut from the photo."""
    board_to_photo = np.linalg.inv(homography)
    source = cv2.perspectiveTransform(corners_mm.reshape(-1, 1, 2).astype(np.float64), board_to_photo).reshape(-1, 2)
    width = np.linalg.norm(corners_mm[1] - corners_mm[0]) * px_per_mm
    height = np.linalg.norm(corners_mm[3] - corners_mm[0]) * px_per_mm
    size = (max(1, int(round(width))), max(1, int(round(height))))
    target = np.array([[0, 0], [size[0], 0], [size[0], size[1]], [0, size[1]]], np.float32)
    matrix = cv2.getPerspectiveTransform(source.astype(np.float32), target)
    return cv2.warpPerspective(image, matrix, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def rect_slices(
    rect: Rect, px_per_mm: float, shape: tuple[int, int], origin: tuple[float, float] = (0.0, 0.0)
) -> tuple[slice, slice]:
    ox, oy = origin
    y0 = max(0, int(np.floor((rect.y - oy) * px_per_mm)))
    y1 = min(shape[0], int(np.ceil((rect.bottom - oy) * px_per_mm)))
    x0 = max(0, int(np.floor((rect.x - ox) * px_per_mm)))
    x1 = min(shape[1], int(np.ceil((rect.right - ox) * px_per_mm)))
    return slice(y0, max(y0, y1)), slice(x0, max(x0, x1))
