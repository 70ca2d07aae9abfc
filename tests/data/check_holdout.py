"""Validate tests/data/identifiers_holdout.jsonl (hand-written held-out set).

Checks: one JSON object per line, unique ids, field shapes, every expected phone is a valid
E.164 number, locally written phones resolve to exactly the expected number through the post's
region / language / named countries, wallets carry valid checksums, and every expected value can
be found in the text (digits in any script; skipped for spelled-out numbers). Prints counts.

Usage: python tests/data/check_holdout.py [FILE] [--review]
  --review also lists phone-like strings that phonenumbers finds but that are not expected
           (for a human to confirm they are distractors).
Exit status 1 when any check fails.
"""
import collections
import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path

import phonenumbers

KINDS = {"phone", "telegram", "line", "wechat", "email", "wallet"}
CHANNELS = {"whatsapp", "telegram", "zalo", "viber", "line", "wechat", "call", None}
PLATFORMS = {"telegram", "reddit", "facebook", None}
LANG_REGION = {"vi": "VN", "th": "TH", "km": "KH", "my": "MM", "lo": "LA", "id": "ID",
               "ms": "MY", "tl": "PH", "zh": "CN"}
# countries / cities that make a local number resolvable (lower-cased substrings)
PLACES = {
    "KH": ["cambodia", "campuchia", "kamboja", "kemboja", "phnom penh", "sihanouk", "bavet",
           "poipet", "kampot", "siem reap", "koh kong", "柬埔寨", "柬國", "西港", "金边", "金邊",
           "កម្ពុជា", "ភ្នំពេញ", "សីហនុ", "បាវិត", "ប៉ោយប៉ែត", "กัมพูชา", "ปอยเปต", "สีหนุ",
           "ကမ္ဘောဒီးယား", "ກຳປູເຈຍ", "캄보디아", "カンボジア", "كمبوديا", "कंबोडिया", "কম্বোডিয়া",
           "nam vang", "bkk1", "cam bốt", "프놈펜"],
    "TH": ["thailand", "thái lan", "bangkok", "mae sot", "pattaya", "chiang", "phuket", "ไทย",
           "กรุงเทพ", "แม่สอด", "泰国", "泰國", "曼谷", "ထိုင်း", "ໄທ", "태국", "タイ", "تايلاند",
           "थाईलैंड", "থাইল্যান্ড", "suvarnabhumi", "สุวรรณภูมิ", "素万那普", "ថៃ", "ບາງກອກ", "မဲဆောက်"],
    "MM": ["myanmar", "burma", "miến điện", "myawaddy", "kk park", "shwe kokko", "yangon",
           "พม่า", "เมียวดี", "缅甸", "緬甸", "妙瓦底", "缅北", "မြန်မာ", "မြဝတီ", "ရန်ကုန်",
           "ມຽນມາ", "미얀마", "ミャンマー", "ميانمار", "म्यांमार", "মিয়ানমার", "মায়ানমার"],
    "LA": ["laos", "lào", "vientiane", "golden triangle", "bokeo", "ลาว", "老挝", "寮國",
           "金三角", "ລາວ", "ວຽງຈັນ", "ບໍ່ແກ້ວ", "ສາມຫຼ່ຽມຄຳ", "လာအို", "라오스", "ラオス"],
    "PH": ["philippines", "pilipinas", "filipina", "manila", "makati", "cebu", "quezon",
           "pampanga", "davao", "pasig", "clark", "菲律宾", "ฟิลิปปินส์", "필리핀"],
    "VN": ["vietnam", "việt nam", "hà nội", "ho chi minh", "hồ chí minh", "sài gòn", "越南",
           "เวียดนาม", "ຫວຽດນາມ", "베트남"],
    "ID": ["indonesia", "jakarta", "surabaya", "印尼", "인도네시아"],
    "MY": ["malaysia", "မလေးရှား", "kuala lumpur", "selangor", "klia", "shah alam", "马来西亚", "มาเลเซีย"],
    "CN": ["china", "trung quốc", "中国", "深圳", "广州", "shenzhen", "guangzhou", "จีน"],
    "AE": ["dubai", "uae", "迪拜", "ดูไบ", "دبي", "दुबई", "দুবাই", "두바이", "ドバイ"],
    "KR": ["korea", "한국", "서울", "ကိုရီးယား"], "JP": ["japan", "日本", "東京", "大阪"],
}
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _b58check(s):
    n = 0
    for ch in s:
        if ch not in B58:
            return None
        n = n * 58 + B58.index(ch)
    raw = b"\0" * (len(s) - len(s.lstrip("1"))) + (n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b"")
    if len(raw) < 5 or hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] != raw[-4:]:
        return None
    return raw[:-4]


def _polymod(v):
    g = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    c = 1
    for x in v:
        b = c >> 25
        c = (c & 0x1ffffff) << 5 ^ x
        for i in range(5):
            c ^= g[i] if (b >> i) & 1 else 0
    return c


def _bech32_ok(a):
    if a != a.lower() and a != a.upper():
        return False
    a = a.lower()
    hrp, _, dp = a.rpartition("1")
    if hrp != "bc" or len(dp) < 6 or any(x not in BECH for x in dp):
        return False
    data = [BECH.index(x) for x in dp]
    pm = _polymod([ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp] + data)
    return (data[0] == 0 and pm == 1) or (data[0] > 0 and pm == 0x2bc830a3)


_RC = [0x1, 0x8082, 0x800000000000808A, 0x8000000080008000, 0x808B, 0x80000001,
       0x8000000080008081, 0x8000000000008009, 0x8A, 0x88, 0x80008009, 0x8000000A, 0x8000808B,
       0x800000000000008B, 0x8000000000008089, 0x8000000000008003, 0x8000000000008002,
       0x8000000000000080, 0x800A, 0x800000008000000A, 0x8000000080008081, 0x8000000000008080,
       0x80000001, 0x8000000080008008]
_ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56],
        [27, 20, 39, 8, 14]]
_M = (1 << 64) - 1


def _keccak256(data):
    rol = lambda x, n: ((x << n) | (x >> (64 - n))) & _M if n else x
    data = bytearray(data) + b"\x01"
    while len(data) % 136:
        data.append(0)
    data[-1] |= 0x80
    a = [[0] * 5 for _ in range(5)]
    for off in range(0, len(data), 136):
        for i in range(17):
            a[i % 5][i // 5] ^= int.from_bytes(data[off + 8 * i:off + 8 * i + 8], "little")
        for rc in _RC:
            c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
            d = [c[(x - 1) % 5] ^ rol(c[(x + 1) % 5], 1) for x in range(5)]
            a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
            b = [[0] * 5 for _ in range(5)]
            for x in range(5):
                for y in range(5):
                    b[y][(2 * x + 3 * y) % 5] = rol(a[x][y], _ROT[x][y])
            a = [[b[x][y] ^ (~b[(x + 1) % 5][y] & b[(x + 2) % 5][y]) for y in range(5)] for x in range(5)]
            a[0][0] ^= rc
    return b"".join(a[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


def _eth_ok(a):
    if not re.fullmatch(r"0x[0-9a-fA-F]{40}", a):
        return False
    body = a[2:]
    if body in (body.lower(), body.upper()):
        return True
    h = _keccak256(body.lower().encode()).hex()
    want = "".join(ch.upper() if ch.isalpha() and int(h[i], 16) >= 8 else ch
                   for i, ch in enumerate(body.lower()))
    return want == body


def wallet_ok(value):
    chain, _, addr = value.partition(":")
    if chain == "btc":
        if addr.lower().startswith("bc1"):
            return _bech32_ok(addr)
        r = _b58check(addr)
        return r is not None and len(r) == 21 and r[0] in (0, 5)
    if chain == "tron":
        r = _b58check(addr)
        return len(addr) == 34 and r is not None and len(r) == 21 and r[0] == 0x41
    if chain == "eth":
        return addr == addr.lower() and _eth_ok(addr)
    return False


def ascii_digits(text):
    out = []
    for ch in text:
        d = unicodedata.decimal(ch, None)
        out.append(str(d) if d is not None else ch)
    return "".join(out)


def only_digits(text):
    return re.sub(r"\D", "", ascii_digits(text))


def candidate_regions(case):
    regs = set()
    if case.get("region"):
        regs.add(case["region"])
    for t in case["tags"]:
        if t.startswith("lang:") and t[5:] in LANG_REGION:
            regs.add(LANG_REGION[t[5:]])
    low = case["text"].lower()
    for reg, names in PLACES.items():
        if any(n in low for n in names):
            regs.add(reg)
    return regs


def check_case(case, errors):
    cid = case.get("id")
    err = lambda m: errors.append(f"{cid}: {m}")
    for key in ("id", "text", "region", "platform", "expected", "tags"):
        if key not in case:
            err(f"missing {key}")
            return
    if case["platform"] not in PLATFORMS:
        err(f"bad platform {case['platform']!r}")
    if case["region"] is not None and not re.fullmatch(r"[A-Z]{2}", case["region"]):
        err(f"bad region {case['region']!r}")
    if not any(t.startswith("lang:") for t in case["tags"]):
        err("no lang: tag")
    text = case["text"]
    tags = set(case["tags"])
    digit_text = text
    if "letter-digits" in tags:  # O/o for 0 and I/l for 1 inside digit runs
        digit_text = re.sub(r"[\dOoIl][\dOoIl \-.]{5,}[\dOoIl]",
                            lambda m: m.group(0).translate(str.maketrans("OoIl", "0011")), digit_text)
    digits = only_digits(digit_text)
    seen = set()
    for e in case["expected"]:
        kind, value, channel = e.get("kind"), e.get("value"), e.get("channel", "missing")
        if kind not in KINDS:
            err(f"bad kind {kind!r}")
            continue
        if (kind, value) in seen:
            err(f"duplicate expected {kind}:{value}")
        seen.add((kind, value))
        if kind != "phone" and channel is not None:
            err(f"{kind} must have channel null")
        if kind == "phone":
            if channel not in CHANNELS:
                err(f"bad channel {channel!r}")
            try:
                num = phonenumbers.parse(value)
            except phonenumbers.NumberParseException as ex:
                err(f"unparsable phone {value}: {ex}")
                continue
            if not phonenumbers.is_valid_number(num) or phonenumbers.format_number(
                    num, phonenumbers.PhoneNumberFormat.E164) != value:
                err(f"invalid / non-E.164 phone {value}")
                continue
            if "spelled" in tags:
                continue
            cc, nsn = str(num.country_code), phonenumbers.national_significant_number(num)
            if cc + nsn in digits or cc + "0" + nsn in digits:
                continue
            if nsn not in digits:
                err(f"digits of {value} not found in text")
                continue
            regs = candidate_regions(case)
            local = "0" + nsn if "0" + nsn in digits else nsn
            got = set()
            for reg in regs:
                try:
                    n2 = phonenumbers.parse(local, reg)
                except phonenumbers.NumberParseException:
                    continue
                if phonenumbers.is_valid_number(n2):
                    got.add(phonenumbers.format_number(n2, phonenumbers.PhoneNumberFormat.E164))
            if got != {value}:
                err(f"local {local} for {value}: candidate regions {sorted(regs)} give {sorted(got)}")
        elif kind == "wallet":
            if not wallet_ok(value):
                err(f"wallet {value} fails checksum / format")
            addr = value.partition(":")[2]
            if addr.lower() not in text.lower():
                err(f"wallet {value} not in text")
            elif value.startswith("eth:"):
                i = text.lower().index(addr)
                if not _eth_ok(text[i:i + 42]):
                    err(f"eth address as written fails EIP-55: {text[i:i + 42]}")
        elif kind == "email":
            if value != value.lower() or not re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", value):
                err(f"bad email {value}")
            local_part, _, host = value.partition("@")
            low = text.lower()
            if value not in low and not (local_part in low and all(p in low for p in host.split("."))):
                err(f"email {value} not in text")
        else:
            if value != value.lower() or value.startswith("@") or value.startswith("~"):
                err(f"{kind} value must be lower case without @/~: {value}")
            if value not in text.lower():
                err(f"{kind} {value} not in text")
            if kind == "telegram" and not re.fullmatch(r"[a-z][a-z0-9_]{4,31}", value):
                err(f"telegram username shape: {value}")


def review(case):
    """Phone-like strings found by phonenumbers that are not expected (to eyeball)."""
    exp = {e["value"] for e in case["expected"] if e["kind"] == "phone"}
    text = ascii_digits(case["text"])
    found = set()
    for reg in sorted(candidate_regions(case)) + ["US"]:
        for m in phonenumbers.PhoneNumberMatcher(text, reg, leniency=phonenumbers.Leniency.POSSIBLE):
            v = phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
            if v not in exp and phonenumbers.is_valid_number(m.number):
                found.add(f"{m.raw_string!r}->{v}({reg})")
    return sorted(found)


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    path = Path(args[0]) if args else Path(__file__).with_name("identifiers_holdout.jsonl")
    errors, cases, ids = [], [], set()
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            case = json.loads(line)
        except json.JSONDecodeError as ex:
            errors.append(f"line {lineno}: bad JSON: {ex}")
            continue
        if case.get("id") in ids:
            errors.append(f"line {lineno}: duplicate id {case.get('id')}")
        ids.add(case.get("id"))
        cases.append(case)
        check_case(case, errors)
    kinds, langs, channels, tags = (collections.Counter() for _ in range(4))
    for case in cases:
        for e in case["expected"]:
            kinds[e["kind"]] += 1
            if e["kind"] == "phone":
                channels[e["channel"]] += 1
        for t in case["tags"]:
            (langs if t.startswith("lang:") else tags)[t.removeprefix("lang:")] += 1
    n = len(cases)
    print(f"{path}: {n} cases, {sum(kinds.values())} expected identifiers")
    print("per kind:", dict(kinds.most_common()))
    print("phone channels:", {str(k): v for k, v in channels.most_common()})
    print("per language:", dict(langs.most_common()))
    print(f"with distractors: {tags['distractor']} ({tags['distractor'] / max(n, 1):.0%}), "
          f"no identifier: {sum(1 for c in cases if not c['expected'])}")
    print("tags:", dict(tags.most_common()))
    if "--review" in argv:
        for case in cases:
            r = review(case)
            if r:
                print("REVIEW", case["id"], r)
    for e in errors:
        print("ERROR", e)
    if n < 250:
        print("ERROR fewer than 250 cases")
    if tags["distractor"] < 0.35 * n:
        print("ERROR fewer than 35% cases with distractors")
    return 1 if errors or n < 250 or tags["distractor"] < 0.35 * n else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
