"""Contact identifiers in a post: phones, Telegram, LINE and WeChat ids, e-mails, wallets, URLs.

Each identifier is ``{kind, value, raw, channel}`` with the normalised ``value`` of DESIGN.md
(E.164 phones, lower-case handles without ``@``…) and ``raw`` the span of the text it was read
from. Phone numbers are validated with phonenumbers — never with home-made numbering metadata —
after the obfuscations recruiters use are undone (enrichment.numbers): digits in any script,
digits split by spaces, dots, emoji or line breaks, letters for digits, numbers in words.
Numbers that are salaries, dates, times, ages, ids or prices are not phones.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import phonenumbers
from phonenumbers import PhoneNumberFormat

from enrichment.language import SCRIPT_LANGUAGE, script_counts
from enrichment.normalize import fold_case
from enrichment.numbers import Revealed, reveal_digits
from enrichment.wallets import find_wallets

#: The country whose local number format a post in this language most likely uses.
LANGUAGE_REGION: dict[str, str] = {
    "vi": "VN", "th": "TH", "km": "KH", "my": "MM", "lo": "LA", "id": "ID", "ms": "MY", "tl": "PH",
    "zh": "CN", "ko": "KR", "ja": "JP", "hi": "IN", "bn": "BD", "ne": "NP", "si": "LK", "sw": "KE",
    "am": "ET", "ur": "PK", "uz": "UZ", "kk": "KZ", "ru": "RU", "uk": "UA", "fa": "IR", "ta": "IN",
}
#: Where a local number of a post in this language may also be from, when the first regions do
#: not read it: Malay and Indonesian are hard to tell apart in short posts, and Chinese is
#: written in Taiwan, Hong Kong, Macau and Singapore as well.
LANGUAGE_ALSO: dict[str, tuple[str, ...]] = {"ms": ("ID",), "id": ("MY",), "zh": ("TW", "HK", "MO", "SG")}

# Countries named in a text, for reading local numbers when nothing else tells the region.
# Plain lower-case names found with str.find: far cheaper than one big case-folding regex.
_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "KH": ("cambodian", "khmer", "cambodia", "campuchia", "kamboja", "kemboja", "กัมพูชา", "柬埔寨", "កម្ពុជា", "phnom penh", "sihanouk", "bavet", "poipet", "kampot",
           "캄보디아", "カンボジア", "كمبوديا", "कंबोडिया", "ကမ္ဘောဒီးယား", "kambodia", "cambodge", "ភ្នំពេញ", "西港"),
    # (Zalo, GCash and KakaoTalk are used in one country each: a local number offered on one of
    # them is that country's.)
    "VN": ("vietnamese", "vietnam", "việt nam", "viet nam", "zalo", "越南", "เวียดนาม", "hà nội", "hanoi", "sài gòn", "saigon",
           "hồ chí minh", "đà nẵng", "da nang", "베트남", "ベトナム", "فيتنام", "वियतनाम", "វៀតណាម"),
    "TH": ("thai", "thailand", "thái lan", "ประเทศไทย", "泰国", "bangkok", "กรุงเทพ", "태국", "تايلاند", "थाईलैंड", "ថៃ",
           "ထိုင်း", "thailandia", "tailandia"),
    "MM": ("burmese", "myanmar", "burma", "miến điện", "พม่า", "缅甸", "မြန်မာ", "yangon", "미얀마", "ミャンマー", "ميانمار",
           "म्यांमार", "មីយ៉ាន់ម៉ា", "myawaddy", "妙瓦底", "မြဝတီ", "shwe kokko", "kk park"),
    "LA": ("lao", "laos", "lào", "ลาว", "老挝", "ລາວ", "vientiane", "라오스", "ラオス", "لاوس", "लाओस", "ឡាវ", "golden triangle"),
    "PH": ("philippine", "filipino", "philippines", "pilipinas", "filipinas", "gcash", "菲律宾", "manila", "cebu", "davao", "필리핀", "フィリピン",
           "الفلبين", "फिलीपींस", "ฟิลิปปินส์", "filipina", "ហ្វីលីពីន"),
    "ID": ("indonesian", "indonesia", "印尼", "jakarta", "surabaya", "bekasi", "bandung", "인도네시아", "インドネシア", "إندونيسيا",
           "इंडोनेशिया", "อินโดนีเซีย"),
    "MY": ("malaysian", "malaysia", "马来西亚", "kuala lumpur", "johor", "penang", "말레이시아", "マレーシア", "ماليزيا", "मलेशिया",
           "มาเลเซีย"),
    "CN": ("china", "中国", "trung quốc", "中國", "중국"),
    # Where victims are recruited from, and the places that tell a local number's country.
    "KE": ("kenyan", "kenya", "nairobi", "mombasa", "kisumu", "ケニア", "케냐", "كينيا", "केन्या"),
    "UG": ("uganda", "kampala"),
    "TZ": ("tanzania", "dar es salaam"),
    "NG": ("nigeria", "lagos", "abuja"),
    "ET": ("ethiopia", "addis ababa", "ኢትዮጵያ"),
    "TW": ("taiwan", "台灣", "台湾", "臺灣", "台北", "臺北", "高雄", "대만"),
    "HK": ("hong kong", "香港"),
    "MO": ("macau", "macao", "澳门", "澳門"),
    "SG": ("singapore", "新加坡", "싱가포르", "シンガポール"),
    "KR": ("korean", "korea", "kakaotalk", "카카오톡", "카톡", "한국", "서울", "韩国", "韓國", "hàn quốc", "เกาหลี", "韓国"),
    "JP": ("japanese", "japan", "日本", "東京", "tokyo", "nhật bản", "ญี่ปุ่น", "일본"),
    "IN": ("indian", "india", "भारत", "delhi", "mumbai", "kolkata", "chennai", "hyderabad", "punjab", "इंडिया", "ভারত"),
    "BD": ("bangladeshi", "bangladesh", "বাংলাদেশ", "dhaka", "ঢাকা", "chittagong"),
    "PK": ("pakistani", "pakistan", "پاکستان", "lahore", "karachi", "islamabad"),
    "NP": ("nepali", "nepalese", "nepal", "नेपाल", "kathmandu", "काठमाडौं"),
    "LK": ("sri lankan", "sri lanka", "ශ්‍රී ලංකා", "colombo"),
    # (Adjectives too: "a Thai number 095-…".)
    "AE": ("dubai", "迪拜", "uae", "abu dhabi", "두바이", "ドバイ", "دبي", "दुबई", "ดูไบ", "ឌូបៃ"),
}


_NAME_CODE = {name: code for code, names in _COUNTRY_NAMES.items() for name in names}
_COUNTRY_NAME = re.compile("|".join(map(re.escape, sorted(_NAME_CODE, key=len, reverse=True))))


def _stands_alone(lower: str, at: int, name: str) -> bool:
    """Whether the ``name`` found at ``at`` counts: a short ASCII name must stand as a word
    ("uae", "laos", "thai" in "thaiboxing" do not)."""
    if len(name) > 4 or not name.isascii():
        return True
    return not ((at > 0 and lower[at - 1].isalnum()) or lower[at + len(name) : at + len(name) + 1].isalnum())


def _labelled_countries(window: str) -> tuple[str, ...]:
    """``countries_named`` for a short lower-cased window that holds a word for "number": one
    pattern of every name, cheaper there than looking each name up."""
    if not _NUMBER_WORD.search(window):
        return ()
    codes: list[str] = []
    for match in _COUNTRY_NAME.finditer(window):
        name = match.group()
        if not _stands_alone(window, match.start(), name):
            continue
        if _NAME_CODE[name] not in codes:
            codes.append(_NAME_CODE[name])
    return tuple(codes)


def countries_named(text: str) -> list[str]:
    """ISO codes of the countries named in ``text``, in order of first mention."""
    lower = text.lower()
    present = set(lower)  # a name whose first letter is not in the text is not looked for
    seen: list[tuple[int, str]] = []
    for code, names in _COUNTRY_NAMES.items():
        first = -1
        for name in names:
            if name[0] not in present:
                continue
            at = lower.find(name)
            while at != -1 and not _stands_alone(lower, at, name):
                at = lower.find(name, at + 1)
            if at != -1 and (first == -1 or at < first):
                first = at
        if first != -1:
            seen.append((first, code))
    return [code for _, code in sorted(seen)]


# The patterns named _FOLDED… read fold_case()d text, without IGNORECASE: the same matches, found
# much faster (see fold_case); what they capture is read back from the original text by its span.


def _word_start(word: str) -> str:
    r"""``word`` with a leading ``\b`` moved behind the letter it stands before, as a look-behind
    (``\bwa`` becomes ``w(?<!\ww)a``: the same matches). When every alternative of a pattern starts
    with a literal character the regex engine jumps from one such character to the next; a single
    leading ``\b`` makes it try every alternative at every position. Only a Latin letter or a digit
    before it joins it to a word: "联系TG：…" and "使用LINE ID" are words of their own."""
    return _LEADING_WORD_START.sub(lambda m: f"{m.group(1)}(?<!{_LATIN_WORD_CHAR}{m.group(1)})", word)


_LEADING_WORD_START = re.compile(r"^\\b(\w)")
_LATIN_WORD_CHAR = "[0-9A-Za-z_\u00c0-\u024f\u1e00-\u1eff]"


def _at_word_start(words: str) -> str:
    """``_word_start`` for each alternative of ``words`` ("a|\\bb|…", alternatives without groups)."""
    return "|".join(map(_word_start, words.split("|")))


# Words naming the app a number is offered on; the nearest one before (or just after) wins.
_CHANNEL_WORDS: tuple[tuple[str, str], ...] = (
    ("whatsapp", r"whats\s*app|\bwa\b|\bwhatsap\b|\bwasap\b|واتساب|واتس|واٹس|वॉट्सऐप|व्हाट्सएप|왓츠앱|วอทส์แอพ|"
     r"ワッツアップ|វ៉ាត់សាប|ဝက်ဆပ်|হোয়াটসঅ্যাপ|වට්ස්ඇප්|ዋትስአፕ"),
    ("telegram", r"telegram|\btg\b|\btele\b|เทเลแกรม|电报|電報|飞机|飛機|✈|टेलीग्राम|텔레그램|텔레|テレグラム|تيليجرام|"
     r"تلغرام|តេឡេក្រាម|တယ်လီဂရမ်|টেলিগ্রাম|ቴሌግራም|ටෙලිග්රෑම්"),
    ("zalo", r"zalo"),
    ("viber", r"viber|ဗိုက်ဘာ|ไวเบอร์|ভাইবার"),
    ("line", r"\bline\b|ไลน์|ライン|라인"),
    ("wechat", r"wechat|微信|薇信|威信|\bvx\b|v信|วีแชท|위챗"),
    ("call", r"\bcall\b|\bphone\b|\btel\b|\btelp\b|\btelefon[eo]?\b|\bmobile\b|hotline|\bhp\b|"
     r"\bsđt\b|\bsdt\b|điện thoại|\bgọi\b|โทร|\btelepon\b|\bno\.?\s?hp\b|ទូរស័ព្ទ|电话|電話|"
     r"手机|ဖုန်း|फोन|फ़ोन|कॉल|\btawag\b|\btawagan\b|\btawagin\b|ໂທ|\bsms\b|전화|문자|هاتف|اتصل|جوال|ফোন|কল|ខល|"
     r"\btelpon\b|\bpanggilan\b|\btext(?:ed)?\b|\bi-text\b|\bcalling\b|\bcalled\b|\bpiga(?: simu)?\b"),
)
# (The alternatives hold no "|" inside a group: _at_word_start splits them at every "|".)
_CHANNELS = re.compile("|".join(f"(?P<{app}>{_at_word_start(words)})" for app, words in _CHANNEL_WORDS),
                       re.IGNORECASE)
# The same words for fold_case()d text: one alternative each, marked by an empty group named
# after its app, so that every alternative starts with a literal character.
_FOLDED_CHANNELS = re.compile(
    "|".join(
        f"{word}(?P<{app}_{index}>)"
        for app, words in _CHANNEL_WORDS
        for index, word in enumerate(_at_word_start(words).split("|"))
    )
)
_APP_OF_MARK = {mark: mark.rpartition("_")[0] for mark in _FOLDED_CHANNELS.groupindex}

# A run of digits and the separators recruiters put between them (spaces, dots, dashes,
# slashes, brackets, emoji and other symbols, one line break).
_SEPARATOR = r"[\s\-‐-―./()\[\]·•*_|~,\u2190-\u2bff\U0001f000-\U0001faff]"
# A "+" and a digit, or a digit, then more digits. (Written "(?:\+|\b00)?\d…" it matched the same
# spans — a leading "00" is read by \d as well — but the regex engine had to try it everywhere;
# starting with one character class, it skips straight to the digits.)
_DIGIT_RUN = re.compile(rf"[+\d](?:(?<=\+)\d|(?<!\+))(?:{_SEPARATOR}{{0,4}}\d)*")
_GROUP = re.compile(r"\d+")
# Between two numbers written one after the other: a slash, comma, line break, emoji, 2+ spaces.
_STRONG_SEPARATOR = re.compile(r"[/,;|()\n\u2600-\u27bf\U0001f000-\U0001faff\u2b00-\u2bff]|\s{2,}|\.\s")
# Decimal coordinates ("11.5564, 104.9282") are masked before numbers are read.
_COORDINATES = re.compile(r"-?\b\d{1,3}\.\d{3,}\s*[,;/ ]\s*-?\d{1,3}\.\d{3,}\b")
_COORDINATES_HINT = re.compile(r"\.\d{3}")  # what every coordinate holds: found at C speed

# Context that makes a digit run something other than a phone number: an id word (and what
# stands between it and the number), a currency, or a digit and a letter glued to it.
_ID_WORDS = (  # Latin-script words, which must stand as words
    r"id|ids|no|nr|ref|order|code|qq|mã|isbn|passport|paspor|hộ chiếu|account|acct|a/c|stk|"
    r"rekening|tracking|invoice|nik|ktp|serial|mssv|ma so|mã số|số tk|bank|zip|postcode|"
    r"tax|npwp|gps|waybill|awb|resi|pesanan|transfer|bca|bri|bni|mandiri|maybank|cimb|aba|acleda|"
    r"vietcombank|techcombank|agribank|bidv|kbank|scb|bdo|bpi|iban|swift|amount|total|receipt|bill"
)
_ID_WORDS_OTHER_SCRIPTS = (
    r"编号|编码|单号|卡号|账号|帳號|订单|訂單|银行|銀行|工号|护照|護照|"
    r"เลขที่|คำสั่งซื้อ|บัญชี|พัสดุ|หนังสือเดินทาง|"
    r"계좌|송장|여권|등록번호|사업자|신고번호|注文|口座|扣扣|"
    r"លេខកូដ|គណនី|"
    r"رقم الطلب|حساب"
)
# Words that name an id only right before it ("Job 2026051", "Post #…", "Lot no. …"); further
# away they are ordinary words ("part-time job offers: +62 857…").
_WEAK_ID_WORDS = r"job|post|vacancy|lot|batch|application|applicant|case|ticket"
_WEAK_ID_GAP = r"\s*(?:id|no|nr|number|code|ref)?\.?\s*[:：#]?\s*$"
_ID_GAP = r"[^\n\d,;!?。，]{0,24}"
_CURRENCY_SIGNS = "$€£¥₫₱฿₹"
_CURRENCY_CODES = r"usd|us\$|rm|rp|php|vnd|thb|idr|myr|sgd|aed|inr"
_NOT_PHONE_BEFORE = re.compile(
    rf"(?:(?:(?<!{_LATIN_WORD_CHAR})(?:{_ID_WORDS})\b|{_ID_WORDS_OTHER_SCRIPTS})(?P<gap>{_ID_GAP})|"
    rf"(?<!{_LATIN_WORD_CHAR})(?:{_WEAK_ID_WORDS})\b{_WEAK_ID_GAP}|"
    rf"#\s*|[{_CURRENCY_SIGNS}]\s*|"
    rf"(?:{_CURRENCY_CODES})\s*|\d[A-Za-z]\s?|[A-Za-z]/)$",
    re.IGNORECASE,
)
# Where _NOT_PHONE_BEFORE matches, found fast: the alternatives that start with a word, a sign or a
# code, each on its own (literal first), on fold_case()d text; and the one that starts with a digit.
_FOLDED_NOT_PHONE_BEFORE_WORD = re.compile(
    "|".join(
        [_word_start("\\b" + word) + rf"\b{_ID_GAP}$" for word in _ID_WORDS.split("|")]
        + [rf"{word}{_ID_GAP}$" for word in _ID_WORDS_OTHER_SCRIPTS.split("|")]
        + [_word_start("\\b" + word) + rf"\b{_WEAK_ID_GAP}" for word in _WEAK_ID_WORDS.split("|")]
        + [r"#\s*$"]
        + [rf"{re.escape(sign)}\s*$" for sign in _CURRENCY_SIGNS]
        + [rf"{code}\s*$" for code in _CURRENCY_CODES.split("|")]
    )
)
# (and a path of letters: "INV/2024/10/00457")
_NOT_PHONE_BEFORE_DIGIT = re.compile(r"(?:\d[A-Za-z]\s?|[A-Za-z]/)$", re.IGNORECASE)
_NOT_PHONE_AFTER = re.compile(
    r"^(?:[A-Za-z]|\s*(?:[$€£¥₫₱฿₹%]|usd|us\$|vnd|vnđ|đồng|đ\b|k\b|tr\b|triệu|juta|ribu|rb\b|bath|baht|บาท|"
    r"rm\b|ringgit|rp\b|php|pesos?|dollars?|đô|元|美金|块|万|千|cm\b|kg\b|m\b|tuổi|years?\b|yrs?\b|"
    r"ปี|岁|歳|세|tahun|taon|members?|views?|người|orang|日|月|年|km\b|sqm|m2|ngày|hari|days?\b))",
    re.IGNORECASE,
)
_DATE_SHAPES = {(4, 2, 2), (4, 1, 1), (4, 1, 2), (4, 2, 1), (2, 2, 4), (1, 2, 4), (2, 1, 4), (1, 1, 4)}


class Regions:
    """Regions to read local numbers with, most likely first: the post's (or its source's), the
    one its language points to, then countries named in the text — looked up only when a local
    number is not valid in the first ones (scanning for country names costs more than all else)."""

    def __init__(self, text: str, region: str | None, lang: str | None) -> None:
        self.text = text
        self.known: list[str] = []
        for candidate in (region, LANGUAGE_REGION.get(lang or "")):
            if candidate and candidate not in self.known:
                self.known.append(candidate)
        self.named: list[str] | None = None
        self.also = LANGUAGE_ALSO.get(lang or "", ())

    def in_order(self, first: tuple[str, ...] = ()) -> Iterator[str]:
        """``first``, the known regions, then (only when asked for) the others."""
        yield from first
        yield from self.known
        yield from self.more()

    def more(self) -> list[str]:
        """Countries named in the text that are not among the first regions, then the other
        countries of the post's language."""
        if self.named is None:
            named = [code for code in countries_named(self.text) if code not in self.known]
            named += [code for code in self.also if code not in self.known and code not in named]
            # A post in English with a line in Burmese or Khmer script: where its writer is from
            # (the script's language, and that language's country, as for the post's language).
            scripts = script_counts(self.text)
            for script in sorted(scripts, key=scripts.__getitem__, reverse=True):
                code = LANGUAGE_REGION.get(SCRIPT_LANGUAGE.get(script, ""))
                if code and code not in self.known and code not in named:
                    named.append(code)
            self.named = named
        return self.named


class _Channels:
    """The app named near each number of one text, read from its fold_case()d copy on demand.

    The words before a number are read once per number, whether for a cue (``_valid``) or for
    the ``channel`` of the phone found."""

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self._before: dict[int, str | None] = {}

    def near(self, start: int, end: int) -> str | None:
        """The app named nearest before the number (within 40 characters), else just after it."""
        if start in self._before:
            best = self._before[start]
        else:
            best = None
            for match in _FOLDED_CHANNELS.finditer(self.folded[max(0, start - 40) : start]):
                best = match.lastgroup
            best = self._before[start] = _APP_OF_MARK[best] if best else None
        if best:
            return best
        after = _FOLDED_CHANNELS.match(self.folded[end : end + 16].lstrip(" :(-–"))
        return _APP_OF_MARK[after.lastgroup] if after else None


def _e164(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def _valid(
    digits: str, international: bool, regions: Regions, cue: Callable[[], bool], labelled: tuple[str, ...] = ()
) -> phonenumbers.PhoneNumber | None:
    """The phone ``digits`` stand for, or None.

    Local numbers in the countries recruiters use are dialled with a leading 0 (the trunk
    prefix); digits without it are first read as a country code written without "+"
    ("855 97 712 3456"), and read as a local number only next to a contact word ("call",
    "WhatsApp"…) — a bare long number elsewhere is more often an account or an order id.
    ``cue()`` tells whether one is there; it is asked only when it decides. ``labelled``: the
    countries the post names for this number ("số Campuchia: 088 …"), read first.
    """
    if international:
        return _parse_valid("+" + digits, None)
    if digits.startswith("0"):
        for region in regions.in_order(labelled):
            number = _parse_valid(digits, region)
            if number is not None:
                return number
        return None
    # Mobile numbers of some countries (China's 1xx xxxx xxxx) are written without a trunk
    # prefix: a mobile reading in the post's own regions comes before a foreign country code.
    for region in regions.known:
        number = _parse_valid(digits, region)
        if number is not None and phonenumbers.number_type(number) in _MOBILE_TYPES:
            return number
    if len(digits) >= 10:
        number = _parse_valid("+" + digits, None)
        # "60 0123…" is a country code glued to a local number with its 0: an id, not a phone.
        if number is not None and not phonenumbers.national_significant_number(number).startswith("0") and \
                not digits[len(str(number.country_code)):].startswith("0"):
            return number
    if cue():
        for region in regions.in_order():
            number = _parse_valid(digits, region)
            if number is not None:
                return number
    return None


_MOBILE_TYPES = frozenset({phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE})


@lru_cache(maxsize=65536)
def _parse_valid(candidate: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    # Cached: operations repeat the same numbers in post after post. Callers never mutate it.
    try:
        number = phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def _is_date(groups: list[str], separators: list[str]) -> bool:
    return (
        len(groups) == 3
        and len(set(separators)) == 1
        and separators[0].strip() in ("-", "/", ".")
        and tuple(len(g) for g in groups) in _DATE_SHAPES
    )


def reveal(text: str) -> Revealed:
    """``text`` with coordinates blanked and hidden digits written as digits, read once and
    shared by the phone and handle stages."""
    if _COORDINATES_HINT.search(text):
        text = _COORDINATES.sub(lambda m: " " * len(m.group(0)), text)
    return reveal_digits(text)


def find_phones(text: str, regions: Regions, revealed: Revealed | None = None) -> list[dict[str, Any]]:
    """Valid phone numbers in ``text`` (already normalised), in order of appearance.
    ``revealed`` is ``reveal(text)`` when the caller has it already."""
    return _find_phones(text, fold_case(text), regions, revealed or reveal(text))


def _find_phones(text: str, folded: str, regions: Regions, revealed: Revealed) -> list[dict[str, Any]]:
    """``find_phones`` with ``folded`` = ``fold_case(text)``."""
    scan = revealed.text
    channels = _Channels(folded)
    found: dict[str, dict[str, Any]] = {}
    for run in _DIGIT_RUN.finditer(scan):
        raw_run = run.group(0)
        if len(raw_run) < 7:
            continue  # no phone number anywhere is this short (see _read_run)
        if "\n" not in raw_run:
            _read_run(scan, run.start(), raw_run, regions, revealed, text, channels, found)
            continue
        # A blank line or a long gap ends a number.
        for piece_match in _PIECE.finditer(raw_run):
            _read_run(scan, run.start() + piece_match.start(), piece_match.group(0), regions, revealed, text, channels,
                      found)
    if _SPLIT_HINT.search(scan):
        _read_split(scan, regions, revealed, text, channels, found)
    return list(found.values())


# A number given in parts, words between them ("starts with 0947, then 882, and the last part is
# 3190", "first ➜ 097 / second ➜ 712 / third ➜ 3456"): a local number's first part, then two or
# three more, each after a few words.
# (Each pattern starts with a literal, its look-behind after it: see _word_start. Not after a
# digit, a "+", or a thousands separator: "2,000 USD".)
_SPLIT_HINT = re.compile(r"0(?<![\d+,.]0)\d{2,4}(?!\d)[^\d]{0,6}[^\W\d_]")
_SPLIT = re.compile(r"0(?<![\d+,.]0)(?<=(0))(\d{2,4})(?:((?=[^\d]*[^\W\d_])[^\d]{3,35}?)(\d{2,5})(?![\d:])){2,3}")
_SPLIT_PART = re.compile(r"(?<=[^\d])\d{2,5}(?![\d:])")


def _read_split(scan: str, regions: Regions, revealed: Revealed, text: str, channels: _Channels,
                found: dict[str, dict[str, Any]]) -> None:
    for match in _SPLIT.finditer(scan):
        if "\n\n" in match.group(0) or scan[match.start() + len(match.group(2)) + 1 : match.end()][:1] == ":":
            continue
        first = "0" + match.group(2)
        parts = [first] + _SPLIT_PART.findall(match.group(0)[len(first):])
        gaps = re.split(r"\d{2,5}", match.group(0))[1:-1]
        # Every gap holds words (not "08:00 to 17:00"), and a messenger or "number" is named.
        if len(parts) < 3 or not all(re.search(r"[^\W\d_]{2}", gap) for gap in gaps):
            continue
        src_start, src_end = revealed.source_span(match.start(), match.end())
        named = _NUMBER_WORD.search(scan[max(0, match.start() - 30) : match.end()])
        if channels.near(src_start, src_start) is None and not named:
            continue
        number = _valid("".join(parts), False, regions, lambda: True)
        if number is None or _e164(number) in found:
            continue
        found[_e164(number)] = {"kind": "phone", "value": _e164(number), "raw": text[src_start:src_end],
                                "channel": channels.near(src_start, src_end)}


#: Words for "number" ("số Campuchia: 088 …"); a Latin-script one must end its word ("numerong" is
#: Tagalog for "the number", "numero" is not in it).
_NUMBER_MARKS = ("number", "numero", "número", "nomor", "nombor", "số", "เบอร์", "หมายเลข", "号码", "號碼", "번호",
                 "番号", "رقم", "नंबर", "नम्बर")
_NUMBER_WORD = re.compile(
    "|".join(re.escape(word) + (r"(?![^\W\d_])" if word[0].isascii() else "") for word in _NUMBER_MARKS),
    re.IGNORECASE,
)


_PIECE = re.compile(r"(?:[^\n]|\n(?!\s*\n))+")


def _read_run(
    scan: str, offset: int, run: str, regions: Regions, revealed: Revealed, text: str, channels: _Channels,
    found: dict[str, dict[str, Any]],
) -> None:
    if len(run) < 7 or sum(map(str.isdigit, run)) < 7:
        return  # no phone number anywhere is this short
    groups = [(m.group(0), offset + m.start(), offset + m.end()) for m in _GROUP.finditer(run)]
    separators = [scan[groups[i][2] : groups[i + 1][1]] for i in range(len(groups) - 1)]
    if _is_date([g[0] for g in groups], separators):
        return
    # Readings: (first group, last group, number, begin, end), in order.
    readings: list[tuple[int, int, phonenumbers.PhoneNumber, int, int]] = []
    index = 0
    resume = 0  # a number may start right after the previous one, or after a strong separator
    while index < len(groups):
        if index and index != resume and not _STRONG_SEPARATOR.search(separators[index - 1]):
            # Inside one token ("978-3-16-148410-0"): a tail of it is no phone of its own.
            index += 1
            continue
        start = groups[index][1]
        plus = scan[max(0, start - 2) : start].rstrip(" ").endswith("+")
        reading = _read_from(scan, groups, index, plus, regions, revealed, channels)
        if reading is None:
            index += 1
            continue
        readings.append(reading)
        index = resume = reading[1] + 1
    for position, (first, last, number, begin, end) in enumerate(readings):
        # A number glued by a single space or dash to digits that are no number of their own is
        # part of something longer (an account, a card number): not a phone.
        before_ok = first == 0 or _STRONG_SEPARATOR.search(separators[first - 1]) or (
            position > 0 and readings[position - 1][1] == first - 1
        )
        after_ok = last == len(groups) - 1 or _STRONG_SEPARATOR.search(separators[last]) or (
            position + 1 < len(readings) and readings[position + 1][0] == last + 1
        )
        if not (before_ok and after_ok):
            continue
        if _not_a_phone(scan, begin, end):
            continue
        value = _e164(number)
        src_start, src_end = revealed.source_span(begin, end)
        if value not in found:
            found[value] = {
                "kind": "phone",
                "value": value,
                "raw": text[src_start:src_end],
                "channel": channels.near(src_start, src_end),
            }


def _not_a_phone(scan: str, begin: int, end: int) -> bool:
    """An id, an amount or a measure by its context ("Job ID: …", "… USD", "… cm")."""
    window = scan[max(0, begin - 30) : begin]
    # _NOT_PHONE_BEFORE.search(window), without trying its every alternative at every position:
    # the two fast searches find where its first match starts, and it is matched there.
    word = _FOLDED_NOT_PHONE_BEFORE_WORD.search(fold_case(window))
    digit = _NOT_PHONE_BEFORE_DIGIT.search(window)
    starts = [match.start() for match in (word, digit) if match]
    before = _NOT_PHONE_BEFORE.match(window, min(starts)) if starts else None
    # "job in Cambodia, call +855…": a contact word between the keyword and the number wins.
    if before and not (before.group("gap") and _CHANNELS.search(before.group("gap"))):
        return True
    return bool(_NOT_PHONE_AFTER.match(scan[end : end + 12]))


def _read_from(
    scan: str, groups: list[tuple[str, int, int]], index: int, plus: bool, regions: Regions, revealed: Revealed,
    channels: _Channels,
) -> tuple[int, int, phonenumbers.PhoneNumber, int, int] | None:
    """The longest valid number starting at group ``index``."""
    begin = groups[index][1] - (1 if plus and scan[groups[index][1] - 1 : groups[index][1]] == "+" else 0)
    if plus and begin == groups[index][1]:
        begin = scan.rfind("+", 0, groups[index][1])
    src_start, _ = revealed.source_span(begin, begin + 1)

    def cue() -> bool:
        return channels.near(src_start, src_start) is not None

    # "số Campuchia: 088 …", "Cambodian number 088 …": the country the post names for the number.
    window = scan[max(0, begin - 22) : begin].lower()
    labelled = _labelled_countries(window) if not plus and any(map(window.__contains__, _NUMBER_MARKS)) else ()
    spans: list[tuple[int, str, bool]] = []
    digits = ""
    for last in range(index, len(groups)):
        digits += groups[last][0]
        # "00" is the international prefix, however it is spaced ("0 0 9 5 …", "00 95 …").
        international = plus or (digits.startswith("00") and len(digits) > 2)
        bare = digits[2:] if digits.startswith("00") and not plus else digits
        if len(bare) > 15:
            break
        if len(bare) >= 7:
            spans.append((last, bare, international))
    # The longest reading that is a valid number wins; most runs are one whole number.
    for last, bare, international in reversed(spans):
        number = _valid(bare, international, regions, cue, labelled)
        if number is not None:
            return index, last, number, begin, groups[last][2]
    return None


# -- handles --------------------------------------------------------------------------------------

_HANDLE = r"[A-Za-z][A-Za-z0-9_]{3,31}"
_TELEGRAM_LINK = re.compile(
    # (t.me/s/name is the web preview of channel "name".)
    # (Also written out: "t . me / name", "t点me斜杠name".)
    rf"(?:https?://)?(?:www\.)?(?:t|telegram) ?(?:\.|点|點) ?(?:me|dog) ?(?:/|斜杠) ?(?:s/)?"
    rf"(?!joinchat|\+|c/|share|addstickers|addlist|proxy)"
    rf"@?({_HANDLE})\b|tg://resolve\?domain=({_HANDLE})",
    re.IGNORECASE,
)
_TELEGRAM_WORDS = (
    r"telegram|\btg\b|\btele\b|\btelega\b|电报|電報|飞机|飛機|纸飞机|紙飛機|✈|เทเลแกรม|เทเล|텔레그램|텔레|テレグラム|テレ|"
    r"تيليجرام|تلغرام|تليجرام|ٹیلی گرام|ٹیلیگرام|टेलीग्राम|টেলিগ্রাম|តេឡេក្រាម|တယ်လီဂရမ်|ເທເລແກຣມ|ቴሌግራም|"
    r"ටෙලිග්රෑම්|ටෙලිග්රෑම|تلگرام"
)
_FOLDED_TELEGRAM_CONTEXT = re.compile(_at_word_start(_TELEGRAM_WORDS) + r"|t\.me")
# "Telegram: name" (a colon, or a name that cannot be an ordinary word: with a digit or "_").
_FOLDED_TELEGRAM_LABEL = re.compile(
    rf"(?:{_at_word_start(_TELEGRAM_WORDS)})(?:\s*(?:id|username|user|号|號|아이디))?\s*(?:[:：=]\s*[\"“「『]?@? ?({_HANDLE})\b|"
    rf"[\"“「『]?@?([A-Za-z][A-Za-z]*[0-9_][A-Za-z0-9_]{{2,30}})\b)"
)
# "@name" not inside a word, an address or a path (the look-behind follows the "@", so that the
# regex engine jumps from one "@" to the next).
_AT_HANDLE = re.compile(rf"@(?<![\w.@/]@)({_HANDLE})\b")
_OTHER_PLATFORMS = (
    r"instagram|\big\b|insta|twitter|\bx\.com|facebook|\bfb\b|tiktok|tik tok|youtube|threads|linkedin|"
    r"\bline\b|ไลน์|wechat|微信|\bvx\b|zalo|kakao|snapchat"
)
_FOLDED_OTHER_PLATFORM = re.compile(rf"(?:{_at_word_start(_OTHER_PLATFORMS)})[^\n@]{{0,12}}$")
_HANDLE_STOPWORDS = {"group", "channel", "only", "contact", "admin", "here", "below", "link", "number", "chat"}
_DIGITS_OR_LOOKALIKES = re.compile(r"[OolI\d]+")

_LINE_ID = r"[A-Za-z0-9][A-Za-z0-9._\-]{2,19}"
_LINE_LABELS = (
    # (Not \b before "line": "使用LINE ID" has none. The look-behind follows the "l", see _word_start.)
    r"l(?<![a-z0-9]l)(?<!subject l)(?<!bottom l)(?<!front l)(?<!hot l)ine\s*(?:id|official|oa|公式|帳號|账号|帐号)?"
    r"(?:\s+(?:is|was))?", r"\bid\s*line",
    r"加賴\s*(?:id)?", r"賴\s*id", r"ไลน์\s*(?:ไอดี|id)?", r"ไอดี\s*ไลน์", r"แอดไลน์\s*(?:ไอดี|id)?",
    r"แอด\s*line(?:\s*id)?", r"라인\s*(?:아이디|id)?", r"ແອດໄລນ໌\s*(?:id)?", r"ໄລນ໌\s*(?:id)?",
)
# A link, or a label and the id after it; one alternative per label (each with its own group for
# the id) so that every alternative starts with a literal character.
_FOLDED_LINE = re.compile(
    rf"line\.me/(?:ti/p|r/ti/p)/[~@]?({_LINE_ID})|"
    + "|".join(rf"{_word_start(label)}\s*[:：=\-–]?\s*[\"“「『'‘]?[@~]?(?!line\.me/|https?:)({_LINE_ID})"
               for label in _LINE_LABELS)
)
_LINE_STOPWORDS = {"id", "me", "only", "contact", "chat", "app", "official", "oa", "http", "https", "www", "was", "is"}
_NUMBER_LIKE = re.compile(r"[\d\-. ]+")

_WECHAT = re.compile(
    r"(?:(?:微信|薇信|威信|徽信|维信|V信|v信|卫星|魏信)号?|wechat(?:\s*id)?|weixin|(?<![A-Za-z])vx号?|(?<![A-Za-z])wx|"
    r"วีแชท|위챗|ວີແຊັດ|加[vV](?![xX])|薇(?=\s*[:：]))\s*[:：=\-–]?\s*[\"“「『]?"
    r"(wxid_[a-z0-9]{4,30}|[A-Za-z][A-Za-z0-9_\-]{5,19})",
    re.IGNORECASE,
)

_EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\b")
#: "at" and "dot" as written out in addresses: English, Vietnamese (a còng, chấm), Indonesian slang
#: (et, titik), Thai, Japanese, Korean, Bengali, Russian (собака, точка).
_AT_WORD = "at|et|a còng|a cong|แอท|アット|앳|এট|собака|آت"
_DOT_WORD = "dot|titik|chấm|cham|ดอท|ドット|닷|ডট|точка|دوت"
_EMAIL_LOCAL_PART = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-")
_AT_WORDS = re.compile(
    r"\s*[\[\(\{<]\s*(?:at|@)\s*[\]\)\}>]\s*|"
    rf"\s+(?:{_AT_WORD})\s+(?=[a-z0-9-]+\s*(?:[\[\(\{{<]\s*(?:dot|titik)|\.|\s+(?:{_DOT_WORD})\s+))",
    re.IGNORECASE,
)
# (A plain "." between the parts stands without spaces: in "gmail.com. IG: @name" the sentence ends.)
_SPELLED_EMAIL = re.compile(
    rf"[A-Za-z0-9._%+-]+(?:\s+(?:dot|chấm|titik)\s+[A-Za-z0-9._%+-]+)*"  # "hiring dot bkk at gmail dot com"
    rf"\s*(?:[\[\(\{{<]\s*(?:at|@)\s*[\]\)\}}>]|\s+(?:{_AT_WORD})\s+|\s+@\s+)\s*[A-Za-z0-9-]+"
    rf"(?:(?:\s*(?:[\[\(\{{<]\s*(?:dot|titik|\.)\s*[\]\)\}}>]|\s+(?:{_DOT_WORD})\s+|\s+\.\s+)\s*|\.)[A-Za-z0-9-]+)+",
    re.IGNORECASE,
)
# What a spelled-out address needs ("\bat\b|\[at\]|\(at\)|\{at\}|<at>|\[@\]|\(@\)|\s@\s" in any case).
# (Cyrillic "собака" is looked for apart: IGNORECASE equates letters with its "о" that
# fold_case() leaves alone, and the folded patterns must find what IGNORECASE ones find.)
_FOLDED_SPELLED_AT = re.compile(
    r"a(?<!\wa)t\b|\[at\]|\(at\)|\{at\}|<at>|\[@\]|\(@\)|@(?<=\s@)\s|"
    + "|".join(f" {word} " for word in _AT_WORD.split("|") if word not in ("at", "собака"))
)
_SPELLED_TLDS = frozenset(
    "com net org info biz edu gov mil int io co app dev online site xyz shop top club asia email mail live "
    "work jobs pro store tech vip cloud website space life world today news media group agency".split()
)
_DOT_WORDS = re.compile(
    rf"\s*[\[\(\{{<]\s*(?:dot|titik|\.)\s*[\]\)\}}>]\s*|\s+(?:{_DOT_WORD})\s+(?=[a-z]{{2,}})", re.IGNORECASE
)

_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'()\[\]{}]+", re.IGNORECASE)
_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|igshid|mc_cid|mc_eid|si|ref_src|yclid|_ga)$", re.IGNORECASE)
_MESSENGER_HOSTS = {"t.me", "telegram.me", "telegram.dog", "wa.me", "api.whatsapp.com", "line.me"}

#: Links that open a chat with a phone number: WhatsApp's, Viber's, and Telegram's t.me/+<number>
#: (an invite link has letters in it). The number is international, with or without its "+".
_CHAT_LINK = re.compile(
    r"(?:https?://)?(?:(?P<whatsapp>wa\.me/|api\.whatsapp\.com/send/?\?(?:[^\s]*&)?phone=)|"
    r"(?P<viber>viber://(?:chat|add|contact)\?(?:[^\s]*&)?number=)|(?P<telegram>(?:t|telegram)\.me/(?=\+\d))|"
    r"(?P<zalo>zalo\.me/(?=\+?\d)))"
    r"(?:\+|%2B)?(\d{6,15})(?![\w])", re.IGNORECASE
)
_CHAT_LINK_MARKS = ("wa.me/", "whatsapp.com/send", "viber://", ".me/+", "zalo.me/")


def _entry(kind: str, value: str, raw: str, channel: str | None) -> dict[str, Any]:
    return {"kind": kind, "value": value, "raw": raw, "channel": channel}


def find_handles(text: str, platform: str | None = None) -> list[dict[str, Any]]:
    """Telegram usernames (links, labelled ids, and @handles where the post speaks of Telegram),
    LINE ids and WeChat ids."""
    return _find_handles(text, fold_case(text), platform)


#: A handle typed one character at a time ("m i n a _ h r 9 9", "@ j o b . t h 8 8"): five or
#: more single letters, digits, "_" or "." each followed by one space.
#: What every such handle after its label holds, found fast (a space first: the engine skips from
#: one space to the next); then _SPACED_OUT finds where they are.
_SPACED_GATE = re.compile(r" [A-Za-z0-9_.@] [A-Za-z0-9_.] [A-Za-z0-9_.] [A-Za-z0-9_.] ")
#: (A character class first, its look-behind after it: the engine skips to candidates.)
_SPACED_OUT = re.compile(r"[A-Za-z0-9_.@](?<![^\s:：@][A-Za-z0-9_.@]) (?:[A-Za-z0-9_.@] ){3,}[A-Za-z0-9_.]\b")


def _find_handles(text: str, folded: str, platform: str | None) -> list[dict[str, Any]]:
    """``find_handles`` with ``folded`` = ``fold_case(text)``; a handle spelled out with spaces
    between its characters is read as well."""
    found = _find_handles_once(text, folded, platform)
    if _SPACED_GATE.search(text):
        joined = _SPACED_OUT.sub(lambda m: m.group(0).replace(" ", ""), text)
        seen = {(item["kind"], item["value"]) for item in found}
        found += [item for item in _find_handles_once(joined, fold_case(joined), platform)
                  if (item["kind"], item["value"]) not in seen]
    return found


def _find_handles_once(text: str, folded: str, platform: str | None) -> list[dict[str, Any]]:
    found: dict[tuple[str, str], dict[str, Any]] = {}
    # fold_case(text) is text.lower() but for three letters (see fold_case).
    lower = text.lower() if "İ" in text or "ı" in text or "ſ" in text else folded

    def add(kind: str, value: str, raw: str) -> None:
        if value.lower() in _HANDLE_STOPWORDS or _DIGITS_OR_LOOKALIKES.fullmatch(value):
            return
        found.setdefault((kind, value.lower()), _entry(kind, value.lower(), raw, kind))

    # Cheap substring checks first: most posts name one messenger at most.
    telegram_context = platform == "telegram" or bool(_FOLDED_TELEGRAM_CONTEXT.search(folded))
    if telegram_context or "tg://" in lower or ".me/" in lower or ".dog/" in lower or "点me" in lower:
        # Every link holds one of these (the pattern is costly: most posts have no link).
        if ".me/" in folded or ".dog/" in folded or "tg://" in folded or "me /" in folded or "点me" in folded:
            for match in _TELEGRAM_LINK.finditer(text):
                add("telegram", match.group(1) or match.group(2), match.group(0))
        for match in _FOLDED_TELEGRAM_LABEL.finditer(folded):
            name = match.span(1) if match.start(1) >= 0 else match.span(2)
            add("telegram", text[name[0] : name[1]], text[match.start() : match.end()])
    if any(mark in lower for mark in ("line", "ไลน์", "賴", "ໄລນ໌", "라인")):
        for match in _FOLDED_LINE.finditer(folded):
            value = text[match.start(match.lastindex) : match.end(match.lastindex)].rstrip("._-")
            if value.lower() not in _LINE_STOPWORDS and not _NUMBER_LIKE.fullmatch(value):
                raw = text[match.start() : match.end()]
                found.setdefault(("line", value.lower()), _entry("line", value.lower(), raw, "line"))
    if any(marker in lower for marker in ("信", "wechat", "weixin", "vx", "wx", "卫星", "วีแชท", "위챗", "加v", "ວີແຊັດ", "薇")):
        for match in _WECHAT.finditer(text):
            value = match.group(1).lower()
            found.setdefault(("wechat", value), _entry("wechat", value, match.group(0), "wechat"))
    if not telegram_context or "@" not in text:
        return list(found.values())  # an @name is a Telegram username only where the post speaks of Telegram
    taken = {value for (_, value) in found}
    for match in _AT_HANDLE.finditer(text):
        value = match.group(1).lower()
        if value in taken:
            continue
        if _FOLDED_OTHER_PLATFORM.search(folded[max(0, match.start() - 30) : match.start()]):
            continue  # "IG: @name", "Line @name": not a Telegram username
        add("telegram", value, match.group(0))
    return list(found.values())


def find_emails(text: str) -> list[dict[str, Any]]:
    """E-mail addresses, also written as ``name [at] host (dot) com``; lower-cased."""
    return _find_emails(text, fold_case(text))


def _find_emails(text: str, folded: str) -> list[dict[str, Any]]:
    """``find_emails`` with ``folded`` = ``fold_case(text)``."""
    found: dict[str, dict[str, Any]] = {}
    at = text.find("@")
    if at != -1:
        # No address starts before the local part of the first "@": the search starts there.
        while at and text[at - 1] in _EMAIL_LOCAL_PART:
            at -= 1
        for match in _EMAIL.finditer(text, at):
            found.setdefault(match.group(0).lower(), _entry("email", match.group(0).lower(), match.group(0), "email"))
    if _FOLDED_SPELLED_AT.search(folded) or " собака " in folded:
        for candidate in _SPELLED_EMAIL.finditer(text):
            spelled = _DOT_WORDS.sub(".", _AT_WORDS.sub("@", candidate.group(0))).replace(" @ ", "@").replace(" . ", ".")
            spelled = re.sub(r"\s+", "", spelled)
            match = _EMAIL.fullmatch(spelled)
            # "libre ticket at visa. Walang …" is Tagalog ("and"), not an address: a spelled-out
            # one must end in a top-level domain; and "job orders at www.dmw.gov.ph" names a site.
            tld = spelled.rpartition(".")[2].lower()
            if match and (len(tld) == 2 or tld in _SPELLED_TLDS) and "@www." not in spelled.lower():
                found.setdefault(spelled.lower(), _entry("email", spelled.lower(), candidate.group(0), "email"))
    return list(found.values())


def normalize_url(url: str) -> str | None:
    """Lower-case scheme and host, no fragment, tracking parameters dropped; None if no host."""
    url = url.rstrip(".,;:!?…")
    if url.lower().startswith("www."):
        url = "http://" + url
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if not parts.hostname:
        return None
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = parts.hostname.lower() + (f":{port}" if port else "")
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", query, ""))


def find_urls(text: str) -> list[dict[str, Any]]:
    """Web links other than messenger links (those become phones and handles)."""
    return _find_urls(text, fold_case(text))


def _find_urls(text: str, folded: str) -> list[dict[str, Any]]:
    """``find_urls`` with ``folded`` = ``fold_case(text)``."""
    found: dict[str, dict[str, Any]] = {}
    if "://" not in text and "www." not in folded:
        return []  # what every link holds
    for match in _URL.finditer(text):
        value = normalize_url(match.group(0))
        if value and urlsplit(value).hostname not in _MESSENGER_HOSTS:
            found.setdefault(value, _entry("url", value, match.group(0), None))
    return list(found.values())


def _chat_links(text: str) -> list[dict[str, Any]]:
    out = []
    for match in _CHAT_LINK.finditer(text):
        app = next(app for app in ("whatsapp", "viber", "telegram", "zalo") if match.group(app))
        digits = match.group(5)
        # A Zalo link holds the Vietnamese number as it is dialled there ("zalo.me/0356…").
        local = app == "zalo" and digits.startswith("0") and "+" not in match.group(0)
        number = _parse_valid(digits, "VN") if local else _parse_valid("+" + digits, None)
        if number is not None:
            out.append(_entry("phone", _e164(number), match.group(0), app))
    return out


def extract_identifiers(
    text: str, region: str | None = None, lang: str | None = None, platform: str | None = None
) -> list[dict[str, Any]]:
    """All identifiers in normalised ``text``: phones, handles, e-mails, wallets, URLs."""
    # Each stage reads the text in fold_case() too; it is folded once per distinct text, and
    # most posts have nothing masked, so that the same text goes to every stage.
    folded = fold_case(text)
    emails = _find_emails(text, folded)
    wallets = find_wallets(text)
    # Mask what is already read so that its digits and @ are not read again as phones or handles.
    masked = text
    for item in emails + wallets:
        masked = masked.replace(item["raw"], " " * len(item["raw"]))
    # Every link to a chat with a number holds one of these (masking only blanks text out: it adds none).
    has_chat_link = any(mark in folded for mark in _CHAT_LINK_MARKS)
    links = _chat_links(masked) if has_chat_link else []
    masked_links = _CHAT_LINK.sub(lambda m: " " * len(m.group(0)), masked) if has_chat_link else masked
    folded_masked = folded if masked == text else fold_case(masked)
    folded_links = folded_masked if masked_links == masked else fold_case(masked_links)
    phones = {item["value"]: item for item in links}
    revealed = reveal(masked_links)
    for item in _find_phones(masked_links, folded_links, Regions(text, region, lang), revealed):
        phones.setdefault(item["value"], item)
    urls = [item for item in _find_urls(masked, folded_masked) if not (has_chat_link and _CHAT_LINK.search(item["raw"]))]
    # Handles are read where spelled-out numbers are digits: "Telegram: zero nine …" has none.
    folded_revealed = folded_links if revealed.text == masked_links else fold_case(revealed.text)
    handles = _find_handles(revealed.text, folded_revealed, platform)
    return list(phones.values()) + handles + emails + wallets + urls
