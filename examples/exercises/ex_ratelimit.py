"""Solution: a sliding-window rate limit per client address, kept in process memory."""
import collections
import functools
import math
import threading
import time

from flask import Flask, request


def rate_limit(max_requests, window, clock=time.monotonic):
    hits = collections.defaultdict(collections.deque)  # client -> timestamps, oldest first
    lock = threading.Lock()  # threaded servers run views concurrently

    def decorator(view):
        @functools.wraps(view)
        def wrapper(*args, **kwargs):
            key = request.remote_addr
            now = clock()
            with lock:
                stamps = hits[key]
                while stamps and stamps[0] <= now - window:
                    stamps.popleft()  # slid out of the window
                if len(stamps) >= max_requests:
                    retry = math.ceil(stamps[0] + window - now)
                    return {"error": "too many requests"}, 429, {"Retry-After": str(retry)}
                stamps.append(now)
            return view(*args, **kwargs)
        return wrapper
    return decorator


def create_app(clock=time.monotonic):
    app = Flask(__name__)

    @app.get("/search")
    @rate_limit(max_requests=3, window=60, clock=clock)
    def search():
        """Search the catalog."""
        return {"results": []}

    return app
