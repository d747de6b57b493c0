import pytest

import legacy_flask as legacy


@pytest.mark.parametrize(
    ("old_code", "error"),
    [
        (legacy.run_setup_before_first_request, AttributeError),
        (legacy.read_app_env, AttributeError),
        (legacy.import_json_encoder, ImportError),
        (legacy.make_markup, AttributeError),
        (legacy.escape_html, AttributeError),
        (legacy.top_of_app_context_stack, AttributeError),
        (legacy.import_safe_join, ImportError),
        (legacy.download_with_old_argument_name, TypeError),
        (legacy.import_werkzeug_url_quote, ImportError),
    ],
)
def test_removed_api_fails(old_code, error):
    with pytest.raises(error):
        old_code()


def test_json_sort_keys_config_is_silently_ignored():
    assert legacy.sort_json_keys_via_config() == '{"a": 2, "b": 1}'  # still sorted


def test_flask_version_still_works_but_warns():
    with pytest.warns(DeprecationWarning, match="removed in Flask 3.2"):
        assert legacy.flask_version() == "3.1.3"


def test_the_setup_function_itself_is_fine():
    assert legacy.create_tables() == "tables created"  # only the hook that ran it is gone
