"""Two-factor authentication for the Wagtail admin, on django-otp's TOTP and static devices.

No Wagtail package for it supports Wagtail 8 (README, "Two-factor authentication"), so this app is
the thin part of our own: the middleware that asks for the code, the code, enrolment and device
pages, the account settings panel and ``manage.py reset_2fa``. django-otp keeps the devices,
checks the codes and throttles wrong ones.
"""
