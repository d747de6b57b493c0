import time

from cfg_rotation import create_app

OLD, NEW = "old-key-" + "a" * 56, "new-key-" + "b" * 56


def cookie_from(app, query=""):
    client = app.test_client()
    client.post("/login" + query)
    return client.get_cookie("session").value


def user_id(app, cookie):
    client = app.test_client()
    client.set_cookie("session", cookie)
    return client.get("/me").json["user_id"]


def test_old_cookies_survive_with_the_old_key_as_fallback():
    old_cookie = cookie_from(create_app(OLD))
    assert user_id(create_app(NEW, [OLD]), old_cookie) == 42
    assert user_id(create_app(NEW), old_cookie) is None  # no fallback: logged out


def test_new_cookies_are_signed_with_the_current_key():
    new_cookie = cookie_from(create_app(NEW, [OLD]))
    assert user_id(create_app(NEW), new_cookie) == 42  # valid without any fallback
    assert user_id(create_app(OLD), new_cookie) is None


def test_two_phase_rollout_new_key_as_fallback_first():
    # Phase 1 workers (old key current, new key accepted) read phase 2 cookies.
    phase_1, phase_2 = create_app(OLD, [NEW]), create_app(NEW, [OLD])
    assert user_id(phase_1, cookie_from(phase_2)) == 42
    assert user_id(phase_2, cookie_from(phase_1)) == 42


def test_only_resent_cookies_move_to_the_new_key():
    rotated = create_app(NEW, [OLD])
    for query, resent in (("", False), ("?remember=1", True)):
        client = rotated.test_client()
        client.set_cookie("session", cookie_from(create_app(OLD), query))
        response = client.get("/me")
        assert ("Set-Cookie" in response.headers) is resent
        assert (user_id(create_app(NEW), client.get_cookie("session").value) == 42) is resent


def test_after_the_session_lifetime_old_cookies_are_dead_anyway(monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(time, "time", lambda: 1_000_000_000.0)  # sign it in 2001
        ancient = cookie_from(create_app(OLD))
    assert user_id(create_app(NEW, [OLD]), ancient) is None  # older than 31 days: expired
