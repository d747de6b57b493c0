"""Tasks that survive flaky dependencies and crashed workers: retries with backoff, late
acknowledgement, idempotent side effects, time limits and a schedule."""
import redis
from celery import shared_task
from celery.schedules import crontab
from flask import Flask, current_app

from celery_factory import celery_init_app


class GatewayUnavailable(Exception):
    """A temporary failure worth retrying: a timeout, a 503."""


class MailerDown(Exception):
    pass


@shared_task(bind=True, autoretry_for=(GatewayUnavailable,), max_retries=4,
             retry_backoff=2, retry_backoff_max=300, retry_jitter=True)  # waits up to 2, 4, 8, 16 s
def charge_order(self, order_id, amount_cents):
    gateway = current_app.extensions["gateway"]
    # The provider deduplicates on this key, so a retry or a redelivery never charges twice.
    charge_id = gateway.charge(idempotency_key=f"order-{order_id}", amount=amount_cents)
    return {"order_id": order_id, "charge_id": charge_id, "attempts": self.request.retries + 1}


@shared_task(bind=True, max_retries=3)
def send_receipt(self, order_id):
    store = redis.Redis.from_url(current_app.config["REDIS_URL"])
    key = f"receipt-sent:{order_id}"
    try:
        if not store.set(key, self.request.id or "-", nx=True, ex=7 * 24 * 3600):
            return "duplicate"  # another delivery of this message already did the work
        try:
            current_app.extensions["mailer"].send(f"Receipt for order {order_id}")
        except MailerDown as exc:
            store.delete(key)  # release the claim so the retry can send it
            raise self.retry(exc=exc, countdown=60)
        return "sent"
    finally:
        store.close()


@shared_task
def purge_expired_carts():
    return "purged"


def create_app(redis_url, *, gateway, mailer, celery_overrides=None):
    app = Flask(__name__)
    app.config.from_mapping(REDIS_URL=redis_url, CELERY={
        "broker_url": redis_url,
        "result_backend": redis_url,
        "task_acks_late": True,  # ack after the task ran: a crash means redelivery, not loss
        "task_reject_on_worker_lost": True,  # ...also when the child process is killed
        "worker_prefetch_multiplier": 1,  # don't reserve messages another worker could run
        "broker_transport_options": {"visibility_timeout": 3600},  # Redis: unacked -> redelivered
        "task_soft_time_limit": 270,  # SoftTimeLimitExceeded inside the task: clean up
        "task_time_limit": 300,  # then the worker kills it
        "beat_schedule": {
            "purge-expired-carts": {"task": "celery_reliable.purge_expired_carts",
                                    "schedule": crontab(hour=3, minute=0)},  # 03:00 daily
        },
        **(celery_overrides or {}),
    })
    app.extensions["gateway"] = gateway
    app.extensions["mailer"] = mailer
    celery_init_app(app)
    return app
