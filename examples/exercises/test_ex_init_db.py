import sqlalchemy as sa

from ex_init_db import create_app, create_test_app, db


def test_the_cli_command_creates_the_tables(tmp_path):
    app = create_app(f"sqlite:///{tmp_path / 'app.db'}")
    result = app.test_cli_runner().invoke(args=["init-db"])
    assert result.exit_code == 0 and result.output == "Created the tables.\n"
    with app.app_context():
        assert sa.inspect(db.engine).get_table_names() == ["note"]
        db.engine.dispose()


def test_an_explicit_app_context_works_too():
    app = create_test_app()
    with app.app_context():
        assert sa.inspect(db.engine).get_table_names() == ["note"]
