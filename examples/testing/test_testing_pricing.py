import inspect
import json
import os
import pathlib
import subprocess
import sys

import testing_pricing
from testing_pricing import shipping_cost

HERE = pathlib.Path(__file__).parent


def test_weak_small_express_order():
    # The only test the "weak" suite has. It executes every line of shipping_cost.
    assert shipping_cost(20_00, express=True) == 14_80


def test_the_weak_suite_has_full_line_coverage_but_not_branch_coverage(tmp_path):
    rcfile = tmp_path / "coveragerc"
    rcfile.write_text("[run]\nbranch = True\n")
    env = {**os.environ, "COVERAGE_FILE": str(tmp_path / ".coverage")}
    coverage = [sys.executable, "-m", "coverage"]
    weak_suite = "test_testing_pricing.py::test_weak_small_express_order"
    subprocess.run([*coverage, "run", f"--rcfile={rcfile}", "--include=*/testing_pricing.py",
                    "-m", "pytest", "-q", "-p", "no:cacheprovider", weak_suite],
                   cwd=HERE, env=env, check=True, capture_output=True)
    subprocess.run([*coverage, "json", f"--rcfile={rcfile}", "-o", str(tmp_path / "cov.json")],
                   cwd=HERE, env=env, check=True, capture_output=True)
    (report,) = json.loads((tmp_path / "cov.json").read_text())["files"].values()
    assert report["missing_lines"] == []                    # 100% of lines ran
    if_express = inspect.getsource(testing_pricing).splitlines().index("    if express:") + 1
    assert report["missing_branches"] == [[if_express, if_express + 2]]  # express=False never ran


def test_a_boundary_test_finds_what_coverage_did_not():
    assert shipping_cost(49_99) == 4_90
    assert shipping_cost(50_01) == 0
    assert shipping_cost(50_00) == 4_90      # BUG shown: 50.00 should ship free


def test_a_mutant_survives_the_weak_suite():
    # Mutation testing in miniature: change > to >= and rerun the weak test's check.
    source = inspect.getsource(testing_pricing)
    source = source.replace("subtotal > FREE_FROM", "subtotal >= FREE_FROM")
    mutant = {}
    exec(compile(source, "mutant", "exec"), mutant)
    assert mutant["shipping_cost"](20_00, express=True) == 14_80      # still passes: undetected
    assert mutant["shipping_cost"](50_00) != shipping_cost(50_00)     # a boundary test sees it
