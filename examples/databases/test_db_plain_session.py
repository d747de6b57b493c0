from db_plain_session import Note, create_app


def test_session_is_closed_and_connection_released_after_each_request(tmp_path):
    app = create_app(f"sqlite:///{tmp_path / 'notes.db'}")
    engine = app.extensions["engine"]
    with app.extensions["session_factory"]() as session:
        session.add(Note(text="hello"))
        session.commit()
    response = app.test_client().get("/notes")
    assert response.json == {"notes": ["hello"], "connections_in_use": 1}
    assert engine.pool.checkedout() == 0  # close_session ran at teardown
    engine.dispose()
