from flask import url_for

from bp_templates import app

client = app.test_client()


def test_app_templates_shadow_blueprint_templates_with_the_same_name():
    assert client.get("/blog/").text == client.get("/").text == "<h1>App index</h1>"


def test_namespaced_blueprint_template_is_found():
    html = client.get("/blog/hello-world").text
    assert "<h1>Hello-World</h1>" in html
    assert 'href="/blog/static/blog.css"' in html


def test_blueprint_static_files_are_served_under_its_prefix():
    response = client.get("/blog/static/blog.css")
    assert response.status_code == 200
    assert response.mimetype == "text/css"
    assert b"Georgia" in response.data
    response.close()
    with app.test_request_context():
        assert url_for("blog.static", filename="blog.css") == "/blog/static/blog.css"


def test_one_namespace_for_all_template_folders_app_first():
    assert sorted(app.jinja_env.loader.list_templates()) == ["blog/post.html", "index.html"]
    _, filename, _ = app.jinja_env.loader.get_source(app.jinja_env, "index.html")
    assert filename.endswith("/templates/index.html")  # not blog_templates/index.html
