"""Signed links in emails: no login, no password, and nothing guessable.

Confirmation links expire (a pending subscription is meant to be confirmed soon); preference and
unsubscribe links never do, because an unsubscribe link in a two-year-old mail must still work.
Both carry the subscriber's random ``uuid``, so erasing a subscriber kills every link at once.
"""

from django.core import signing

CONFIRM_SALT = "newsletters.confirm"
MANAGE_SALT = "newsletters.manage"
CONFIRM_MAX_AGE = 7 * 24 * 60 * 60


class InvalidToken(Exception):
    pass


class ExpiredToken(InvalidToken):
    pass


def confirm_token(subscriber) -> str:
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign(str(subscriber.uuid))


def manage_token(subscriber_uuid) -> str:
    return signing.Signer(salt=MANAGE_SALT).sign(str(subscriber_uuid))


def read_confirm_token(token: str) -> str:
    try:
        return signing.TimestampSigner(salt=CONFIRM_SALT).unsign(token, max_age=CONFIRM_MAX_AGE)
    except signing.SignatureExpired as exc:
        raise ExpiredToken from exc
    except signing.BadSignature as exc:
        raise InvalidToken from exc


def read_manage_token(token: str) -> str:
    try:
        return signing.Signer(salt=MANAGE_SALT).unsign(token)
    except signing.BadSignature as exc:
        raise InvalidToken from exc
