import pytest

from x_sendfile import create_app

AUTH = {"Authorization": "Bearer s3cret-token"}


@pytest.fixture
def files(tmp_path):
    (tmp_path / "big.iso").write_bytes(b"x" * 10_000)
    return tmp_path


def test_without_x_sendfile_python_streams_the_file(files):
    client = create_app(str(files)).test_client()
    assert client.get("/files/big.iso").status_code == 401
    with client.get("/files/big.iso", headers=AUTH) as response:
        assert len(response.data) == 10_000
        assert "X-Sendfile" not in response.headers


def test_use_x_sendfile_hands_the_path_to_the_server(files):
    app = create_app(str(files))
    app.config["USE_X_SENDFILE"] = True
    client = app.test_client()
    with client.get("/files/big.iso", headers=AUTH) as response:
        assert response.data == b""  # the web server fills in the body
        assert response.headers["X-Sendfile"] == str(files / "big.iso")
        assert response.headers["Content-Length"] == "10000"
        etag = response.headers["ETag"]
    with client.get("/files/big.iso", headers={**AUTH, "If-None-Match": etag}) as response:
        assert response.status_code == 304
        assert "X-Sendfile" not in response.headers  # removed so the file is not sent anyway
    assert client.get("/files/../x_sendfile.py", headers=AUTH).status_code == 404


def test_nginx_x_accel_redirect(files):
    client = create_app(str(files)).test_client()
    assert client.get("/nginx/files/big.iso").status_code == 401
    response = client.get("/nginx/files/reports/Q1 2026.pdf", headers=AUTH)
    assert response.data == b""
    assert response.headers["X-Accel-Redirect"] == "/_protected/reports/Q1%202026.pdf"
    assert response.headers["Content-Disposition"] == 'attachment; filename="Q1 2026.pdf"'
    assert client.get("/nginx/files/../etc/passwd", headers=AUTH).status_code == 404


@pytest.mark.parametrize("path", ["/files/big.iso", "/nginx/files/big.iso"])
def test_no_credentials_is_401_and_no_permission_is_403(files, path):
    client = create_app(str(files)).test_client()
    for headers in ({}, {"Authorization": "Bearer wrong"}):  # not authenticated: who are you?
        response = client.get(path, headers=headers)
        assert response.status_code == 401
        assert response.headers["WWW-Authenticate"] == "Bearer"  # how to authenticate
    response = client.get(path, headers={"Authorization": "Bearer guest-token"})
    assert response.status_code == 403  # authenticated as guest, but not allowed
    assert "X-Sendfile" not in response.headers and "X-Accel-Redirect" not in response.headers
