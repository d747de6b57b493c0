import pytest

from send_files import create_app


@pytest.fixture
def client(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "q1.txt").write_text("revenue: 100\n")
    (tmp_path / "secret.txt").write_text("db password\n")  # outside the folder
    return create_app(str(reports)).test_client()


def test_send_from_directory_serves_a_download(client):
    with client.get("/reports/q1.txt") as response:
        assert response.status_code == 200
        assert response.headers["Content-Disposition"] == "attachment; filename=q1.txt"
        assert response.text == "revenue: 100\n"


def test_send_from_directory_refuses_traversal_and_missing_files(client):
    assert client.get("/reports/../secret.txt").status_code == 404
    assert client.get("/reports/nope.txt").status_code == 404


def test_send_file_with_a_joined_user_path_leaks_files(client):
    with client.get("/unsafe/../secret.txt") as response:
        assert response.text == "db password\n"  # the anti-pattern in action


def test_safe_join_by_hand(client):
    with client.get("/previews/q1.txt") as response:
        assert response.headers["Content-Disposition"] == "inline; filename=q1.txt"
        assert response.content_type == "text/plain; charset=utf-8"
    assert client.get("/previews/../secret.txt").status_code == 404


def test_conditional_and_range_requests(client):
    with client.get("/reports/q1.txt") as first:
        etag = first.headers["ETag"]
        assert first.headers["Cache-Control"] == "no-cache"  # revalidate every time
        assert first.headers["Accept-Ranges"] == "bytes"
    with client.get("/reports/q1.txt", headers={"If-None-Match": etag}) as again:
        assert (again.status_code, again.data) == (304, b"")
    with client.get("/reports/q1.txt", headers={"Range": "bytes=0-6"}) as part:
        assert (part.status_code, part.data) == (206, b"revenue")
        assert part.headers["Content-Range"] == "bytes 0-6/13"


def test_in_memory_file_with_a_non_ascii_name(client):
    response = client.get("/invoices/7.csv")
    assert response.text == "invoice,7\ntotal,42.00\n"
    assert response.headers["Content-Disposition"] == (
        "attachment; filename=Rechnung-7-Marz.csv; filename*=UTF-8''Rechnung-7-M%C3%A4rz.csv"
    )
    assert "ETag" not in response.headers  # no path: no automatic ETag...
    assert "Last-Modified" not in response.headers  # ...and no modification time
