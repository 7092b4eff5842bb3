vcl 4.1;
# Varnish in front of gunicorn (see README, "Cache layers").
# - Anonymous GET/HEAD of pages: cookies are dropped on the way in (the app sees a cookieless
#   visitor and answers "public, s-maxage=..."), so everyone shares one copy per URL.
# - Logged-in editors (session cookie), the admin, forms being posted: passed, never stored.
# - The app decides what may be kept (Cache-Control); what it marks private is never stored.
# - PURGE /path (wagtail.contrib.frontend_cache after each publish) bans every URL under /path.
#   Accepted only on the listen address named "purge" (varnishd -a purge=:6091, never published
#   to visitors), from the app's addresses, and never through another proxy.

import std;
import directors;

# BEGIN backends: the app servers. Tests and `make prod` rewrite this block with their own
# addresses (devservices.varnish.vcl_with_backends); compose.yaml uses it as it is.
backend web {
    .host = "web";
    .port = "8000";
}

sub vcl_init {
    new app = directors.round_robin();
    app.add_backend(web);
}
# END backends

acl purgers {
    "127.0.0.1";
    "::1";
    "10.0.0.0"/8;
    "172.16.0.0"/12;
    "192.168.0.0"/16;
}

sub vcl_recv {
    set req.backend_hint = app.backend();

    if (req.method == "PURGE" || req.method == "BAN") {
        # varnishd has appended the client to X-Forwarded-For already: a second address means
        # the request came through another proxy (e.g. the TLS terminator), i.e. from a visitor.
        if (local.socket != "purge" || !client.ip ~ purgers || req.http.X-Forwarded-For ~ ",") {
            return (synth(405, "Not allowed"));
        }
        ban("obj.http.x-url ~ ^" + req.url);
        return (synth(200, "Banned " + req.url));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|django-admin)/" || req.url ~ "^/healthz") {
        return (pass);
    }
    # A session (logged-in editor, a visitor with messages) makes every page personal.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    # Everything else is the same for every visitor: cookies (CSRF, language, analytics) are
    # not sent, so they cannot split or personalise the cached copy.
    unset req.http.Cookie;
    # ?b=1&a=2 and ?a=2&b=1 are one page; tracking parameters make no difference to it.
    set req.url = std.querysort(regsuball(req.url, "(?<=[?&])(utm_[a-z]+|fbclid|gclid)=[^&]*&?", ""));
    set req.url = regsub(req.url, "[?&]+$", "");
    return (hash);
}

sub vcl_backend_response {
    # Kept on the object so bans can be matched by the ban lurker, without the request.
    set beresp.http.x-url = bereq.url;
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(private|no-store|no-cache)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-url;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
}
