from ex_ratelimit_starter import create_app


def test_the_gap_nothing_is_limited_yet():
    client = create_app().test_client()
    assert {client.get("/search").status_code for _ in range(10)} == {200}
