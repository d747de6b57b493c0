"""Gunicorn settings: gunicorn -c pool_fork_gunicorn.py "pool_fork:create_app()" """
bind = "127.0.0.1:8000"
workers = 2
preload_app = True  # import the app once in the master, then fork the workers


def post_fork(server, worker):
    """Runs in each new worker: drop the pooled connections inherited from the master."""
    from pool_fork import db

    flask_app = server.app.wsgi()  # the application the master already loaded
    with flask_app.app_context():
        db.engine.dispose(close=False)  # forget them without closing the master's sockets
