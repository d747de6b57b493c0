"""Helpers shared by the fixtures and the tests: building the site, serving it like GitHub Pages.
Serving, gzip, the build environment and finding Chromium live in scripts/serving.py (the
benchmark uses them too); they are re-exported here for the tests."""
from __future__ import annotations

import dataclasses
import pathlib
import shutil
import subprocess
import sys
import unicodedata
import urllib.parse

from scripts.serving import (  # noqa: F401  (re-exported for the tests)
    CHROMIUM, ROOT, SubpathHandler, build_env, chromium_path, copy_project, default_site_url,
    gzip_bytes, mkdocs_config, serve,
)


def squeeze(text: str) -> str:
    """Text as it can be compared with text extracted from a PDF. Line breaks and spaces fall
    anywhere in extracted text, so all whitespace goes; fonts with ligatures give U+FB01 for
    "fi" and U+FB02 for "fl", so compatibility characters are folded (NFKC)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def run_build(project: pathlib.Path, site_dir: pathlib.Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project, capture_output=True, text=True, env=build_env(), check=False,
    )


@dataclasses.dataclass
class Build:
    dir: pathlib.Path
    returncode: int
    output: str
    seconds: float
    site_url: str

    @property
    def base_path(self) -> str:
        return urllib.parse.urlsplit(self.site_url).path   # e.g. /flask-interview-handbook/

    def html(self, rel: str) -> str:
        return (self.dir / rel).read_text(encoding="utf-8")


