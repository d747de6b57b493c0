import hashlib
import io
import os
from tempfile import SpooledTemporaryFile

import pytest
from werkzeug.datastructures import FileStorage
from werkzeug.formparser import default_stream_factory
from werkzeug.test import encode_multipart

from forms_large_uploads import create_app

MB = 1024 * 1024


@pytest.fixture
def folder(tmp_path):
    return tmp_path


def files_in(folder):
    return sorted(os.listdir(folder)), sorted(os.listdir(folder / ".incoming"))


def test_werkzeug_spools_file_parts_to_disk_after_500_kb():
    stream = default_stream_factory(total_content_length=None, content_type=None, filename="a")
    assert isinstance(stream, SpooledTemporaryFile)
    stream.write(b"x" * 500 * 1024)
    assert stream.name is None  # still a BytesIO in memory
    stream.write(b"x")
    assert stream.name is not None  # rolled over to a real temporary file
    stream.close()


def test_a_multipart_upload_is_linked_into_place_without_a_copy(folder):
    client = create_app(str(folder)).test_client()
    data = os.urandom(2 * MB)
    boundary, body = encode_multipart({"video": FileStorage(io.BytesIO(data), "clip.mp4")})
    response = client.post("/videos", data=body,
                           content_type=f'multipart/form-data; boundary="{boundary}"')
    assert response.status_code == 201
    assert (folder / response.json["id"]).read_bytes() == data
    assert files_in(folder) == ([".incoming", response.json["id"]], [])  # temp name gone


def test_a_raw_body_is_streamed_and_hashed_in_chunks(folder):
    client = create_app(str(folder)).test_client()
    data = os.urandom(3 * MB + 5)
    response = client.put("/blobs", data=data, content_type="application/octet-stream")
    assert response.status_code == 201
    assert response.json == {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
    assert (folder / response.json["sha256"]).read_bytes() == data
    assert files_in(folder)[1] == []


def test_a_declared_length_over_the_limit_is_refused_before_reading(folder):
    client = create_app(str(folder), max_bytes=1 * MB).test_client()
    response = client.put("/blobs", data=b"x" * (1 * MB + 1))
    assert response.status_code == 413
    assert files_in(folder) == ([".incoming"], [])


def test_a_chunked_body_that_grows_past_the_limit_leaves_no_partial_file(folder):
    client = create_app(str(folder), max_bytes=1 * MB).test_client()
    response = client.put(
        "/blobs", input_stream=io.BytesIO(b"x" * 3 * MB),
        headers={"Transfer-Encoding": "chunked"},  # no Content-Length to check up front
        environ_overrides={"wsgi.input_terminated": True},  # as Gunicorn sets it
    )
    assert response.status_code == 413  # raised by the stream after 1 MB was written
    assert files_in(folder) == ([".incoming"], [])


def test_a_client_that_disconnects_leaves_no_partial_file(folder):
    client = create_app(str(folder)).test_client()
    response = client.put("/blobs", input_stream=io.BytesIO(b"x" * 1000),
                          environ_overrides={"CONTENT_LENGTH": "5000"})  # 4000 bytes missing
    assert response.status_code == 400  # werkzeug's ClientDisconnected
    assert files_in(folder) == ([".incoming"], [])
