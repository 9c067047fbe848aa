"""Plain-text and Markdown articles: scraped-page cleaning, titles, date lines, encodings."""
from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest

from .conftest import FIXTURES, articles, assert_well_formed, read, rejects

# Yle texts keep their image captions ("Electric scooters in a park. Photo: N.N. / Yle"): page
# chrome, which the caption rules drop; the two corpus tests below allow exactly those lines.
IMAGE_CAPTION = re.compile(r"[a-z0-9)]{2}\.\s*(photo|picture|image|pic|credit)s?\s*:\s*[^.!?]{2,80}$", re.IGNORECASE)
SEED_TITLE = "Tensions Rise: Japan Cancels U.S. Security Meeting Over Defense Spending Dispute"


@pytest.mark.corpora
def test_seed_article_is_cleaned(corpora):
    [article] = read(corpora / "seed" / "seed_article.txt")
    assert_well_formed(article)
    assert article["title"] == SEED_TITLE
    assert article["published"] == datetime(2025, 6, 21, tzinfo=timezone.utc)
    assert article["text"].startswith("Japan has canceled")
    for boilerplate in ("Advertisement", "LEAVE A REPLY", "30.2 C", "Stay Connected", "Related Articles",
                        "spot_img", "0FansLike", "Latest Articles", "New York\n", SEED_TITLE):
        assert boilerplate not in article["text"]
    assert article["text"].endswith("defense diplomacy is no longer just about cooperation—it’s now a negotiation.")
    assert "3.5% of its GDP" in article["text"] and "\n\n" in article["text"]
    assert article["input_record"] is None and article["article_id"] is None
    assert article["source"] == "seed"


@pytest.mark.corpora
def test_bbc_files_keep_the_whole_body_and_take_line_one_as_title(corpora):
    # every BBC file: a regression net for over-eager boilerplate rules
    for path in sorted((corpora / "bbc").glob("*/*.txt")):
        [article] = read(path)
        raw = path.read_bytes()
        first_line, body = raw.split(b"\n", 1)
        assert article["title"] == first_line.decode("utf-8", "replace").strip(), path
        if b"\xa3" not in raw:  # the non-UTF-8 files: compared on words only below
            assert article["text"].split() == body.decode("utf-8").split(), path
        else:
            assert len(article["text"].split()) == len(body.split()), path


def test_scraped_page_with_other_boilerplate():
    [article] = read(FIXTURES / "scraped_newsroom.txt")
    assert article["title"] == "EU Finance Ministers Clash Over Deficit Rule Waiver For Defence"
    assert article["published"] == datetime(2025, 3, 3, tzinfo=timezone.utc)
    text = article["text"]
    assert text.startswith("Finance ministers of the European Union")
    assert text.endswith("The European Commission said it would present a proposal within weeks.")
    for gone in ("Skip to content", "18°C", "Brussels\n", "Politics", "By Marta", "min read", "Facebook",
                 "ADVERTISEMENT", "Sponsored", "Photo:", "Tags:", "You may also like", "150 billion",
                 "2.5% deficit", "newsletter", "©"):
        assert gone not in text, gone
    # a removed ad line between two paragraphs keeps them apart
    assert "4.\n\nThe European" not in text and "sceptical.\n\nThe European Commission" in text


def test_bbc_style_short_title_and_body():
    [article] = read(FIXTURES / "bbc_style.txt")
    assert article["title"] == "Treasury eyes 2% rise"
    assert article["text"].startswith("The Treasury plans to raise public spending by 2%")
    assert article["published"] is None


def test_file_without_title_keeps_every_line():
    [article] = read(FIXTURES / "plain_body.txt")
    assert article["title"] is None
    assert article["text"] == (FIXTURES / "plain_body.txt").read_text().strip()


def test_one_line_file_is_text_not_title(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("Budget deficit hits 3% of GDP in latest figures\n")
    [article] = read(path)
    assert article["text"] == "Budget deficit hits 3% of GDP in latest figures"


def test_markdown_markup_is_stripped():
    [article] = read(FIXTURES / "article.md")
    assert_well_formed(article)
    assert article["title"] == "Poland Lifts Defence Budget"  # front matter wins over the heading
    assert article["published"] == datetime(2025, 8, 28, 7, tzinfo=timezone.utc)
    text = article["text"]
    assert text.startswith("Warsaw said on Thursday it would spend 4.8% of GDP on defence in 2026")
    for markup in ("**", "*Thursday*", "](", "![", "# ", "> ", "`", "- The NATO"):
        assert markup not in text, markup
    assert "Background" in text and "The NATO target is 5% by 2035." in text
    assert "Baltic states" not in text  # after the "Related Articles" footer


def test_markdown_heading_becomes_title(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# Deficit widens to 3.2%\n\nThe deficit widened to __3.2%__ of GDP, the [ministry](http://m) said.\n")
    [article] = read(path)
    assert article["title"] == "Deficit widens to 3.2%"
    assert article["text"] == "The deficit widened to 3.2% of GDP, the ministry said."


@pytest.mark.parametrize("encoding, sample", [
    ("cp1252", "The minister’s plan costs €5bn – about 0.2% of GDP, says café owner."),
    ("latin-1", "Der Etat für Verteidigung steigt auf 2% – nein: Ärger über Öl und Straße."),
])
def test_legacy_encodings_are_read_correctly(tmp_path, encoding, sample):
    sample = sample.replace("–", "-") if encoding == "latin-1" else sample
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(sample.encode(encoding))
    [article] = read(path)
    assert article["text"] == sample


def test_utf8_bom_crlf_controls_and_nfc(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffLine one says Cafe\u0301 spending rose 2%.\r\nLine\x07 two.\r\n".encode("utf-8"))
    [article] = read(path)
    assert article["text"] == "Line one says Café spending rose 2%.\nLine two."


@pytest.mark.parametrize("content, reason", [
    (b"", "empty"),
    (b"  \n\t\n  \r\n", "empty"),
    (bytes(range(256)) * 40, "binary"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"Advertisement\n\nspot_img\n", "empty"),
])
def test_files_without_article_text_are_rejected(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [reject] = read(path)
    assert_well_formed(reject)
    assert reject["reason"] == reason and reject["input_record"] is None


def test_unreadable_path_is_rejected_not_raised(tmp_path):
    folder = tmp_path / "looks-like-a-file.txt"
    folder.mkdir()
    [reject] = read(folder)
    assert reject["reason"] == "unreadable"
    [reject] = read(tmp_path / "vanished.txt")
    assert reject["reason"] == "unreadable"


def test_permission_error_is_unreadable(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("Some text that cannot be read.")
    real_open = open

    def deny(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", deny)
    [reject] = read(path)
    assert reject["reason"] == "unreadable" and "Permission denied" in reject["detail"]


def test_too_large_file_is_rejected_whole(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Spending rose. " * 1000)
    [reject] = read(path, max_bytes=1000)
    assert reject["reason"] == "too_large"


def test_long_text_is_cut_at_a_paragraph_and_noted(tmp_path):
    path = tmp_path / "long.txt"
    paragraph = "The deficit rose to 3% of GDP in the year. " * 5
    path.write_text("\n\n".join([paragraph.strip()] * 50))
    article, note = read(path, max_chars=1000)
    assert len(article["text"]) <= 1000
    assert article["text"].endswith("of GDP in the year.")
    assert note["reject"] and note["reason"] == "truncated" and "article kept" in note["detail"]


def test_gzipped_text(tmp_path):
    import gzip

    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress((FIXTURES / "bbc_style.txt").read_bytes()))
    [article] = read(path)
    assert article["title"] == "Treasury eyes 2% rise"


def test_truncated_gzip_text_is_corrupt_archive(tmp_path):
    import gzip

    path = tmp_path / "story.txt.gz"
    whole = gzip.compress(" ".join(f"The budget grew {i}%." for i in range(3000)).encode())
    path.write_bytes(whole[: len(whole) // 2])
    [reject] = read(path)
    assert reject["reason"] == "corrupt_archive"


def test_blog_page_breadcrumbs_wordpress_widgets_and_post_navigation():
    [article] = read(FIXTURES / "scraped_blog.txt")
    assert article["title"] == "Tokyo Weighs Record Defense Request As Deficit Worries Mount"
    assert article["published"] == datetime(2025, 6, 3, tzinfo=timezone.utc)
    text = article["text"]
    assert text.startswith("The defense ministry asked for a record 8.8 trillion yen")
    assert text.endswith("Finance ministry officials warned that the deficit could widen.")
    assert "Japan | 1.4% | 1.8%" in text  # a table row with figures is content, not navigation
    for gone in ("Home", "admin", "Share this", "Loading", "Posted in", "0.5%", "Yen slides"):
        assert gone not in text, gone


def test_portal_page_title_is_the_candidate_nearest_the_body():
    [article] = read(FIXTURES / "scraped_portal.txt")
    assert article["title"] == "Ankara Pledges To Lift Defence Spending Toward NATO Goal"
    assert article["published"] == datetime(2025, 3, 12, tzinfo=timezone.utc)
    assert article["text"] == ("Turkey will raise defence spending to 2.5% of GDP next year, the finance minister "
                               "told parliament on Wednesday.\n\nOpposition deputies questioned how it would be paid for.")


def test_gzip_bomb_stops_at_max_bytes(tmp_path):
    import gzip

    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 30_000_000, compresslevel=9))
    assert path.stat().st_size < 100_000
    [reject] = read(path, max_bytes=1_000_000)
    assert reject["reason"] == "too_large" and "decompressed" in reject["detail"]


@pytest.mark.corpora
def test_no_boilerplate_rule_fires_on_real_news_lines(corpora):
    """Reuters is hard-wrapped at ~65 characters, so its lines are the short fragments that
    over-eager drop/cut rules would hit ("share on sales of ...", "comments.")."""
    import itertools
    import json

    from pipeline.readers.pages import line_action

    hits = []
    for name in ("reuters21578.jsonl", "yle_en.jsonl"):
        with open(corpora / name, encoding="utf-8") as fh:
            for line in itertools.islice(fh, 4000):
                for text_line in json.loads(line)["text"].split("\n"):
                    text_line = text_line.strip()
                    if line_action(text_line) in ("drop", "ad", "cut", "box") and not IMAGE_CAPTION.search(text_line):
                        hits.append(text_line)
    assert hits == []


@pytest.mark.corpora
def test_cleaning_keeps_every_word_of_real_texts(corpora):
    """Hard-wrapped newswire and short-paragraph texts read as .txt lose nothing but image
    captions: each other word ends up in the title or the text (a wrapped line must never be taken for a title and its
    paragraph head dropped)."""
    import itertools
    import json

    from pipeline.readers.pages import clean_page, line_action

    changed = []
    for name in ("reuters21578.jsonl", "yle_en.jsonl"):
        with open(corpora / name, encoding="utf-8") as fh:
            for line in itertools.islice(fh, 3000):
                record = json.loads(line)
                parts = clean_page(record["text"])
                words = [word for text_line in record["text"].split("\n")
                         if not (IMAGE_CAPTION.search(text_line) and line_action(text_line.strip()) == "drop")
                         for word in text_line.split()]
                if (parts.title or "").split() + parts.text.split() != words:
                    changed.append(record["id"])
    assert changed == []


def test_button_rows_ad_pitches_and_copyright_lines_are_page_furniture():
    """A row of buttons separated by spaces only, an ad with its pitch, a footer with a copyright
    mark: none is the title nor the text (the title is the headline above the buttons)."""
    from pipeline.readers.pages import clean_page

    page = "\n".join([
        "Ottawa", "Monday, June 23, 2025", "Cloudy 18 C", "",
        "Advertisement: Two nights in Banff for the price of one", "",
        "Canada Will Reach Two Percent of GDP on Defence This Fiscal Year", "",
        "Share   Print   Comments (41)", "",
        "Prime Minister Mark Carney said Canada would meet NATO's 2% of GDP target this year, years ahead of plan.", "",
        "The government will add about 9 billion Canadian dollars to military spending, he said.", "",
        "Comments (41)   Report an error   (c) 2025 Northern Ledger",
        "© 2025 Northern Ledger Media",
    ])
    parts = clean_page(page)
    assert parts.title == "Canada Will Reach Two Percent of GDP on Defence This Fiscal Year"
    assert parts.text.startswith("Prime Minister Mark Carney said")
    assert parts.text.endswith("to military spending, he said.")
    # the same words inside sentences stay text
    kept = "Ad: the government said it would cut spending by 2%.\n\nCopyright law changes cost the budget 2 billion euros a year, the ministry said."
    assert clean_page(kept).text == kept
