from ex_ratelimit import create_app


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def get(client, ip="203.0.113.7"):
    return client.get("/search", environ_base={"REMOTE_ADDR": ip})


def test_fourth_request_in_the_window_is_429():
    client = create_app(FakeClock()).test_client()
    assert [get(client).status_code for _ in range(4)] == [200, 200, 200, 429]
    blocked = get(client)
    assert blocked.json == {"error": "too many requests"}
    assert blocked.headers["Retry-After"] == "60"


def test_clients_are_counted_separately():
    client = create_app(FakeClock()).test_client()
    for _ in range(4):
        get(client, "203.0.113.7")
    assert get(client, "198.51.100.2").status_code == 200


def test_the_window_slides():
    clock = FakeClock()
    client = create_app(clock).test_client()
    get(client)                     # t=1000
    clock.now += 30
    get(client), get(client)        # t=1030, limit reached
    assert get(client).headers["Retry-After"] == "30"
    clock.now += 30                 # the t=1000 hit has left the window
    assert get(client).status_code == 200
    assert get(client).status_code == 429


def test_wraps_keeps_the_view_name_and_docstring():
    app = create_app()
    view = app.view_functions["search"]
    assert view.__name__ == "search" and view.__doc__ == "Search the catalog."
