import pathlib
from importlib.metadata import version

from flask_requirements import main, split_requirements

HERE = pathlib.Path(__file__).parent


def test_output_matches_the_page(capsys):
    main()
    assert capsys.readouterr().out == (HERE / "flask_requirements_output.txt").read_text()


def test_every_core_dependency_is_installed():
    core, extras = split_requirements()
    names = [spec.split(">=")[0] for spec in core]
    assert names == ["blinker", "click", "itsdangerous", "jinja2", "markupsafe", "werkzeug"]
    for name in names:
        assert version(name)  # raises PackageNotFoundError if pip did not install it
    # Optional pieces are extras, not installed by a plain `pip install Flask`.
    assert set(extras) == {"async", "dotenv"}
