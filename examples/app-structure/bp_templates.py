"""Blueprint template and static folders, and the shared template namespace."""
from flask import Blueprint, Flask, render_template

blog = Blueprint(
    "blog",
    __name__,
    url_prefix="/blog",
    template_folder="blog_templates",  # relative to this module's folder
    static_folder="blog_static",  # files served by the endpoint blog.static
    static_url_path="/static",  # default would be "/blog_static" (the folder's name)
)


@blog.get("/")
def index():
    return render_template("index.html")  # ambiguous name: the app's template wins


@blog.get("/<slug>")
def post(slug):
    return render_template("blog/post.html", title=slug.title())  # namespaced: safe


app = Flask(__name__)  # its own templates/ folder is searched first


@app.get("/")
def home():
    return render_template("index.html")


app.register_blueprint(blog)
