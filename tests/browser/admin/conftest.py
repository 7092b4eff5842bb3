"""Admin browser harness: the live server answers with the production Content-Security-Policy,
and every CSP violation and JavaScript error an admin screen raises is collected and must be 0.

``admin_browser`` opens a logged-in tab (``admin_browser.login(user)``); ``visit`` goes to an
admin screen, waits for it and runs axe-core on it. At the end of each test the fixture fails if
any page raised a ``securitypolicyviolation`` event, logged a CSP refusal to the console, or threw
an uncaught error (``pageerror``); ``admin_browser.report()`` gives the counts.
"""

import json
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import WCAG_TAGS

PROJECT = Path(__file__).resolve().parents[3]
from tests.admin_roles import PASSWORD  # noqa: E402

expect.set_options(timeout=30_000)

# Playwright injects this before any page script (and outside the page's CSP): each violation
# event is handed to Python through an exposed binding, for every frame and every navigation.
REPORTER = """
document.addEventListener('securitypolicyviolation', (e) => {
    window.__levlCspViolation({
        directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample,
        source: e.sourceFile + ':' + e.lineNumber, page: document.location.pathname,
    });
});
"""

# axe-core rules that fail on markup Wagtail itself renders and we cannot change from here.
# Each entry is (rule id, regular expression for the node's CSS selector, screens it applies to):
# keep it minimal, say why.
WAGTAIL_AXE_EXCLUSIONS: list[tuple[str, str, str]] = [
    # Draftail (Wagtail's rich-text editor) renders its contenteditable as role="textbox" described
    # by its placeholder but not labelled; the field's <label> points at the hidden input Wagtail
    # keeps the value in. The id is random per render, hence the pattern.
    ("aria-input-field-name", r'div\[aria-describedby="placeholder-[0-9a-z]+"\]', r".*"),
    # The same editor as a StreamField block (a newsletter's "Text"): no placeholder, so axe names
    # it by Draft.js's own class; the block's heading is not tied to it either.
    ("aria-input-field-name", r"\.notranslate", r"(add newsletter issue, filled in|page chooser)"),
    # Wagtail's approve/reject dialog (wagtailadmin/shared/workflow_action_modal.html) puts its
    # fields' <div>s straight into <ul class="fields">.
    ("list", r"\.fields", r"approve dialog"),
    # Wagtail's page chooser: the grey "parent page" link beside each search result.
    ("color-contrast", r"\.navigate-parent", r"page chooser"),
    # wagtail-localize's translation editor (React, styled-components: the class names are its
    # build's): field headings in grey on white below 4.5:1, and the PO upload's file input, kept
    # hidden behind its "Upload PO file" button, has no label of its own.
    ("color-contrast", r"(.* > )?li(:nth-child\(\d+\))? > \.sc-fqkvVR\.egUDse", r"translation editor.*"),
    (
        "label",
        r'.* > form(\[[^]]+\])+ > \.sc-jlZhew\.eEoLoR\[type="file"\]',
        r"translation editor.*",
    ),
]


def _excluded(rule, target, screen):
    selector = " ".join(map(str, target))
    return any(
        rule == excluded and re.fullmatch(pattern, selector) and re.fullmatch(screens, screen)
        for excluded, pattern, screens in WAGTAIL_AXE_EXCLUSIONS
    )


def production_csp():
    """The CSP settings of website.project.settings.production, read in a child process (production
    settings refuse to import without their secrets, and must not leak into the test process)."""
    code = (
        "import json, django.conf; from django.conf import settings; "
        "print(json.dumps({'site': settings.CONTENT_SECURITY_POLICY, 'admin': settings.ADMIN_CONTENT_SECURITY_POLICY},"
        " default=str))"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "website.project.settings.production",
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "example.org",
        "DATABASE_URL": "postgres://nobody@127.0.0.1:1/none",
        "REDIS_URL": "redis://127.0.0.1:1/0",  # required by production settings since main added Redis
    }
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=PROJECT, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


@pytest.fixture(scope="session")
def production_policies():
    return production_csp()


@dataclass
class Problems:
    csp: list = field(default_factory=list)
    js_errors: list = field(default_factory=list)
    console_errors: list = field(default_factory=list)
    screens: list = field(default_factory=list)
    axe: list = field(default_factory=list)


class AdminBrowser:
    """One browser context: a person logged in to the admin, and what their screens raised."""

    def __init__(self, browser, live_server, axe_source):
        self.browser = browser
        self.live_server = live_server
        self.axe_source = axe_source
        self.problems = Problems()
        self.contexts = []
        self.page = None

    def new_tab(self, locale="nl-BE"):
        context = self.browser.new_context(locale=locale, viewport={"width": 1400, "height": 1000})
        context.expose_binding("__levlCspViolation", lambda source, info: self.problems.csp.append(info))
        context.add_init_script(REPORTER)
        tab = context.new_page()
        # Admin screens are heavy (an edit page loads ~1 MB of JS); the machines are shared.
        tab.set_default_timeout(30_000)
        tab.on("pageerror", lambda error: self.problems.js_errors.append(f"{tab.url}: {error}"))
        tab.on("console", lambda message: self._console(tab, message))
        tab.on("response", lambda response: self._response(response))
        self.contexts.append(context)
        return tab

    def _response(self, response):
        # A 400 from the live preview or autosave is Wagtail saying "the form is not valid yet".
        path = response.url.split("/", 3)[-1]
        if not path.startswith(("admin/", "static/")):
            return  # the site's own pages: tests check their answers themselves
        if response.status >= 500 or response.status in (403, 404):
            self.problems.console_errors.append(f"HTTP {response.status} {response.request.method} {response.url}")

    def _console(self, tab, message):
        if message.type != "error":
            return
        text = message.text
        if text.startswith("Failed to load resource"):
            return  # the response itself is judged in _response, which knows its URL
        if "Content Security Policy" in text:
            self.problems.csp.append({"console": text, "page": tab.url})
        else:
            self.problems.console_errors.append(f"{tab.url}: {text}")

    def login(self, user, password=PASSWORD, locale="nl-BE", code=None):
        """A fresh tab logged in as ``user`` through the login form (CSP applies to it too);
        ``code()``, when given, gives the two-factor code asked for after the password."""
        self.page = self.new_tab(locale)
        return self.sign_in(user, password, code)

    def sign_in(self, user, password=PASSWORD, code=None):
        """The login form in the current tab, then the two-factor code page when ``code`` is given."""
        response = self.page.goto(self.live_server.url + "/admin/login/")
        assert "style-src-elem 'self' 'unsafe-inline'" in response.headers["content-security-policy"]
        self.page.fill("#id_username", user.get_username())
        self.page.fill("#id_password", password)
        with self.page.expect_navigation():
            self.page.click("button[type=submit]")
        expect(self.page.locator("#wagtail")).to_have_class(re.compile("ready"))
        if code is not None:
            self.page.fill("#id_code", code())
            with self.page.expect_navigation():
                self.page.click(".login-form button[type=submit]")
            expect(self.page.locator("#wagtail")).to_have_class(re.compile("ready"))
        return self.page

    def visit(self, path, label=None, ready=None):
        """Open an admin screen, wait until Wagtail's JS has started, and check it with axe-core."""
        self.page.goto(self.live_server.url + path)
        self.settle(ready)
        self.axe(label or path)
        return self.page

    def settle(self, ready=None):
        expect(self.page.locator("body#wagtail")).to_have_class(re.compile(r"\bready\b"))
        if ready:
            expect(self.page.locator(ready).first).to_be_visible()

    def axe(self, label):
        """axe-core WCAG 2.1 A/AA on the current screen, minus the listed Wagtail exclusions."""
        self.problems.screens.append(label)
        # Colours are measured once transitions end (messages and dialogs fade in).
        # (evaluate, not wait_for_function: that one compiles its code in the page, which the CSP forbids)
        self.page.evaluate(
            """() => Promise.all(document.getAnimations()
                .filter((a) => a.effect && a.effect.getTiming().iterations !== Infinity)
                .map((a) => a.finished.catch(() => null)))"""
        )
        self.page.evaluate(self.axe_source)
        result = self.page.evaluate(
            "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
        )
        violations = []
        for violation in result["violations"]:
            nodes = [
                node["target"] for node in violation["nodes"] if not _excluded(violation["id"], node["target"], label)
            ]
            if nodes:
                violations.append({"id": violation["id"], "help": violation["help"], "nodes": nodes[:8]})
        self.problems.axe.extend({"screen": label, **v} for v in violations)

    def report(self):
        problems = self.problems
        return {
            "screens": len(problems.screens),
            "csp": len(problems.csp),
            "js": len(problems.js_errors),
            "axe": len(problems.axe),
        }

    def close(self):
        for context in self.contexts:
            context.close()


@pytest.fixture
def admin_browser(browser, live_server, axe_source, production_policies):
    """A logged-in admin tab under the production CSP; fails the test on any CSP violation or JS error."""
    from django.conf import settings

    # The live server must answer with exactly the policies production sends.
    assert json.loads(json.dumps(settings.CONTENT_SECURITY_POLICY, default=str)) == production_policies["site"]
    assert json.loads(json.dumps(settings.ADMIN_CONTENT_SECURITY_POLICY, default=str)) == production_policies["admin"]
    harness = AdminBrowser(browser, live_server, axe_source)
    yield harness
    harness.close()
    problems = harness.problems
    print(f"\n[admin harness] {harness.report()} screens={problems.screens}")
    assert problems.csp == [], "CSP violations on admin screens:\n" + json.dumps(problems.csp, indent=2)
    assert problems.js_errors == [], "JavaScript errors on admin screens:\n" + "\n".join(problems.js_errors)
    assert problems.axe == [], "axe-core violations on admin screens:\n" + json.dumps(problems.axe, indent=2)
    assert problems.console_errors == [], "Console errors on admin screens:\n" + "\n".join(problems.console_errors)


@pytest.fixture(autouse=True)
def _screenshot_on_failure(request, admin_browser):
    yield
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed and admin_browser.page is not None:
        admin_browser.page.screenshot(path=f"/tmp/{request.node.name}.png", full_page=True)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)
