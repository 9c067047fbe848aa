"""Rebuild ``articles/sample-pages.warc.gz``, the sample corpus's WARC file.

Usage (from anywhere)::

    python pipeline/sample/make_warc.py

The archive holds, in this order:

1. a ``warcinfo`` record;
2. a ``response`` for ``robots.txt`` (``text/plain``: not an article, readers must skip it);
3. a ``request`` and an HTML ``response`` for the first article (gold id ``sample-warc-1``);
4. a ``request`` and an HTML ``response`` for the second article (gold id ``sample-warc-2``).

The gold file ``evaluation/gold/claims_sample.jsonl`` names the HTML responses
``sample-warc-<n>``, n counting HTML responses from 1 in file order; each response also
carries that name in its ``WARC-Record-ID`` (``<urn:sample:sample-warc-n>``).

Dates and record ids are fixed and the gzip members carry no timestamp, so the output is the
same byte for byte on every run. The articles were written by the project (see README.md).
"""
from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

OUT = Path(__file__).resolve().parent / "articles" / "sample-pages.warc.gz"
WARC_DATE = "2025-07-20T00:00:00Z"

PAGE_1 = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Japan's consumption tax becomes election battleground | Sample Japan Politics</title>
<meta property="article:published_time" content="2025-07-14T03:00:00Z">
<script>var ads = {slot: "leader", floor: "$0.35"};</script>
</head>
<body>
<div id="cookie-notice">We use cookies for analytics and advertising. <a href="/cookies">Settings</a></div>
<nav><a href="/">Top</a> <a href="/politics">Politics</a> <a href="/business">Business</a> Tokyo 34.1 C</nav>
<article>
<h1>Japan's consumption tax becomes election battleground</h1>
<p class="dateline">TOKYO, July 14, 2025</p>
<p>Japan's 10% consumption tax has become the main dividing line in the campaign for the July 20 upper house election, as opposition parties promise relief from rising prices.</p>
<p>Food and non-alcoholic drinks are taxed at a reduced rate of 8%.</p>
<p>The Constitutional Democratic Party of Japan, the largest opposition party, has proposed cutting the tax on food to 0% for one year. The Democratic Party for the People wants the overall rate cut to 5% until real wages rise.</p>
<p>Prime Minister Shigeru Ishiba has rejected calls for a 5% rate, arguing that the tax pays for pensions, health care and child care. His Liberal Democratic Party is instead promising cash handouts of 20,000 yen per person.</p>
<p>Ishiba told parliament in May that Japan's fiscal position was worse than that of Greece. Japan's gross public debt stands well above 200% of GDP, the highest among major economies.</p>
</article>
<footer><p>&copy; 2025 Sample Japan Politics. Reader desk +81 3 5555 0177. Digital edition 30% off for students.</p></footer>
</body>
</html>
"""

PAGE_2 = """<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Spain says 2.1% of GDP is enough as it rejects NATO's 5% goal | Sample Iberia Wire</title>
<meta property="article:published_time" content="2025-06-23T08:00:00+00:00">
<script src="/js/consent.js"></script>
<script>window.paywall = {freeArticles: 3, price: "EUR9.99"};</script>
</head>
<body>
<div class="banner-cookies">Utilizamos cookies. We use cookies. <button>Aceptar</button></div>
<header><nav><a href="/">Portada</a> <a href="/europa">Europa</a> Madrid 36 C</nav></header>
<article>
<h1>Spain says it will not need to meet NATO's new core target</h1>
<p>MADRID, June 23, 2025</p>
<p>Spanish Prime Minister Pedro S&aacute;nchez said on Sunday that Spain would not have to raise military spending to 3.5% of GDP under the deal NATO allies are set to approve this week in The Hague.</p>
<p>In a letter to NATO Secretary General Mark Rutte last week, S&aacute;nchez, 53, said committing to 5% of GDP would be "unreasonable" and "counterproductive" for Spain.</p>
<p>He said Spain could meet the military capabilities NATO asks of it with spending of 2.1% of GDP.</p>
<p>Spain spent 1.28% of its GDP on defence in 2024, the lowest share in the alliance, according to NATO estimates.</p>
<p>In April the government approved a plan worth EUR10.471bn to reach NATO's 2% target this year.</p>
</article>
<footer>Sample Iberia Wire &middot; Calle de Ejemplo 12, 28001 Madrid &middot; +34 91 555 0123</footer>
</body>
</html>
"""

ROBOTS = "User-agent: *\nDisallow: /private/\n"

PAGES = [
    ("https://politics.example.org/2025/07/14/japan-consumption-tax", PAGE_1, "sample-warc-1"),
    ("https://iberia.example.org/2025/06/23/spain-nato-spending", PAGE_2, "sample-warc-2"),
]


def _http_headers(content_type: str, body: bytes) -> StatusAndHeaders:
    return StatusAndHeaders(
        "200 OK",
        [("Content-Type", content_type), ("Content-Length", str(len(body)))],
        protocol="HTTP/1.1",
    )


def build() -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    info = b"software: pipeline/sample/make_warc.py\r\ndescription: policy-claims sample corpus\r\n"
    writer.write_record(writer.create_warc_record(
        "", "warcinfo", payload=io.BytesIO(info), length=len(info),
        warc_content_type="application/warc-fields",
        warc_headers_dict={"WARC-Date": WARC_DATE, "WARC-Record-ID": "<urn:sample:warcinfo>",
                           "WARC-Filename": "sample-pages.warc.gz"},
    ))

    robots = ROBOTS.encode("utf-8")
    writer.write_record(writer.create_warc_record(
        "https://politics.example.org/robots.txt", "response",
        payload=io.BytesIO(robots), http_headers=_http_headers("text/plain", robots),
        warc_headers_dict={"WARC-Date": WARC_DATE, "WARC-Record-ID": "<urn:sample:robots>"},
    ))

    for url, page, name in PAGES:
        body = page.encode("utf-8")
        host = url.split("/")[2]
        path = "/" + url.split("/", 3)[3]
        request = StatusAndHeaders(f"GET {path} HTTP/1.1", [("Host", host)], is_http_request=True)
        writer.write_record(writer.create_warc_record(
            url, "request", payload=io.BytesIO(b""), http_headers=request,
            warc_headers_dict={"WARC-Date": WARC_DATE, "WARC-Record-ID": f"<urn:sample:{name}-request>"},
        ))
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(body),
            http_headers=_http_headers("text/html; charset=utf-8", body),
            warc_headers_dict={"WARC-Date": WARC_DATE, "WARC-Record-ID": f"<urn:sample:{name}>"},
        ))
    return buf.getvalue()


def main() -> None:
    OUT.write_bytes(build())
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
