"""Validate tests/data/language_holdout.jsonl (hand-written held-out language-ID set).

Each line: {"id": "lh-0001", "text": "...", "lang": "<ISO 639-1>", "tags": [...]}.

Checks: one JSON object per line with exactly those keys, ids of the form lh-NNNN and unique,
texts unique (whitespace- and case-insensitive), known language codes, per-language minimum
counts and total, tags from the known vocabulary with exactly one topic tag and exactly one of
short/long, surface tags (emoji, hashtag, url, email, handle, phone, multiline) agreeing with
what is in the text, "short" agreeing with the word count for space-delimited languages, at most
six lines per text, and a script sanity check per language (e.g. Ukrainian letters in uk and
none in ru, Persian letters in fa, Urdu letters in ur, neither in ar, kana in ja and none in zh,
simplified/traditional characters agreeing with the zh tag). It never runs the project's
detector. Prints a table of counts per language and tag.

Usage: python tests/data/check_language_holdout.py [FILE]
Exit status 1 when any check fails.
"""
import collections
import json
import re
import sys
import unicodedata
from pathlib import Path

MIN_COUNTS = {
    **{lang: 25 for lang in "en vi id ms th zh km my lo tl ko ja ar sw hi".split()},
    **{lang: 10 for lang in "ru uk es fr pt bn ne si am fa ur".split()},
}
MIN_TOTAL = 480

TOPICS = ["recruitment", "warning", "job", "market", "chat", "news", "question"]
LENGTHS = ["short", "long"]
SURFACE = ["multiline", "emoji", "hashtag", "url", "email", "handle", "phone"]
MANUAL = ["price", "mixed"]
ZH_SCRIPT = ["simplified", "traditional"]
VOCAB = set(TOPICS + LENGTHS + SURFACE + MANUAL + ZH_SCRIPT)

# languages written without spaces between words (or with spaces only between phrases):
# "short" is a hand judgement there and is not recomputed
UNSPACED = {"th", "lo", "km", "my", "zh", "ja"}

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL_RE = re.compile(r"(?:https?://|www\.|t\.me/)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|vn|id|my|th|la|kh|mm|ph|jp|kr|tw|in|uk)\b(?:/\S*)?",
                    re.I)
HANDLE_RE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_]{3,}")
HASHTAG_RE = re.compile(r"(?<![\w&])#\w+")
PHONE_RE = re.compile(r"(?<![\w+])\+?[0-9][0-9 .\-]{6,}[0-9](?![\w])")


def is_emoji(ch):
    cp = ord(ch)
    return (0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF or 0x2300 <= cp <= 0x23FF
            or 0x2B00 <= cp <= 0x2BFF) and unicodedata.category(ch) == "So"


def surface_tags(text):
    """Tags that can be read off the text mechanically."""
    tags = set()
    rest = EMAIL_RE.sub(" ", text)
    if rest != text:
        tags.add("email")
    if URL_RE.search(rest):
        tags.add("url")
    if HANDLE_RE.search(rest):
        tags.add("handle")
    if HASHTAG_RE.search(rest):
        tags.add("hashtag")
    for m in PHONE_RE.finditer(rest):
        if sum(c.isdigit() for c in m.group()) >= 8:
            tags.add("phone")
            break
    if any(is_emoji(c) for c in text):
        tags.add("emoji")
    if "\n" in text.strip():
        tags.add("multiline")
    return tags


def word_count(text):
    return len([w for w in text.split() if any(c.isalnum() for c in w)])


def is_short_spaced(text):
    return "\n" not in text.strip() and 3 <= word_count(text) <= 12


def in_range(text, lo, hi):
    return sum(lo <= ord(c) <= hi for c in text)


def letters(text):
    return [c for c in text if c.isalpha()]


SIMP_ONLY = set("们这说时为会学发经过后来对没见问关国东车书长门马鸟风飞电话进还让请该头实现应钱证价线签费报诈骗护违务业双险贸单级开给认识间机块岁带爱专")
TRAD_ONLY = set("們這說時為會學發經過後來對沒見問關國東車書長門馬鳥風飛電話進還讓請該頭實現應錢證價線簽費報詐騙護違務業雙險貿單級開給認識間機塊歲帶愛專")
AR_NOT = set("پچژگکیےٹڈڑںۀ")      # letters Arabic does not use
FA_MARK = set("پچژگکی")             # Persian letters (with Persian kaf / yeh)
UR_MARK = set("ےٹڈڑںہھ")             # Urdu letters
FA_NOT = set("يكےٹڈڑں")              # Arabic kaf/yeh and Urdu letters
UK_MARK = set("іїєґІЇЄҐ")
RU_MARK = set("ыэъёЫЭЪЁ")
VI_MARK = set("ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


def script_problems(text, lang, tags):
    """Return a list of reasons the text does not look like it is written in lang."""
    p = []
    lets = letters(text)
    n = max(1, len(lets))
    non_latin = max(1, sum(not c.isascii() for c in lets))
    latin = sum("LATIN" in unicodedata.name(c, "") for c in lets) / n

    def own_script(lo, hi):
        # embedded English is expected: the language's own script must make up at least 40% of
        # all letters and 90% of the letters that are not ASCII
        k = sum(lo <= ord(c) <= hi for c in lets)
        return k / n >= 0.4 and k / non_latin >= 0.9

    if lang in {"en", "vi", "id", "ms", "tl", "sw", "es", "fr", "pt"}:
        if latin < 0.95:
            p.append("not Latin script")
        if lang == "vi" and not VI_MARK & set(text):
            p.append("no Vietnamese letters")
    rng = {"th": (0x0E00, 0x0E7F), "lo": (0x0E80, 0x0EFF), "km": (0x1780, 0x17FF),
           "my": (0x1000, 0x109F), "hi": (0x0900, 0x097F), "ne": (0x0900, 0x097F),
           "bn": (0x0980, 0x09FF), "si": (0x0D80, 0x0DFF), "am": (0x1200, 0x139F),
           "ko": (0xAC00, 0xD7AF), "ru": (0x0400, 0x04FF), "uk": (0x0400, 0x04FF),
           "ar": (0x0600, 0x06FF), "fa": (0x0600, 0x06FF), "ur": (0x0600, 0x06FF),
           "zh": (0x4E00, 0x9FFF)}
    if lang in rng and not own_script(*rng[lang]):
        p.append(f"too few letters in the {lang} script")
    chars = set(text)
    kana = in_range(text, 0x3040, 0x30FF)
    if lang == "ja" and not kana:
        p.append("no kana")
    if lang == "zh":
        if kana or in_range(text, 0xAC00, 0xD7AF):
            p.append("kana or hangul in zh")
        if "simplified" in tags and chars & TRAD_ONLY:
            p.append(f"traditional characters {sorted(chars & TRAD_ONLY)} in simplified text")
        if "traditional" in tags and chars & SIMP_ONLY:
            p.append(f"simplified characters {sorted(chars & SIMP_ONLY)} in traditional text")
    if lang == "ar" and chars & AR_NOT:
        p.append(f"non-Arabic letters {sorted(chars & AR_NOT)}")
    if lang == "fa" and (not chars & FA_MARK or chars & FA_NOT):
        p.append("no Persian letters, or Arabic/Urdu ones")
    if lang == "ur" and not chars & UR_MARK:
        p.append("no Urdu letters")
    if lang == "uk" and (not chars & UK_MARK or chars & RU_MARK):
        p.append("no Ukrainian letters, or Russian ones")
    if lang == "ru" and chars & UK_MARK:
        p.append("Ukrainian letters in ru")
    return p


def main(argv):
    path = Path(argv[1]) if len(argv) > 1 else Path(__file__).with_name("language_holdout.jsonl")
    errors = []
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"line {n}: blank line")
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: invalid JSON ({e})")
            continue
        if not isinstance(row, dict) or set(row) != {"id", "text", "lang", "tags"}:
            errors.append(f"line {n}: expected exactly the keys id, text, lang, tags")
            continue
        rows.append((n, row))

    ids, texts = collections.Counter(), {}
    counts = collections.Counter()
    tag_counts = collections.defaultdict(collections.Counter)
    for n, row in rows:
        rid, text, lang, tags = row["id"], row["text"], row["lang"], row["tags"]
        where = f"line {n} ({rid})"
        if not (isinstance(rid, str) and re.fullmatch(r"lh-\d{4}", rid)):
            errors.append(f"{where}: bad id")
        ids[rid] += 1
        if not isinstance(text, str) or not text.strip() or text != text.strip():
            errors.append(f"{where}: text empty or not stripped")
            continue
        key = " ".join(text.split()).casefold()
        if key in texts:
            errors.append(f"{where}: duplicate text of {texts[key]}")
        texts[key] = rid
        if lang not in MIN_COUNTS:
            errors.append(f"{where}: unknown lang {lang!r}")
            continue
        if not (isinstance(tags, list) and all(isinstance(t, str) for t in tags)):
            errors.append(f"{where}: tags must be a list of strings")
            continue
        tagset = set(tags)
        if len(tagset) != len(tags):
            errors.append(f"{where}: repeated tag")
        if tagset - VOCAB:
            errors.append(f"{where}: unknown tags {sorted(tagset - VOCAB)}")
        if len(tagset & set(TOPICS)) != 1:
            errors.append(f"{where}: needs exactly one topic tag of {TOPICS}")
        if len(tagset & set(LENGTHS)) != 1:
            errors.append(f"{where}: needs exactly one of short/long")
        if (lang == "zh") != bool(tagset & set(ZH_SCRIPT)) or len(tagset & set(ZH_SCRIPT)) > 1:
            errors.append(f"{where}: zh needs exactly one of simplified/traditional, others none")
        found = surface_tags(text)
        given = tagset & set(SURFACE)
        if found != given:
            errors.append(f"{where}: surface tags {sorted(given)} but text shows {sorted(found)}")
        if lang not in UNSPACED and ("short" in tagset) != is_short_spaced(text):
            errors.append(f"{where}: short tag disagrees with {word_count(text)} words")
        if "short" in tagset and "multiline" in tagset:
            errors.append(f"{where}: short text cannot be multiline")
        if text.count("\n") + 1 > 6:
            errors.append(f"{where}: more than 6 lines")
        for why in script_problems(text, lang, tagset):
            errors.append(f"{where}: {why}")
        counts[lang] += 1
        for t in tags:
            tag_counts[lang][t] += 1

    for rid, c in ids.items():
        if c > 1:
            errors.append(f"id {rid} used {c} times")
    for lang, need in MIN_COUNTS.items():
        if counts[lang] < need:
            errors.append(f"{lang}: {counts[lang]} cases, need at least {need}")
    total = sum(counts.values())
    if total < MIN_TOTAL:
        errors.append(f"total {total} cases, need at least {MIN_TOTAL}")

    cols = TOPICS + LENGTHS + SURFACE + MANUAL + ZH_SCRIPT
    abbrev = {"recruitment": "recr", "warning": "warn", "question": "quest", "multiline": "multi",
              "hashtag": "hasht", "handle": "handl", "simplified": "simp", "traditional": "trad"}
    heads = [abbrev.get(c, c) for c in cols]
    widths = [max(4, len(h)) for h in heads]
    print("lang    n  " + " ".join(h.rjust(w) for h, w in zip(heads, widths)))
    order = sorted(counts, key=lambda l: (-MIN_COUNTS[l], list(MIN_COUNTS).index(l)))
    total_tags = collections.Counter()
    for lang in order:
        total_tags.update(tag_counts[lang])
        print(f"{lang:<4} {counts[lang]:>4}  "
              + " ".join(str(tag_counts[lang][c]).rjust(w) for c, w in zip(cols, widths)))
    print(f"{'all':<4} {total:>4}  " + " ".join(str(total_tags[c]).rjust(w) for c, w in zip(cols, widths)))
    if total:
        print(f"short share: {total_tags['short'] / total:.0%}")

    if errors:
        print(f"\n{len(errors)} problem(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
