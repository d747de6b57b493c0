"""The config is data: load it and check the promises the answer makes about it."""
import pathlib
import tomllib

CONFIG = pathlib.Path(__file__).with_name("quality_pyproject.toml")


def load():
    with CONFIG.open("rb") as f:
        return tomllib.load(f)


def test_one_linter_config_covers_style_imports_and_security_rules():
    ruff = load()["tool"]["ruff"]
    assert ruff["line-length"] == 100
    assert {"E", "F", "I", "B", "UP", "S"} <= set(ruff["lint"]["select"])
    assert ruff["lint"]["per-file-ignores"]["tests/**"] == ["S101"]


def test_tests_treat_warnings_as_errors_and_coverage_has_a_floor():
    tool = load()["tool"]
    assert tool["pytest"]["ini_options"]["filterwarnings"] == ["error"]
    assert tool["coverage"]["report"]["fail_under"] == 90
    assert tool["coverage"]["run"]["branch"] is True
