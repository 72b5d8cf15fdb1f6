"""Printing results of commands: JSON for machines, plain Dutch text for people."""

from __future__ import annotations

import json
import sys
from typing import Any


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def print_error(message: str) -> None:
    sys.stderr.write(f"bruinpapier: fout: {message}\n")
