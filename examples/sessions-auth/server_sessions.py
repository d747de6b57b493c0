"""Server-side sessions: an opaque random id in the cookie, the data in a store on the server."""
import secrets
import threading
import time

from flask import Flask, request, session
from flask.sessions import SessionInterface, SessionMixin
from werkzeug.datastructures import CallbackDict
from werkzeug.security import check_password_hash, generate_password_hash


class ServerSession(CallbackDict, SessionMixin):
    def __init__(self, data=None, sid=None, new=True):
        def on_update(self_):
            self_.modified = True

        super().__init__(data, on_update)
        self.sid = sid or secrets.token_urlsafe(32)  # 256 random bits: cannot be guessed
        self.new = new
        self.modified = False
        self.rotate = False

    def regenerate(self):
        """Keep the data, change the id: call it whenever the privilege level changes."""
        self.rotate = True
        self.modified = True


class MemoryStore:
    """Stands in for Redis or a database table; the key point is that the server can delete."""

    def __init__(self, clock=time.time):
        self.clock = clock
        self._items = {}  # sid -> (expires_at, data)
        self._lock = threading.Lock()

    def load(self, sid):
        with self._lock:
            expires_at, data = self._items.get(sid, (0, None))
            return dict(data) if self.clock() < expires_at else None

    def save(self, sid, data, lifetime):
        with self._lock:
            self._items[sid] = (self.clock() + lifetime, dict(data))

    def delete(self, sid):
        with self._lock:
            self._items.pop(sid, None)

    def delete_user(self, user_id):  # "log out all my devices"
        with self._lock:
            for sid in [s for s, (_, d) in self._items.items() if d.get("user_id") == user_id]:
                del self._items[sid]


class ServerSessionInterface(SessionInterface):
    def __init__(self, store):
        self.store = store

    def open_session(self, app, request):
        sid = request.cookies.get(self.get_cookie_name(app))
        data = self.store.load(sid) if sid else None
        if data is None:  # unknown or expired id: never adopt it, start a fresh one
            return ServerSession()
        return ServerSession(data, sid=sid, new=False)

    def save_session(self, app, session, response):
        name, domain, path = (self.get_cookie_name(app), self.get_cookie_domain(app),
                              self.get_cookie_path(app))
        response.vary.add("Cookie")
        if not session:  # emptied (logout): delete the data on the server, then the cookie
            self.store.delete(session.sid)
            if not session.new:
                response.delete_cookie(name, domain=domain, path=path)
            return
        if session.rotate:
            self.store.delete(session.sid)  # the old id stops working now
            session.sid = secrets.token_urlsafe(32)
        lifetime = app.permanent_session_lifetime.total_seconds()
        self.store.save(session.sid, session, lifetime)  # every request slides the expiry
        response.set_cookie(
            name, session.sid, expires=self.get_expiration_time(app, session),
            httponly=self.get_cookie_httponly(app), secure=self.get_cookie_secure(app),
            samesite=self.get_cookie_samesite(app), domain=domain, path=path,
        )


USERS = {"ann": generate_password_hash("correct horse battery")}


def create_app(store=None):
    app = Flask(__name__)
    app.config.update(SESSION_COOKIE_SAMESITE="Lax")  # no SECRET_KEY needed for the ids
    app.session_interface = ServerSessionInterface(store or MemoryStore())

    def check_credentials():
        name = request.form["user"]
        if name in USERS and check_password_hash(USERS[name], request.form["password"]):
            return name
        return None

    @app.get("/")
    def home():
        session["visits"] = session.get("visits", 0) + 1  # anonymous sessions exist too
        return {"user": session.get("user_id"), "visits": session["visits"]}

    @app.post("/login")
    def login():
        user_id = check_credentials()
        if user_id is None:
            return "wrong credentials", 401
        session.regenerate()  # new id at the privilege change: defeats session fixation
        session["user_id"] = user_id
        return {"user": user_id}

    @app.post("/unsafe/login")
    def login_without_rotation():
        user_id = check_credentials()
        if user_id is None:
            return "wrong credentials", 401
        session["user_id"] = user_id  # Insecure: the pre-login id now carries the login
        return {"user": user_id}

    @app.post("/logout")
    def logout():
        session.clear()  # the record is deleted: a copied cookie is worthless afterwards
        return "", 204

    @app.post("/logout-everywhere")
    def logout_everywhere():
        if "user_id" not in session:
            return "", 401
        app.session_interface.store.delete_user(session["user_id"])
        session.clear()
        return "", 204

    return app
