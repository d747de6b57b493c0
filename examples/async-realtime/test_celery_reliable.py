import pytest
from celery.exceptions import Retry
from celery.schedules import crontab

from celery_reliable import (GatewayUnavailable, MailerDown, charge_order, create_app,
                             purge_expired_carts, send_receipt)

EAGER = {"task_always_eager": True, "task_store_eager_result": True,
         "result_backend": "cache+memory://"}


class FakeGateway:
    def __init__(self, failures=0):
        self.failures, self.calls, self.charges = failures, 0, {}

    def charge(self, idempotency_key, amount):
        self.calls += 1
        if self.failures:
            self.failures -= 1
            raise GatewayUnavailable("503 Service Unavailable")
        self.charges.setdefault(idempotency_key, amount)
        return f"ch_{idempotency_key}"


class FakeMailer:
    def __init__(self, failures=0):
        self.failures, self.sent = failures, []

    def send(self, message):
        if self.failures:
            self.failures -= 1
            raise MailerDown("SMTP timeout")
        self.sent.append(message)


def make(redis_url, gateway=None, mailer=None, **celery):
    return create_app(redis_url, gateway=gateway or FakeGateway(), mailer=mailer or FakeMailer(),
                      celery_overrides={**EAGER, **celery})


def test_transient_failures_are_retried_until_success(redis_url):
    gateway = FakeGateway(failures=2)
    make(redis_url, gateway=gateway)
    result = charge_order.delay(42, 1999)
    assert result.get() == {"order_id": 42, "charge_id": "ch_order-42", "attempts": 3}
    assert gateway.calls == 3 and gateway.charges == {"order-42": 1999}


def test_after_max_retries_the_task_fails_with_the_original_error(redis_url):
    gateway = FakeGateway(failures=100)
    make(redis_url, gateway=gateway)
    result = charge_order.delay(42, 1999)
    assert result.failed()
    assert isinstance(result.result, GatewayUnavailable)
    assert gateway.calls == 5  # the first run plus max_retries=4


def test_with_eager_propagates_a_retry_escapes_instead_of_retrying(redis_url):
    make(redis_url, gateway=FakeGateway(failures=1), task_eager_propagates=True)
    with pytest.raises(Retry):
        charge_order.delay(42, 1999)


def test_a_duplicate_delivery_does_not_send_a_second_receipt(redis_url):
    mailer = FakeMailer()
    make(redis_url, mailer=mailer)
    assert send_receipt.delay(7).get() == "sent"
    assert send_receipt.delay(7).get() == "duplicate"  # e.g. redelivered after a worker crash
    assert mailer.sent == ["Receipt for order 7"]


def test_a_failed_send_releases_the_claim_and_the_retry_sends(redis_url):
    mailer = FakeMailer(failures=1)
    make(redis_url, mailer=mailer)
    assert send_receipt.delay(8).get() == "sent"  # eager mode ignores the 60 s countdown
    assert mailer.sent == ["Receipt for order 8"]


def test_reliability_settings_and_the_schedule(redis_url):
    celery_app = make(redis_url).extensions["celery"]
    conf = celery_app.conf
    assert conf.task_acks_late and conf.task_reject_on_worker_lost
    assert conf.worker_prefetch_multiplier == 1
    assert conf.broker_transport_options == {"visibility_timeout": 3600}
    assert conf.task_time_limit == 300 and conf.task_soft_time_limit == 270
    entry = conf.beat_schedule["purge-expired-carts"]
    assert entry["schedule"] == crontab(hour=3, minute=0)
    assert entry["task"] in celery_app.tasks  # a registered task name, or beat sends in vain
    assert purge_expired_carts.delay().get() == "purged"
