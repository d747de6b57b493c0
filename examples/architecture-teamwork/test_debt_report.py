import pathlib

from debt_report import find_debt, report

VIEWS = '''\
from flask import Flask

# DEBT(security): hand-rolled auth decorator; move to Flask-Login (ticket 112)
def login_required(view): ...


# FIXME(perf): N+1 query in /users; use selectinload
def list_users(): ...

# TODO(api): unversioned /api routes; add /api/v1 before the mobile app ships
# An ordinary comment is not debt.
'''


def test_report_lists_every_marker_with_its_location(tmp_path):
    (tmp_path / "views.py").write_text(VIEWS, encoding="utf-8")
    expected = pathlib.Path(__file__).with_name("debt_sample.txt").read_text(encoding="utf-8")
    assert report(tmp_path) == expected.rstrip("\n")


def test_files_without_markers_report_nothing(tmp_path):
    (tmp_path / "clean.py").write_text("x = 1  # fine\n", encoding="utf-8")
    assert find_debt(tmp_path) == []
