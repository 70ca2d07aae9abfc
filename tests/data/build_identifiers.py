#!/usr/bin/env python3
"""Build ``tests/data/identifiers.jsonl``: a hard evaluation set for identifier extraction.

Run ``python tests/data/build_identifiers.py`` (with the project's venv) to regenerate the file;
the output is deterministic (fixed seed, no clock, no network). ``--check`` rebuilds in memory and
fails when the committed file differs.

Each line is one case::

    {"id": "idf-0001", "text": ..., "region": "KH"|null, "lang": "vi"|null,
     "platform": "telegram"|"reddit"|"facebook"|null,
     "expected": [{"kind": ..., "value": ..., "channel": ...}, ...], "tags": [...]}

``expected`` is every identifier a careful human investigator would extract from ``text`` and
nothing else, normalised as in DESIGN.md (phone E.164; telegram / line / wechat ids and e-mails in
lower case without ``@``/``~``; wallets ``btc:``/``eth:`` (lower case)/``tron:`` with a valid
checksum). URLs are not scored and never appear. ``channel`` of a phone is the app the text offers
the number on (whatsapp, telegram, zalo, viber, line, wechat, ``call`` for call/tel/hotline) or
null; for telegram/line/wechat ids it is that app, for e-mails and wallets null.

How the labels are kept honest (the build fails loudly otherwise):
- every expected phone passes ``phonenumbers.is_valid_number`` and is checked against how it is
  written: international forms (``+``, ``00``, wa.me links) must parse to it; a number written
  with its country code but no ``+`` must not read as another valid number under any region a
  reader could assume; a local number must be resolvable from the case's ``region``, from its
  ``lang`` (vi→VN, th→TH, km→KH, my→MM, id→ID, ms→MY, tl→PH, zh→CN) or from a country/city named
  in the text, and every one of those regions (and the country of the text's real language) that
  reads it as a valid number must read it as the same number — ambiguous draws are discarded;
- local numbers tagged ``unresolvable-local`` are valid under none of those regions;
- every wallet's checksum is verified (base58check, bech32/bech32m, EIP-55 with a pure-Python
  Keccak-256 tested against published vectors) and every ``wallet-bad-checksum`` address fails it;
- every identifier's written form occurs in the text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

SEED = 20261103
OUT = Path(__file__).with_name("identifiers.jsonl")

# ---------------------------------------------------------------------------------------------
# Wallet checksums: base58check (BTC P2PKH/P2SH, TRON), bech32/bech32m (BIP-173/350), EIP-55.
# ---------------------------------------------------------------------------------------------

B58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _sha256d(data: bytes) -> bytes:
    return hashlib.sha256(hashlib.sha256(data).digest()).digest()


def b58encode(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58_ALPHABET[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def b58decode(text: str) -> bytes | None:
    n = 0
    for ch in text:
        idx = B58_ALPHABET.find(ch)
        if idx < 0:
            return None
        n = n * 58 + idx
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    return b"\0" * (len(text) - len(text.lstrip("1"))) + body


def b58check_encode(version: bytes, payload: bytes) -> str:
    raw = version + payload
    return b58encode(raw + _sha256d(raw)[:4])


def b58check_decode(text: str) -> bytes | None:
    raw = b58decode(text)
    if raw is None or len(raw) < 5:
        return None
    body, check = raw[:-4], raw[-4:]
    return body if _sha256d(body)[:4] == check else None


BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BECH32M_CONST = 0x2BC830A3


def _bech32_polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            if (top >> i) & 1:
                chk ^= gen[i]
    return chk


def _bech32_hrp_expand(hrp: str) -> list[int]:
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frombits: int, tobits: int, pad: bool = True) -> list[int] | None:
    acc = bits = 0
    ret: list[int] = []
    maxv = (1 << tobits) - 1
    for value in data:
        if value < 0 or value >> frombits:
            return None
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad:
        if bits:
            ret.append((acc << (tobits - bits)) & maxv)
    elif bits >= frombits or ((acc << (tobits - bits)) & maxv):
        return None
    return ret


def segwit_encode(hrp: str, witver: int, witprog: bytes) -> str:
    const = 1 if witver == 0 else BECH32M_CONST
    data = [witver] + _convertbits(witprog, 8, 5)
    polymod = _bech32_polymod(_bech32_hrp_expand(hrp) + data + [0] * 6) ^ const
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32_CHARSET[d] for d in data + checksum)


def segwit_valid(addr: str, hrp: str = "bc") -> bool:
    if any(ord(x) < 33 or ord(x) > 126 for x in addr) or (addr.lower() != addr and addr.upper() != addr):
        return False
    addr = addr.lower()
    pos = addr.rfind("1")
    if pos < 1 or pos + 7 > len(addr) or len(addr) > 90 or addr[:pos] != hrp:
        return False
    if not all(x in BECH32_CHARSET for x in addr[pos + 1 :]):
        return False
    data = [BECH32_CHARSET.find(x) for x in addr[pos + 1 :]]
    const = _bech32_polymod(_bech32_hrp_expand(hrp) + data)
    spec = "bech32" if const == 1 else "bech32m" if const == BECH32M_CONST else None
    if spec is None:
        return False
    data = data[:-6]
    if not data or data[0] > 16:
        return False
    prog = _convertbits(data[1:], 5, 8, False)
    if prog is None or not 2 <= len(prog) <= 40:
        return False
    if data[0] == 0 and len(prog) not in (20, 32):
        return False
    return (data[0] == 0) == (spec == "bech32")


# Keccak-256 (the original Keccak padding used by Ethereum, not SHA3-256), pure Python.
_KECCAK_RC = (
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
    0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
    0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
)
_KECCAK_ROT = ((0, 36, 3, 41, 18), (1, 44, 10, 45, 2), (62, 6, 43, 15, 61), (28, 55, 25, 21, 56), (27, 20, 39, 8, 14))
_M64 = (1 << 64) - 1


def _rol(value: int, shift: int) -> int:
    return ((value << shift) | (value >> (64 - shift))) & _M64 if shift else value


def _keccak_f(lanes: list[list[int]]) -> list[list[int]]:
    a = lanes
    for rc in _KECCAK_RC:
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rol(a[x][y], _KECCAK_ROT[x][y])
        a = [[b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y]) for y in range(5)] for x in range(5)]
        a[0][0] ^= rc
    return a


def keccak256(data: bytes) -> bytes:
    rate = 136
    padded = bytearray(data) + b"\x01" + b"\0" * ((-len(data) - 1) % rate)
    padded[-1] |= 0x80
    lanes = [[0] * 5 for _ in range(5)]
    for off in range(0, len(padded), rate):
        block = padded[off : off + rate]
        for i in range(rate // 8):
            x, y = i % 5, i // 5
            lanes[x][y] ^= int.from_bytes(block[8 * i : 8 * i + 8], "little")
        lanes = _keccak_f(lanes)
    out = b"".join(lanes[i % 5][i // 5].to_bytes(8, "little") for i in range(25))
    return out[:32]


def eip55(address: str) -> str:
    body = address.lower().removeprefix("0x")
    digest = keccak256(body.encode("ascii")).hex()
    return "0x" + "".join(ch.upper() if ch.isalpha() and int(digest[i], 16) >= 8 else ch for i, ch in enumerate(body))


def eth_valid(address: str) -> bool:
    if not re.fullmatch(r"0x[0-9a-fA-F]{40}", address):
        return False
    body = address[2:]
    if body == body.lower() or body == body.upper():
        return True  # no checksum to verify
    return eip55(body) == address


def btc_valid(address: str) -> bool:
    if address.lower().startswith("bc1"):
        return segwit_valid(address)
    body = b58check_decode(address)
    return body is not None and len(body) == 21 and body[0] in (0x00, 0x05)


def tron_valid(address: str) -> bool:
    body = b58check_decode(address)
    return body is not None and len(body) == 21 and body[0] == 0x41


def wallet_valid(kind: str, address: str) -> bool:
    return {"btc": btc_valid, "eth": eth_valid, "tron": tron_valid}[kind](address)


def _self_test_wallets() -> None:
    assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    assert keccak256(b"abc").hex() == "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"
    for good in ("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
                 "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"):
        assert eip55(good) == good and eth_valid(good), good
    assert not eth_valid("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")
    assert btc_valid("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")  # BIP-13 / wiki examples
    assert btc_valid("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")
    assert not btc_valid("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3")
    assert btc_valid("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")  # BIP-173
    assert not btc_valid("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5")
    assert btc_valid("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0")  # BIP-350
    assert tron_valid("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")  # USDT-TRC20 contract
    assert not tron_valid("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u")

# ---------------------------------------------------------------------------------------------
# Regions, numbering plans used to draw realistic numbers, country names a reader would resolve.
# ---------------------------------------------------------------------------------------------

#: The language → country mapping a reader applies to local numbers (the brief's list).
LANG_REGION = {"vi": "VN", "th": "TH", "km": "KH", "my": "MM", "id": "ID", "ms": "MY", "tl": "PH", "zh": "CN"}
#: Also the home country of other languages: only used to discard ambiguous draws.
TRUE_LANG_REGION = {**LANG_REGION, "ko": "KR", "ja": "JP", "hi": "IN", "bn": "BD"}

_KH8 = ["10", "11", "12", "15", "16", "17", "61", "69", "70", "76", "77", "78", "85", "86", "87", "89", "92", "93",
        "95", "98", "99"]
_KH9 = ["96", "97", "88", "38", "31", "71", "60", "66", "67", "68", "90"]
_VN = ["32", "33", "34", "35", "36", "37", "38", "39", "56", "58", "59", "70", "76", "77", "78", "79", "81", "82",
       "83", "84", "85", "86", "88", "89", "90", "91", "93", "94", "96", "97", "98", "99"]
_ID = ["811", "812", "813", "821", "822", "823", "851", "852", "853", "814", "815", "816", "855", "856", "857",
       "858", "817", "818", "819", "859", "877", "878", "831", "832", "833", "838", "895", "896", "897", "898",
       "899", "881", "882", "883", "887", "888", "889"]
_PH = ["905", "906", "915", "916", "917", "926", "927", "935", "936", "945", "955", "956", "965", "966", "967",
       "975", "977", "995", "997", "908", "909", "910", "912", "918", "919", "920", "921", "928", "929", "939",
       "947", "949", "961", "998", "999"]
_CN = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156", "157",
       "158", "159", "166", "176", "177", "178", "180", "181", "182", "183", "185", "186", "187", "188", "189",
       "198", "199"]

#: region → [(national prefix, national significant number length)]
MOBILE_PLANS: dict[str, list[tuple[str, int]]] = {
    "KH": [(p, 8) for p in _KH8] + [(p, 9) for p in _KH9],
    "TH": [(p, 9) for p in ["61", "62", "63", "64", "65", "80", "81", "82", "83", "84", "85", "86", "87", "88",
                            "89", "90", "91", "92", "93", "94", "95", "96", "97", "98", "99"]],
    "VN": [(p, 9) for p in _VN],
    "ID": [(p, n) for p in _ID for n in (10, 11)],
    "PH": [(p, 10) for p in _PH],
    "MM": [(p, n) for p in ["92", "94", "95", "96", "97", "98", "99"] for n in (8, 9, 10)],
    "MY": [("1" + x, 9) for x in "2346789"] + [("11", 10)],
    "LA": [("20" + x, 10) for x in "2579"],
    "CN": [(p, 11) for p in _CN],
    "AE": [(p, 9) for p in ["50", "52", "54", "55", "56", "58"]],
    "KR": [("10", 10)],
    "JP": [(p, 10) for p in ["90", "80", "70"]],
    "IN": [(p, 10) for p in "6789"],
    "BD": [("1" + x, 10) for x in "3456789"],
}
LANDLINE_PLANS: dict[str, list[tuple[str, int]]] = {
    "KH": [("23", 8)],
    "TH": [("2", 8)],
    "VN": [("28", 10), ("24", 10)],
    "PH": [("2", 9)],
    "AE": [("4", 8)],
}

#: Countries and cities a reader resolves to a country (matched case-insensitively; names in Latin
#: script only as whole words).
COUNTRY_NAMES: dict[str, list[str]] = {
    "KH": ["Cambodia", "Campuchia", "Kamboja", "Kemboja", "Cambodge", "Kampuchea", "Phnom Penh", "Sihanoukville",
           "Sihanouk", "Bavet", "Poipet", "កម្ពុជា", "ភ្នំពេញ", "ព្រះសីហនុ", "បាវិត", "กัมพูชา", "พนมเปญ", "ปอยเปต",
           "柬埔寨", "金边", "西港", "캄보디아", "カンボジア", "كمبوديا", "कंबोडिया", "ကမ္ဘောဒီးယား", "কম্বোডিয়া"],
    "MM": ["Myanmar", "Burma", "Miến Điện", "Myawaddy", "Shwe Kokko", "KK Park", "မြန်မာ", "မြဝတီ", "พม่า", "เมียวดี",
           "缅甸", "妙瓦底", "미얀마", "ミャンマー", "ميانمار", "म्यांमार", "মিয়ানমার", "មីយ៉ាន់ម៉ា"],
    "TH": ["Thailand", "Thái Lan", "Bangkok", "Mae Sot", "ไทย", "กรุงเทพ", "แม่สอด", "泰国", "曼谷", "태국", "タイで",
           "タイの", "تايلاند", "थाईलैंड", "থাইল্যান্ড", "ထိုင်း", "ថៃ"],
    "VN": ["Vietnam", "Việt Nam", "Hà Nội", "Sài Gòn", "Hồ Chí Minh", "TP.HCM", "越南", "เวียดนาม", "베트남", "ベトナム",
           "វៀតណាម"],
    "LA": ["Laos", "Lào", "Vientiane", "Golden Triangle", "Tam giác vàng", "Bokeo", "ລາວ", "ลาว", "สามเหลี่ยมทองคำ",
           "老挝", "金三角", "라오스", "ラオス", "لاوس", "लाओस", "লাওস", "လာအို", "ឡាវ"],
    "PH": ["Philippines", "Philippine", "Pilipinas", "Filipina", "Manila", "Pampanga", "ฟิลิปปินส์", "菲律宾",
           "필리핀", "フィリピン", "الفلبين", "ហ្វីលីពីន"],
    "MY": ["Malaysia", "Kuala Lumpur", "มาเลเซีย", "马来西亚", "말레이시아", "ماليزيا", "মালয়েশিয়া", "မလေးရှား",
           "ម៉ាឡេស៊ី"],
    "ID": ["Indonesia", "Jakarta", "อินโดนีเซีย", "印尼", "인도네시아"],
    "AE": ["Dubai", "UAE", "Abu Dhabi", "ดูไบ", "迪拜", "두바이", "ドバイ", "دبي", "दुबई", "দুবাই", "ဒူဘိုင်း", "ឌូបៃ"],
    "CN": ["China", "Trung Quốc", "中国", "จีน", "중국"],
    "KR": ["Korea", "Hàn Quốc", "韩国", "한국", "เกาหลี"],
    "JP": ["Japan", "Nhật Bản", "日本", "ญี่ปุ่น"],
    "IN": ["India", "भारत", "Ấn Độ"],
}
_COUNTRY_RES = {
    cc: [re.compile(r"(?<![A-Za-z])" + re.escape(n) + r"(?![A-Za-z])", re.I) if n.isascii() else re.compile(re.escape(n), re.I)
         for n in names]
    for cc, names in COUNTRY_NAMES.items()
}


def countries_named(text: str) -> list[str]:
    return [cc for cc, pats in _COUNTRY_RES.items() if any(p.search(text) for p in pats)]


# ---------------------------------------------------------------------------------------------
# Language packs: recruitment-post furniture with no identifier and no app name in it.
# ---------------------------------------------------------------------------------------------

PACKS: dict[str, dict] = {
    "en": {
        "countries": {"KH": "Cambodia", "MM": "Myanmar", "LA": "Laos", "PH": "the Philippines", "AE": "Dubai",
                      "TH": "Thailand", "MY": "Malaysia"},
        "abroad": "overseas",
        "headers": ["🔥 URGENT HIRING: Customer Service / Typing Job in {c} 🔥",
                    "💼 Online marketing staff needed in {c} — no experience!!",
                    "WE ARE HIRING!!! Data entry & chat support ({c})",
                    "Easy job {c} 🌏 big company need 30 staff, start immediately",
                    "[JOB OFFER] Telemarketing agents – {c} – high salary"],
        "perks": ["✅ Free visa + air ticket", "✅ Free food and accomodation", "✅ Only need basic English and typing",
                  "✅ No experience needed, training provided", "✅ Salary paid on time every month + bonus",
                  "✅ Modern office, air-con dorm", "✅ Just bring your passport, we handle the rest"],
        "intros": ["📩 Interested? Message now 👇", "DM for more details 👇", "Apply fast, limited slots!",
                   "Serious applicants only, contact HR:"],
        "headers_abroad": ["🔥 URGENT HIRING: Customer Service / Typing Job OVERSEAS 🔥",
                           "💼 Online marketing staff needed abroad — no experience!!",
                           "WE ARE HIRING!!! Data entry & chat support (work abroad)"],
        "tags": ["#hiring #jobs #overseasjobs", "#workabroad #highsalary", "#jobvacancy #urgenthiring"],
        "nocontact": ["Comment 'INTERESTED' and we will DM you 📩", "Send us a message on this page to apply",
                      "Leave your name and age in the comments, HR will reach out"],
        "words_note": ["(written in words coz FB blocks numbers)", "(spell it out, they delete numbers)", ""],
    },
    "vi": {
        "countries": {"KH": "Campuchia", "MM": "Myanmar", "LA": "Lào", "PH": "Philippines", "AE": "Dubai",
                      "TH": "Thái Lan", "MY": "Malaysia"},
        "abroad": "nước ngoài",
        "headers": ["🔥 TUYỂN GẤP NHÂN VIÊN CSKH LÀM VIỆC TẠI {c} 🔥",
                    "📢 Việc nhẹ lương cao tại {c} – chỉ cần biết đánh máy",
                    "CẦN TUYỂN NV CHĂM SÓC KHÁCH HÀNG ONLINE ({c})",
                    "Tuyển nhân viên nhập liệu, trực page tại {c}, bao ăn ở 🏠"],
        "perks": ["✅ Bao vé máy bay + visa", "✅ Bao ăn ở, phòng máy lạnh", "✅ Không cần kinh nghiệm, được đào tạo",
                  "✅ Chỉ cần biết chữ, đánh máy", "✅ Lương trả đúng hạn hàng tháng", "✅ Không cần bằng cấp"],
        "intros": ["👉 Ib ngay để được tư vấn:", "Ai quan tâm inbox em nhé 👇", "Liên hệ ngay để giữ suất:"],
        "tags": ["#việclàm #tuyểndụng #lươngcao", "#vieclam #tuyendung", "#việcnhẹlươngcao"],
        "nocontact": ["👉 Inbox page để được tư vấn chi tiết", "Comment 'ĐĂNG KÝ' để em ib thông tin ạ"],
        "words_note": ["(ghi chữ vì fb chặn số)", "(viết bằng chữ nha mọi người)", ""],
    },
    "id": {
        "countries": {"KH": "Kamboja", "MM": "Myanmar", "LA": "Laos", "PH": "Filipina", "AE": "Dubai",
                      "TH": "Thailand", "MY": "Malaysia"},
        "abroad": "luar negeri",
        "headers": ["🔥 LOWONGAN KERJA {c} 🔥 Admin / CS online", "Dibutuhkan segera operator chat & marketing online di {c}",
                    "LOKER {c} – gaji besar, tanpa pengalaman!!", "Info loker: staf entri data di {c}, berangkat minggu ini"],
        "perks": ["✅ Tiket pesawat + visa ditanggung", "✅ Mess dan makan gratis", "✅ Tanpa pengalaman, ada pelatihan",
                  "✅ Cukup bisa mengetik", "✅ Gaji dibayar tiap bulan", "✅ Paspor saja, sisanya kami urus"],
        "intros": ["Minat? Langsung hubungi 👇", "Info lebih lanjut:", "Daftar sekarang, kuota terbatas!"],
        "tags": ["#lokerluarnegeri #lowongankerja", "#loker #kerjaluarnegeri", "#infoloker"],
        "nocontact": ["Yang minat langsung DM aja kak 🙏", "Komen 'MINAT' nanti admin japri"],
        "words_note": ["(ditulis huruf biar gak diblokir)", "(pakai huruf ya, angka suka dihapus)", ""],
    },
    "th": {
        "countries": {"KH": "กัมพูชา", "MM": "พม่า", "LA": "ลาว", "PH": "ฟิลิปปินส์", "AE": "ดูไบ", "MY": "มาเลเซีย"},
        "abroad": "ต่างประเทศ",
        "headers": ["🔥 รับสมัครด่วน พนักงานแอดมิน/ตอบแชท ทำงานที่{c} 🔥", "งานดี รายได้สูง ที่{c} ไม่ต้องมีประสบการณ์",
                    "ประกาศรับสมัครพนักงานพิมพ์งาน ({c})", "หางานทำอยู่ไหม? บริษัทที่{c}ต้องการพนักงานด่วน"],
        "perks": ["✅ ฟรีวีซ่า + ตั๋วเครื่องบิน", "✅ มีที่พักและอาหารฟรี", "✅ ไม่ต้องมีประสบการณ์ มีสอนงาน",
                  "✅ พิมพ์คอมเป็นก็ทำได้", "✅ เงินเดือนออกตรงเวลา", "✅ มีแค่พาสปอร์ตก็เดินทางได้"],
        "intros": ["สนใจติดต่อ 👇", "สอบถามเพิ่มเติมได้ที่", "รีบสมัครด่วน รับจำนวนจำกัด"],
        "tags": ["#หางาน #งานต่างประเทศ", "#รับสมัครงาน #งานด่วน", "#งานแอดมิน"],
        "nocontact": ["สนใจทักแชทเพจได้เลยค่ะ", "คอมเมนต์ 'สนใจ' แล้วแอดมินจะทักไป"],
        "words_note": ["(พิมพ์เป็นตัวหนังสือเพราะเฟซบล็อกเบอร์)", "(เขียนเป็นคำนะคะ)", ""],
    },
    "zh": {
        "countries": {"KH": "柬埔寨", "MM": "缅甸", "LA": "老挝", "PH": "菲律宾", "AE": "迪拜", "TH": "泰国", "MY": "马来西亚"},
        "abroad": "海外",
        "headers": ["🔥 高薪招聘 {c} 客服/打字员 🔥", "{c}公司急招网络销售，无需经验", "【招聘】{c} 中文客服 包吃包住",
                    "海外高薪工作：{c} 文员、打字员"],
        "perks": ["✅ 包机票 包签证", "✅ 包吃包住", "✅ 会打字就行，无需经验", "✅ 工资月结，提成另算", "✅ 公司提供培训"],
        "intros": ["有意者请联系 👇", "详情咨询：", "名额有限，速来！"],
        "tags": ["#招聘 #高薪", "#海外工作 #包吃住", "#急招"],
        "nocontact": ["有意者私信 📩", "感兴趣的朋友评论区留言，我们会联系你"],
        "words_note": ["（防屏蔽）", "（汉字写，防封）", ""],
    },
    "km": {
        "countries": {"KH": "ភ្នំពេញ", "MM": "មីយ៉ាន់ម៉ា", "TH": "ថៃ", "LA": "ឡាវ", "AE": "ឌូបៃ", "PH": "ហ្វីលីពីន",
                      "MY": "ម៉ាឡេស៊ី"},
        "abroad": "ក្រៅប្រទេស",
        "headers": ["🔥 ត្រូវការបុគ្គលិកបម្រើអតិថិជនបន្ទាន់ នៅ{c} 🔥", "ការងារវាយអក្សរ ប្រាក់ខែខ្ពស់ នៅ{c}",
                    "ជ្រើសរើសបុគ្គលិក Online Marketing ({c})"],
        "perks": ["✅ មានកន្លែងស្នាក់នៅ និងអាហារ ឥតគិតថ្លៃ", "✅ មិនចាំបាច់មានបទពិសោធន៍", "✅ ចេះវាយអក្សរបានហើយ",
                  "✅ ធ្វើការក្នុងការិយាល័យ ម៉ាស៊ីនត្រជាក់", "✅ ក្រុមហ៊ុនចេញថ្លៃធ្វើដំណើរ"],
        "intros": ["ចាប់អារម្មណ៍ សូមទំនាក់ទំនង 👇", "ព័ត៌មានបន្ថែម៖"],
        "tags": ["#ការងារ #ជ្រើសរើសបុគ្គលិក", "#ការងារប្រាក់ខែខ្ពស់"],
        "nocontact": ["សូម Inbox មកផេក", "Comment 'ចាប់អារម្មណ៍' យើងនឹងផ្ញើសារទៅ"],
        "words_note": ["(សរសេរជាអក្សរ)", ""],
    },
    "my": {
        "countries": {"KH": "ကမ္ဘောဒီးယား", "TH": "ထိုင်း", "LA": "လာအို", "MM": "မြဝတီ", "AE": "ဒူဘိုင်း", "MY": "မလေးရှား"},
        "abroad": "နိုင်ငံခြား",
        "headers": ["🔥 {c}မှာ Customer Service ဝန်ထမ်း အမြန်ခေါ်နေပါတယ် 🔥", "အလုပ်ရှာနေသူများအတွက် – {c} Online အလုပ်",
                    "စာရိုက်အလုပ် လစာကောင်း {c}"],
        "perks": ["✅ ဗီဇာ လေယာဉ်လက်မှတ် အခမဲ့", "✅ စားစရာ နေစရာ အခမဲ့", "✅ အတွေ့အကြုံ မလိုပါ", "✅ စာရိုက်တတ်ရင် ရပါပြီ"],
        "intros": ["စိတ်ဝင်စားရင် ဆက်သွယ်ပါ 👇", "အသေးစိတ်သိချင်ရင်"],
        "tags": ["#အလုပ်ခေါ်စာ #နိုင်ငံခြားအလုပ်", "#အလုပ်အကိုင်"],
        "nocontact": ["Page ကို Message ပို့ပါ", "Comment မှာ 'စိတ်ဝင်စားတယ်' လို့ရေးပါ"],
        "words_note": ["(စာလုံးနဲ့ရေးထားတယ်)", ""],
    },
    "tl": {
        "countries": {"KH": "Cambodia", "MM": "Myanmar", "LA": "Laos", "AE": "Dubai", "TH": "Thailand", "MY": "Malaysia",
                      "PH": "Pampanga"},
        "abroad": "abroad",
        "headers": ["🔥 HIRING ASAP: Chat Support / Encoder sa {c} 🔥", "Trabaho sa {c}! Walang experience, pwede!",
                    "Naghahanap kami ng CSR para sa {c}, malaking sahod"],
        "perks": ["✅ Libre ang visa at ticket", "✅ May libreng tirahan at pagkain", "✅ Basta marunong mag-type",
                  "✅ Walang experience, may training", "✅ Bayad ang pamasahe"],
        "intros": ["Interesado? Message na 👇", "Para sa detalye:", "PM lang po para sa requirements"],
        "tags": ["#hiring #trabaho #abroad", "#ofw #jobhiring"],
        "nocontact": ["PM lang po sa page 😊", "Comment 'INTERESADO' at i-message namin kayo"],
        "words_note": ["(sinulat sa letra kasi bina-block ng FB)", ""],
    },
    "ms": {
        "countries": {"KH": "Kemboja", "MM": "Myanmar", "TH": "Thailand", "LA": "Laos", "AE": "Dubai", "MY": "Kuala Lumpur"},
        "abroad": "luar negara",
        "headers": ["🔥 JAWATAN KOSONG di {c}: Khidmat Pelanggan 🔥", "Kerja senang gaji lumayan di {c}, tiada pengalaman",
                    "Perlukan staf admin / taip dokumen ({c})"],
        "perks": ["✅ Visa dan tiket kapal terbang percuma", "✅ Tempat tinggal dan makan disediakan",
                  "✅ Tiada pengalaman diperlukan", "✅ Hanya perlu pandai menaip"],
        "intros": ["Berminat? Hubungi 👇", "Maklumat lanjut:"],
        "tags": ["#jawatankosong #kerjaluarnegara", "#kerjakosong"],
        "nocontact": ["PM page untuk maklumat lanjut", "Komen 'BERMINAT' dan admin akan PM"],
        "words_note": ["(tulis huruf sebab FB sekat nombor)", ""],
    },
    "ko": {
        "countries": {"KH": "캄보디아", "MM": "미얀마", "LA": "라오스", "PH": "필리핀", "AE": "두바이", "TH": "태국"},
        "abroad": "해외",
        "headers": ["🔥 {c} 고수익 해외 취업 – 상담원 모집 🔥", "{c} 현지 온라인 마케팅 직원 급구, 경력 무관"],
        "headers_abroad": ["🔥 고수익 해외 취업 – 상담원 모집 🔥", "해외 온라인 마케팅 직원 급구, 경력 무관"],
        "perks": ["✅ 항공권 + 비자 무료", "✅ 숙식 제공", "✅ 경력 필요 없음", "✅ 타자만 가능하면 OK"],
        "intros": ["문의 👇", "지원 및 상담:"],
        "tags": ["#해외취업 #고수익알바", "#해외알바"],
        "nocontact": ["쪽지 주세요", "댓글 남기시면 연락드립니다"],
        "words_note": [""],
    },
    "ja": {
        "countries": {"KH": "カンボジア", "MM": "ミャンマー", "LA": "ラオス", "PH": "フィリピン", "AE": "ドバイ"},
        "abroad": "海外",
        "headers": ["🔥 {c}で高収入！カスタマーサポート募集 🔥", "【海外求人】{c} 日本語オペレーター 未経験OK"],
        "headers_abroad": ["🔥 海外で高収入！カスタマーサポート募集 🔥", "【海外求人】日本語オペレーター 未経験OK"],
        "perks": ["✅ 航空券・ビザ無料", "✅ 寮・食事付き", "✅ 未経験歓迎", "✅ パソコン入力ができればOK"],
        "intros": ["お問い合わせ 👇", "詳しくはこちら："],
        "tags": ["#海外求人 #高収入", "#闇バイト注意"],
        "nocontact": ["DMください", "コメントで応募受付中"],
        "words_note": [""],
    },
    "ar": {
        "countries": {"KH": "كمبوديا", "MM": "ميانمار", "LA": "لاوس", "TH": "تايلاند", "AE": "دبي", "PH": "الفلبين",
                      "MY": "ماليزيا"},
        "abroad": "الخارج",
        "headers": ["🔥 مطلوب موظفي خدمة عملاء في {c} 🔥", "فرصة عمل في {c} براتب مرتفع، بدون خبرة"],
        "perks": ["✅ تأشيرة وتذكرة طيران مجانية", "✅ سكن وطعام مجاني", "✅ لا يشترط الخبرة", "✅ يكفي إتقان الكتابة على الحاسوب"],
        "intros": ["للتواصل 👇", "للاستفسار:"],
        "tags": ["#وظائف #عمل_بالخارج", "#وظائف_شاغرة"],
        "nocontact": ["راسلونا على الخاص", "اكتب 'مهتم' في التعليقات"],
        "words_note": [""],
    },
    "hi": {
        "countries": {"KH": "कंबोडिया", "LA": "लाओस", "MM": "म्यांमार", "TH": "थाईलैंड", "AE": "दुबई"},
        "abroad": "विदेश",
        "headers": ["🔥 {c} में कस्टमर सपोर्ट की नौकरी – तुरंत भर्ती 🔥", "विदेश में नौकरी! {c} में डेटा एंट्री, अनुभव की जरूरत नहीं"],
        "headers_abroad": ["🔥 विदेश में कस्टमर सपोर्ट की नौकरी – तुरंत भर्ती 🔥", "विदेश में नौकरी! डेटा एंट्री, अनुभव की जरूरत नहीं"],
        "perks": ["✅ फ्री वीज़ा और टिकट", "✅ रहना-खाना फ्री", "✅ अनुभव की जरूरत नहीं", "✅ बस टाइपिंग आनी चाहिए"],
        "intros": ["संपर्क करें 👇", "अधिक जानकारी के लिए:"],
        "tags": ["#नौकरी #विदेश_में_नौकरी", "#jobs #abroad"],
        "nocontact": ["इनबॉक्स करें", "कमेंट में 'interested' लिखें"],
        "words_note": [""],
    },
    "bn": {
        "countries": {"KH": "কম্বোডিয়া", "LA": "লাওস", "MM": "মিয়ানমার", "TH": "থাইল্যান্ড", "AE": "দুবাই", "MY": "মালয়েশিয়া"},
        "abroad": "বিদেশ",
        "headers": ["🔥 {c}-এ কাস্টমার সার্ভিসের চাকরি – জরুরি নিয়োগ 🔥", "বিদেশে চাকরি! {c}-এ ডাটা এন্ট্রি, অভিজ্ঞতা লাগবে না"],
        "perks": ["✅ ফ্রি ভিসা ও টিকিট", "✅ থাকা-খাওয়া ফ্রি", "✅ অভিজ্ঞতা লাগবে না", "✅ শুধু টাইপিং জানলেই হবে"],
        "intros": ["যোগাযোগ করুন 👇", "বিস্তারিত জানতে:"],
        "tags": ["#চাকরি #বিদেশে_চাকরি"],
        "nocontact": ["ইনবক্স করুন", "কমেন্টে 'আগ্রহী' লিখুন"],
        "words_note": [""],
    },
}

#: Labels that offer a number (or an id) on an app; ``None`` = the text does not say which.
LABELS: dict[str, dict[str | None, list[str]]] = {
    "en": {"whatsapp": ["WhatsApp: {}", "WA: {}", "📲 Whatsapp {}", "WhatsApp me 👉 {}"],
           "telegram": ["Telegram: {}", "Tele: {}", "TG: {}"], "viber": ["Viber: {}"], "line": ["Line: {}"],
           "wechat": ["WeChat: {}"], "zalo": ["Zalo: {}"],
           "call": ["Call: {}", "Tel: {}", "Hotline: {}", "☎️ Call now {}"],
           None: ["Contact: {}", "HR: {}", "👉 {}", "Number: {}"]},
    "vi": {"zalo": ["Zalo: {}", "📱 Zalo {}", "zalo {}"], "telegram": ["Tele: {}", "Telegram: {}"],
           "whatsapp": ["WhatsApp: {}"], "call": ["SĐT: {}", "Gọi ngay: {}", "Hotline: {}", "Điện thoại: {}"],
           None: ["Liên hệ: {}", "LH: {}", "Số: {}"]},
    "id": {"whatsapp": ["WA: {}", "WhatsApp: {}", "Wa 👉 {}", "Chat WA {}"], "telegram": ["Telegram: {}", "Tele: {}"],
           "call": ["Telp: {}", "Telepon: {}", "Hotline: {}"], None: ["Hubungi: {}", "CP: {}", "Kontak: {}"]},
    "th": {"line": ["ไลน์: {}", "Line: {}", "LINE {}"], "whatsapp": ["WhatsApp: {}"],
           "telegram": ["เทเลแกรม: {}", "Telegram: {}"], "call": ["โทร: {}", "โทร. {}", "เบอร์โทร: {}"],
           None: ["ติดต่อ: {}", "เบอร์: {}"]},
    "zh": {"wechat": ["微信：{}", "VX：{}", "V信：{}", "WeChat：{}"], "telegram": ["飞机：{}", "电报：{}", "Telegram：{}"],
           "whatsapp": ["WhatsApp：{}"], "call": ["电话：{}", "手机：{}", "热线：{}"], None: ["联系：{}", "联系方式：{}"]},
    "km": {"telegram": ["Telegram: {}", "តេឡេក្រាម៖ {}"], "call": ["ទូរស័ព្ទ៖ {}", "លេខទូរស័ព្ទ៖ {}", "Tel: {}"],
           "whatsapp": ["WhatsApp: {}"], None: ["ទំនាក់ទំនង៖ {}", "លេខ៖ {}"]},
    "my": {"viber": ["Viber: {}", "ဗိုက်ဘာ: {}"], "telegram": ["Telegram: {}"], "call": ["ဖုန်း: {}", "Ph: {}"],
           None: ["ဆက်သွယ်ရန်: {}"]},
    "tl": {"whatsapp": ["WhatsApp: {}"], "viber": ["Viber: {}"], "telegram": ["Telegram: {}", "Tele: {}"],
           "call": ["Tawag: {}", "Call/Text: {}"], None: ["Contact: {}", "Kontakin: {}"]},
    "ms": {"whatsapp": ["WhatsApp: {}", "WA: {}"], "telegram": ["Telegram: {}"],
           "call": ["Tel: {}", "Telefon: {}", "Hotline: {}"], None: ["Hubungi: {}"]},
    "ko": {"telegram": ["텔레그램: {}", "텔레: {}"], "whatsapp": ["왓츠앱: {}", "WhatsApp: {}"], "call": ["전화: {}"],
           None: ["연락처: {}"]},
    "ja": {"line": ["LINE：{}"], "telegram": ["テレグラム：{}", "Telegram：{}"], "whatsapp": ["WhatsApp：{}"],
           "call": ["電話：{}"], None: ["連絡先：{}"]},
    "ar": {"whatsapp": ["واتساب: {}", "WhatsApp: {}"], "telegram": ["تيليجرام: {}", "Telegram: {}"],
           "call": ["اتصل: {}", "هاتف: {}"], None: ["للتواصل: {}", "رقم: {}"]},
    "hi": {"whatsapp": ["व्हाट्सएप: {}", "WhatsApp: {}"], "telegram": ["टेलीग्राम: {}", "Telegram: {}"],
           "call": ["कॉल करें: {}", "फोन: {}"], None: ["संपर्क: {}"]},
    "bn": {"whatsapp": ["হোয়াটসঅ্যাপ: {}", "WhatsApp: {}"], "telegram": ["টেলিগ্রাম: {}"],
           "call": ["কল করুন: {}", "ফোন: {}"], None: ["যোগাযোগ: {}"]},
}
#: The apps people of each language most often get offered numbers on (used for random draws).
USUAL_CHANNELS = {
    "en": ["whatsapp", "telegram", "call", None], "vi": ["zalo", "telegram", "call", None, "whatsapp"],
    "id": ["whatsapp", "telegram", "call", None], "th": ["line", "call", "telegram", None, "whatsapp"],
    "zh": ["wechat", "telegram", "call", None], "km": ["telegram", "call", None, "whatsapp"],
    "my": ["viber", "telegram", "call", None], "tl": ["whatsapp", "viber", "telegram", "call", None],
    "ms": ["whatsapp", "telegram", "call", None], "ko": ["telegram", "whatsapp", "call", None],
    "ja": ["line", "telegram", "call", None], "ar": ["whatsapp", "telegram", "call", None],
    "hi": ["whatsapp", "telegram", "call", None], "bn": ["whatsapp", "telegram", "call", None],
}
#: Where recruiters writing in each language are based (for international numbers).
INTL_COUNTRIES = {
    "en": ["KH", "KH", "MM", "LA", "PH", "AE", "TH", "MY"], "vi": ["KH", "KH", "VN", "LA", "MM"],
    "id": ["KH", "ID", "MM", "PH", "MY"], "th": ["KH", "TH", "MM", "LA"], "zh": ["KH", "CN", "MM", "PH", "LA"],
    "km": ["KH", "TH", "MM"], "my": ["MM", "TH", "KH", "LA"], "tl": ["PH", "KH", "MM", "AE"], "ms": ["MY", "KH", "TH"],
    "ko": ["KH", "KR", "PH"], "ja": ["KH", "JP", "PH"], "ar": ["AE", "KH", "MM"], "hi": ["KH", "LA", "AE", "IN", "MM"],
    "bn": ["KH", "MM", "BD", "AE"],
}
#: Countries a post in each language recruits for.
POST_COUNTRIES = {
    "en": ["KH", "MM", "LA", "PH", "AE", "TH"], "vi": ["KH", "KH", "MM", "LA", "PH"], "id": ["KH", "MM", "PH", "TH"],
    "th": ["KH", "MM", "LA", "AE"], "zh": ["KH", "MM", "PH", "LA", "AE"], "km": ["KH", "TH", "MM"],
    "my": ["TH", "KH", "MM", "LA"], "tl": ["KH", "MM", "AE", "LA"], "ms": ["KH", "TH", "MM"], "ko": ["KH", "MM", "PH"],
    "ja": ["KH", "PH", "MM"], "ar": ["KH", "MM", "AE", "LA"], "hi": ["KH", "LA", "MM", "AE"], "bn": ["KH", "MM", "AE"],
}

# ---------------------------------------------------------------------------------------------
# Distractors: numbers a human never reads as a contact (tag = "negative-<type>").
# ---------------------------------------------------------------------------------------------

DISTRACTORS: dict[str, dict[str, list[str]]] = {
    "salary": {
        "en": ["💰 Salary: $1,500–2,000/month", "Salary 1500 USD + bonus", "💵 Basic salary USD 1,200, commission up to 3,000$",
               "Pay: 45,000 THB / month", "💰 Income 18,000,000 VND monthly"],
        "vi": ["💰 Lương: 15.000.000 – 25.000.000 VNĐ/tháng", "Lương cứng 12.500.000đ + thưởng",
               "Thu nhập 1500$ - 3000$", "💵 Lương 35.000.000 VND, thưởng tết 2 tháng"],
        "id": ["💰 Gaji Rp 15.000.000 – Rp 25.000.000", "Gaji pokok 1.500 USD/bulan", "Gaji Rp15.500.000 + bonus"],
        "th": ["💰 เงินเดือน 45.000 บาท", "รายได้ 30,000-50,000 บาท/เดือน", "เงินเดือน ๓๕,๐๐๐ บาท + คอมมิชชั่น"],
        "zh": ["💰 月薪 12000-15000 元", "底薪 1500 美金 + 提成", "薪资 ¥15,000-¥30,000"],
        "km": ["💰 ប្រាក់ខែ 800$ - 1500$", "ប្រាក់ខែ ១៥០០ ដុល្លារ", "ប្រាក់ខែ ៦ ០០០ ០០០ រៀល"],
        "my": ["💰 လစာ ၁၅၀၀ ဒေါ်လာ", "လစာ 1200$ မှ 2000$ အထိ", "လစာ ကျပ် ၂၅၀၀၀၀၀"],
        "tl": ["💰 Sahod: $1,200 – $2,000 kada buwan", "Sweldo ₱85,000/month", "Sahod 60,000 - 80,000 pesos"],
        "ms": ["💰 Gaji RM 6,500 sebulan", "Gaji USD 1,500 + komisen", "Gaji RM4,000 - RM8,000"],
        "ko": ["💰 월 300만원 ~ 500만원", "월급 2,000달러"],
        "ja": ["💰 月給35万円〜", "月収 500,000円 以上"],
        "ar": ["💰 الراتب 1500 دولار", "راتب ٢٠٠٠ دولار شهرياً"],
        "hi": ["💰 सैलरी ₹1,20,000 प्रति माह", "वेतन ९०,००० रुपये"],
        "bn": ["💰 বেতন ১,৫০,০০০ টাকা", "বেতন 1500 USD"],
    },
    "price": {
        "en": ["Processing fee only $350", "Ticket worth 8,500,000 VND paid by company", "Deposit 2.000.000 IDR refundable",
               "Price: 1,250,000,000 VND"],
        "vi": ["Phí hồ sơ 8.500.000đ (hoàn lại sau 1 tháng)", "Giá vé 6.750.000 VND công ty chi trả", "Phí dịch vụ: 1.200.000đ"],
        "id": ["Biaya admin Rp 2.500.000", "Harga tiket Rp 7.850.000 ditanggung perusahaan"],
        "th": ["ค่าดำเนินการ 12,500 บาท", "ค่าตั๋ว ๘,๙๐๐ บาท บริษัทออกให้"],
        "zh": ["手续费 3800 元", "机票价值 ¥4,580 由公司承担"],
        "km": ["តម្លៃសំបុត្រ 250$", "ថ្លៃសេវា ២ ០០០ ០០០ រៀល"],
        "my": ["ဝန်ဆောင်ခ ကျပ် ၃၅၀၀၀၀"],
        "tl": ["Placement fee: ₱15,000 lang", "Processing ₱8,500"],
        "ms": ["Yuran proses RM 1,200 sahaja"],
    },
    "date": {
        "en": ["Start date: 2026-11-03", "Deadline 03/11/2026", "Interview on 3.11.2026", "Flight 15/12/2025, be ready"],
        "vi": ["Ngày bay dự kiến: 15/12/2025", "Hạn nộp hồ sơ 03.11.2026", "Phỏng vấn online ngày 2026-01-20",
               "Xuất cảnh trước 30/11/2025"],
        "id": ["Berangkat tanggal 20-12-2025", "Interview: 03/11/2026", "Batas pendaftaran 31.12.2025"],
        "th": ["เริ่มงาน 1/12/2568", "สัมภาษณ์วันที่ ๑๕/๑๒/๒๕๖๘", "บินวันที่ 20.01.2026"],
        "zh": ["入职时间：2026年1月15日", "截止日期 2025-12-31", "面试时间 2026/03/11"],
        "km": ["ថ្ងៃចាប់ផ្តើម ០៣/១១/២០២៦", "ផុតកំណត់ 31/12/2025"],
        "my": ["စတင်ရက် ၁၅/၁၂/၂၀၂၅", "Interview ၂၀၂၆-၀၁-၂၀"],
        "tl": ["Alis: 12/15/2025", "Deadline: Nobyembre 3, 2026"],
        "ms": ["Tarikh mula 03/11/2026", "Temuduga 15.12.2025"],
        "ar": ["تاريخ البدء ٠٣/١١/٢٠٢٦"], "hi": ["शुरुआत ०३/११/२०२६ से"], "ko": ["출국일 2026.11.03"],
        "ja": ["入社日 2026年11月3日"], "bn": ["যোগদান ০৩/১১/২০২৬"],
    },
    "time": {
        "en": ["Working hours 09:30–18:00", "Shift: 8pm - 6am", "Work 12 hours/day, 09:00-21:00"],
        "vi": ["Giờ làm: 8h00 - 20h00", "Ca làm 09:30–18:00, nghỉ trưa 1 tiếng"],
        "id": ["Jam kerja 09.00 - 21.00 WIB"], "th": ["เวลางาน 09:00-18:00 น.", "ทำงาน ๐๙.๓๐ - ๑๘.๐๐ น."],
        "zh": ["工作时间 09:30-21:30", "上班时间：早9点到晚9点"], "km": ["ម៉ោងធ្វើការ 08:00 - 17:00"],
        "my": ["အလုပ်ချိန် ၉:၀၀ - ၁၈:၀၀"], "tl": ["Oras: 9:00AM - 6:00PM"], "ms": ["Waktu kerja 9.00 pagi - 6.00 petang"],
    },
    "age": {
        "en": ["Age 18-35", "Requirements: 18 - 35 years old"], "vi": ["Độ tuổi: 18-35", "Nam/nữ 18 – 40 tuổi"],
        "id": ["Usia 18-35 tahun"], "th": ["อายุ 18-35 ปี", "อายุ ๑๘-๓๕ ปี"], "zh": ["年龄 18-35 岁"],
        "km": ["អាយុ ១៨-៣៥ ឆ្នាំ"], "my": ["အသက် ၁၈ မှ ၃၅ နှစ်"], "tl": ["Edad 18-35"], "ms": ["Umur 18-35 tahun"],
        "ko": ["나이 20~35세"], "ja": ["年齢 18〜35歳"], "hi": ["उम्र 18-35 वर्ष"], "ar": ["العمر ١٨-٣٥"],
    },
    "height": {
        "en": ["Height 160cm+ (girls), 170cm+ (boys)"], "vi": ["Nữ cao từ 1m58, nam từ 1m65", "Chiều cao 160cm trở lên"],
        "id": ["Tinggi badan min 155 cm"], "th": ["ส่วนสูง 160 ซม. ขึ้นไป"], "zh": ["身高 160cm 以上"],
        "km": ["កម្ពស់ 155cm ឡើង"], "tl": ["Height: 5'2\" pataas"], "ms": ["Ketinggian 155cm ke atas"],
    },
    "weight": {
        "en": ["Weight under 60kg"], "vi": ["Cân nặng 45-60kg"], "th": ["น้ำหนัก 45-60 กก."], "zh": ["体重 50kg 以下"],
        "id": ["Berat badan maks 65 kg"],
    },
    "job-id": {
        "en": ["Job ID: 2024118756", "Ref. No. 2025-0931-0045", "Vacancy code: JD20260113"],
        "vi": ["Mã tuyển dụng: 2024118756", "Mã tin: 20251103045"], "id": ["Kode lowongan: 2025110387"],
        "th": ["รหัสงาน 2568110345"], "zh": ["职位编号：2024118756"], "km": ["លេខកូដការងារ៖ 2025120931"],
        "ms": ["ID jawatan: 2025073311"], "tl": ["Job ref: 2025-11-0456"],
    },
    "order-id": {
        "en": ["Order #84912345678", "Order no. 0912 345 678 confirmed", "Invoice 85597712345"],
        "vi": ["Mã đơn hàng: #84912345678", "Đơn #0987654321 đã giao"], "id": ["No. pesanan: 6281234567890"],
        "th": ["เลขที่คำสั่งซื้อ 66812345678"], "zh": ["订单号：8613812345678"], "ms": ["No. pesanan #60123456789"],
    },
    "coordinates": {
        "en": ["📍 11.5564, 104.9282", "GPS: 10.6104, 103.5296"], "vi": ["Tọa độ: 11.5564, 104.9282"],
        "th": ["พิกัด 16.7180, 98.5730"], "zh": ["坐标 10.6270, 103.5220"], "km": ["ទីតាំង 11.5564, 104.9282"],
        "id": ["Lokasi: 11.5564,104.9282"], "tl": ["Location pin: 14.5995, 120.9842"], "my": ["တည်နေရာ 16.6893, 98.5074"],
    },
    "isbn": {
        "en": ["Read more in the report (ISBN 978-3-16-148410-0)", "ISBN 978-0-306-40615-7"],
        "vi": ["Sách tham khảo, ISBN 978-604-1-12345-6"], "zh": ["参考书 ISBN 978-7-111-12345-6"],
    },
    "passport": {
        "en": ["Passport no. required (e.g. K1234567)", "Passport: EK0917354"],
        "vi": ["Hộ chiếu số C8451236", "CCCD: 001203012345"], "id": ["No. paspor: C 4821973", "NIK 3174051203980002"],
        "th": ["เลขบัตรประชาชน 1-1037-00123-45-6", "หนังสือเดินทาง AA1234567"], "km": ["លេខលិខិតឆ្លងដែន N01234567"],
        "zh": ["身份证 440301199001011234"], "tl": ["Passport: P1234567A"], "ms": ["No. KP 900101-14-5678"],
    },
    "bank-account": {
        "en": ["Pay fee to ABA 000 123 456 (A/C name: Chan Dara)", "Bank acc: 0451000123456 (Vietcombank)"],
        "vi": ["STK: 0451000123456 – Vietcombank – CTK Nguyen Van A", "Techcombank 19035678901012"],
        "id": ["Transfer ke BCA 8720123456 a.n. PT Maju Jaya", "Rek. BRI 0123-01-004567-50-3"],
        "th": ["โอนเข้าบัญชีกสิกร 123-4-56789-0", "ธ.กรุงเทพ 987-6-54321-0"], "zh": ["银行卡号 6222 0212 3456 7890 123"],
        "km": ["គណនី ABA 000 123 456"], "tl": ["BDO Acct: 0012-3456-7890"], "ms": ["Maybank 1642 1234 5678"],
    },
    "tracking": {
        "en": ["Tracking: JT0012345678", "EMS EE123456789TH", "DHL waybill 1234567890"],
        "vi": ["Mã vận đơn: S1234567.SG.0987654"], "id": ["Resi JNE: 0123 4567 8901 2345"],
        "th": ["เลขพัสดุ Kerry KEX6012345678", "EMS: EF 5821 9367 4 TH"], "zh": ["快递单号 SF1234567890123"],
        "km": ["លេខតាមដាន J&T 600123456789"], "tl": ["LBC tracking 123 456 789 012"], "ms": ["Tracking Pos Laju EP123456789MY"],
    },
    "year": {
        "en": ["Established 2019", "Since 2015, trusted by 5000+ workers"], "vi": ["Công ty thành lập năm 2018"],
        "id": ["Berdiri sejak 2017"], "th": ["ก่อตั้งปี 2560"], "zh": ["成立于2016年"], "km": ["បង្កើតឡើងក្នុងឆ្នាំ ២០១៩"],
        "my": ["၂၀၁၈ ခုနှစ်ကတည်းက"],
    },
    "count": {
        "en": ["Join 12 000 members in our group", "Over 25,000 people hired", "👥 1.250 applicants this week"],
        "vi": ["Nhóm đã có 12 000 thành viên", "Đã có 1.250 người đăng ký"], "id": ["Sudah 15.000 orang berangkat"],
        "th": ["สมาชิก 12,000 คน"], "zh": ["已有 12000 人加入"], "km": ["មានសមាជិក ១២ ០០០ នាក់"],
        "my": ["အဖွဲ့ဝင် ၁၂၀၀၀ ဦး"], "tl": ["Mahigit 12,000 members na"], "ms": ["Lebih 12 000 ahli"],
    },
    "percent": {
        "en": ["Commission 5% per order", "95% success rate"], "vi": ["Hoa hồng 5% mỗi đơn", "Tăng lương 30% sau 3 tháng"],
        "id": ["Komisi 10%"], "th": ["คอมมิชชั่น 5%"], "zh": ["提成 5%-15%"], "km": ["កម្រៃជើងសារ 5%"], "my": ["ကော်မရှင် ၅%"],
        "tl": ["Komisyon 10%"], "ms": ["Komisen 8%"],
    },
}
DISTRACTOR_TYPES = list(DISTRACTORS)
#: How often each distractor is drawn into an ordinary recruitment post (ISBNs only come up in
#: reading lists and reports: see gen_isbn).
RANDOM_DISTRACTOR_WEIGHTS = {"salary": 5, "age": 3, "date": 2, "time": 2, "price": 2, "height": 1, "weight": 1,
                             "job-id": 1, "count": 1, "percent": 1, "year": 1, "coordinates": 1, "bank-account": 1,
                             "passport": 1, "order-id": 1, "tracking": 1}


def distractor(rng: random.Random, lang: str, dtype: str) -> tuple[str, str]:
    pool = DISTRACTORS[dtype].get(lang) or DISTRACTORS[dtype]["en"]
    return rng.choice(pool), "negative-" + dtype


# ---------------------------------------------------------------------------------------------
# Identifier pools (non-phone).
# ---------------------------------------------------------------------------------------------

TG_NAMES = ["hr_sokha88", "KH_Jobs_Official", "anna_recruit", "tuyendung_cpc", "loker_kamboja", "PhnomPenh_HR",
            "mr_kevin_hr", "cs_support_vip", "lisa_recruiter", "jobs_abroad_2026", "thai_admin_job", "manager_tony",
            "HR_Linda_KH", "vieclam_luongcao", "kerja_kamboja_id", "sihanouk_jobs", "golden_hr_team", "typing_job_asia",
            "mya_hr_officer", "hr_dubai_jobs", "jenny_hr1", "dara_recruit", "boss_hr_888", "zhaopin_jianpu",
            "sokha_hr", "minh_tuyen_dung", "admin_thai_kh", "Recruit_Team_VIP", "kim_hr_manager", "ops_lead_jason"]
LINE_IDS = ["kanya_hr99", "job.thai88", "pim.recruit", "nong_may2026", "admin-th01", "hr.siam", "tanaka_job", "ploy.hr",
            "Fah_Recruit", "work.abroad.th"]
LINE_OFFICIAL = ["jobthai88", "thaiwork99", "hrcenter168"]
WECHAT_IDS = ["wxid_k3j8s9d2f1a22", "hr_zhao888", "KH-job2026", "lucky_hr01", "zhaopin_kh66", "Chen_HR_777",
              "xigang_hr", "wxid_8m2n4b6v9c", "jinbian_job", "aa_kefu520", "Lily_HR_kh", "miaowadi_zp"]
EMAILS = ["hr.cambodia.jobs@gmail.com", "tuyendung.cpc2025@gmail.com", "loker.kamboja@yahoo.com",
          "recruit@goldenfortune-group.com", "HR-Dept@KH-BestJob.com", "jobthai.hr@hotmail.com", "kefu888@163.com",
          "2843195567@qq.com", "admin@lucky-star.asia", "support.team@protonmail.com", "careers@asia-trust-holdings.net",
          "vieclam.nuocngoai@outlook.com", "kerja.luarnegeri@gmail.com", "hr.dubai.office@gmail.com",
          "Jobs@HR-PhnomPenhWork.com", "apply.now.asia@gmail.com"]
OTHER_HANDLES = ["khjobs_daily", "tuyendung_cpc_official", "loker.kamboja", "vieclam24h_kh", "jobs_with_anna",
                 "thaiwork_official", "kerja_asia", "lisa.hr.global"]

#: Digit scripts: name → code point of its zero.
SCRIPTS = {"khmer": 0x17E0, "thai": 0x0E50, "lao": 0x0ED0, "burmese": 0x1040, "arabic-indic": 0x0660,
           "persian": 0x06F0, "devanagari": 0x0966, "bengali": 0x09E6, "fullwidth": 0xFF10}

NUMBER_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "vi": ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"],
    "id": ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"],
    "th": ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"],
    "zh": ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"],
    "ms": ["kosong", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "lapan", "sembilan"],
    "tl": ["sero", "isa", "dalawa", "tatlo", "apat", "lima", "anim", "pito", "walo", "siyam"],
    "km": ["សូន្យ", "មួយ", "ពីរ", "បី", "បួន", "ប្រាំ", "ប្រាំមួយ", "ប្រាំពីរ", "ប្រាំបី", "ប្រាំបួន"],
    "my": ["သုည", "တစ်", "နှစ်", "သုံး", "လေး", "ငါး", "ခြောက်", "ခုနစ်", "ရှစ်", "ကိုး"],
}

ZERO_WIDTH = {"zwsp": "\u200b", "zwnj": "\u200c", "zwj": "\u200d", "wj": "\u2060", "bom": "\ufeff"}
SEP_EMOJI = ["📞", "🔥", "✅", "💥", "⭐", "➖", "▪️", "🌟"]

# ---------------------------------------------------------------------------------------------
# Phone numbers: drawing, writing (layouts and obfuscations), spelling out.
# ---------------------------------------------------------------------------------------------


class Reject(Exception):
    """A random draw that would make an ambiguous or wrong label: draw again."""


_USED_NUMBERS: set[str] = set()


def e164(num: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(num, PNF.E164)


def draw_number(rng: random.Random, region: str, landline: bool = False) -> phonenumbers.PhoneNumber:
    plans = (LANDLINE_PLANS if landline else MOBILE_PLANS)[region]
    cc = phonenumbers.country_code_for_region(region)
    for _ in range(5000):
        prefix, length = rng.choice(plans)
        nsn = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))
        num = phonenumbers.parse(f"+{cc}{nsn}")
        if not phonenumbers.is_valid_number(num) or phonenumbers.region_code_for_number(num) != region:
            continue
        kind = phonenumbers.number_type(num)
        if landline and kind != PNT.FIXED_LINE:
            continue
        if not landline and kind not in (PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE):
            continue
        if e164(num) in _USED_NUMBERS:
            continue
        _USED_NUMBERS.add(e164(num))
        return num
    raise SystemExit(f"error: could not draw a valid {'landline' if landline else 'mobile'} number for {region}")


@dataclass
class PhoneSpec:
    """How one number is written, for the label checks."""

    e164: str
    digits: str  # the digits that denote it: cc+nsn for international forms, national digits for local
    form: str  # intl | 00 | ccnoplus | link | local | invalid-intl | invalid-local | garbled
    expect: bool = True


def number_tokens(num: phonenumbers.PhoneNumber, form: str, rng: random.Random) -> list[list[str]]:
    """Tokens ``[kind, text]`` (``p`` plus sign, ``d`` digits, ``s`` separator) of the usual way
    to write ``num`` in ``form``."""
    fmt = PNF.NATIONAL if form == "local" else PNF.INTERNATIONAL
    text = phonenumbers.format_number(num, fmt)
    toks = [["p" if t == "+" else "d" if t.isdigit() else "s", t] for t in re.findall(r"\+|\d+|[^\d+]+", text)]
    if form == "00":
        toks = toks[1:]
        if rng.random() < 0.5:
            toks[0][1] = "00" + toks[0][1]
        else:
            toks = [["d", "00"], ["s", " "]] + toks
    elif form == "ccnoplus":
        toks = toks[1:]
    return toks


def _chunks(rng: random.Random, digits: str) -> list[str]:
    out = []
    while digits:
        n = rng.choice((2, 3, 3, 4)) if len(digits) > 4 else len(digits)
        out.append(digits[:n])
        digits = digits[n:]
    return out


def apply_layout(toks: list[list[str]], layout: str, rng: random.Random) -> list[list[str]]:
    """Re-separate the digit groups: ``default`` | ``compact`` | ``sep:X`` | ``regroup:X`` |
    ``each:X`` | ``emoji``."""
    kind, _, arg = layout.partition(":")
    if kind == "default":
        return [list(t) for t in toks]
    head = [list(toks[0])] if toks[0][0] == "p" else []
    groups = [t[1] for t in toks if t[0] == "d"]
    if kind == "compact":
        groups, seps = ["".join(groups)], [""]
    elif kind == "regroup":
        if groups[0] == "00":
            groups = ["00" + groups[1]] + groups[2:]
        first = groups[0] if head or groups[0].startswith("00") or len(groups[0]) <= 3 and not groups[0].startswith("0") else ""
        rest = "".join(groups[1:]) if first else "".join(groups)
        groups = ([first] if first else []) + _chunks(rng, rest)
        seps = [arg]
    elif kind == "each":
        groups, seps = list("".join(groups)), [arg]
    elif kind == "sep":
        seps = [arg]
    elif kind == "emoji":
        seps = rng.sample(SEP_EMOJI, 2) if rng.random() < 0.3 else [rng.choice(SEP_EMOJI)]
    else:
        raise ValueError(layout)
    out = head
    for i, group in enumerate(groups):
        if i:
            out.append(["s", rng.choice(seps)])
        out.append(["d", group])
    return out


def render(toks: list[list[str]], rng: random.Random, *, script: str | None = None, mixed: list[str] | None = None,
           keycap: bool = False, letters: int = 0, bad_letter: bool = False, zw: str | None = None,
           linebreak: bool = False) -> tuple[str, list[str]]:
    """Write the tokens with the obfuscations asked for; returns the text and its tags."""
    tags: list[str] = []
    chars: list[list[str]] = [[kind, ch] for kind, text in toks for ch in (text if kind == "d" else [text])]
    digit_idx = [i for i, (kind, _) in enumerate(chars) if kind == "d"]
    replaced: dict[int, str] = {}
    if letters:
        pos = [i for i in digit_idx if chars[i][1] in "01"]
        if not pos:
            raise Reject("no 0/1 digit to write as a letter")
        for i in rng.sample(pos, min(letters, len(pos))):
            replaced[i] = rng.choice("Oo") if chars[i][1] == "0" else rng.choice("lI")
        tags.append("letter-digits")
    if bad_letter:
        pos = [i for i in digit_idx if chars[i][1] in "582" and i not in replaced]
        if not pos:
            raise Reject("no 5/8/2 digit to garble")
        i = rng.choice(pos)
        replaced[i] = {"5": "S", "8": "B", "2": "Z"}[chars[i][1]]
        tags.append("letter-not-digit")
    used_scripts: set[str] = set()
    for i in digit_idx:
        d = chars[i][1]
        if i in replaced:
            chars[i][1] = replaced[i]
        elif keycap and (not mixed or rng.random() < 0.6):
            chars[i][1] = d + "\ufe0f\u20e3"
            used_scripts.add("keycap")
        elif mixed:
            name = rng.choice(mixed)
            used_scripts.add(name)
            chars[i][1] = d if name == "ascii" else chr(SCRIPTS[name] + int(d))
        elif script:
            chars[i][1] = chr(SCRIPTS[script] + int(d))
    if mixed and len(used_scripts) < 2:
        raise Reject("mixture used one script only")
    if script == "fullwidth":
        for ch in chars:
            if ch[0] == "p" and rng.random() < 0.6:
                ch[1] = "＋"
    if script:
        tags.append(f"{script}-digits")
    if keycap:
        tags.append("keycap-emoji")
    if mixed:
        tags.append("mixed-digits")
    if linebreak:
        seps = [i for i, (kind, text) in enumerate(chars) if kind == "s" and i > 1]
        if not seps:
            raise Reject("no separator to break the line at")
        chars[rng.choice(seps)][1] = rng.choice(["\n", "\n", " \n"])
        tags.append("line-break")
    out = []
    for i, (kind, text) in enumerate(chars):
        out.append(text)
        if zw and kind == "d" and i + 1 < len(chars) and chars[i + 1][0] == "d" and rng.random() < 0.7:
            out.append(ZERO_WIDTH[zw])
    text = "".join(out)
    if zw:
        if ZERO_WIDTH[zw] not in text:
            raise Reject("no zero-width character inserted")
        tags += ["zero-width", f"zw-{zw}"]
    return text, tags


def layout_tags(layout: str) -> list[str]:
    kind, _, arg = layout.partition(":")
    if kind == "emoji":
        return ["sep-emoji"]
    if kind == "each":
        return ["sep-each-digit"]
    if kind in ("sep", "regroup"):
        return {" ": ["sep-space"], ".": ["sep-dot"], "-": ["sep-dash"], "/": ["sep-slash"], "": []}.get(arg, ["sep-other"])
    return []


def form_digits(num: phonenumbers.PhoneNumber, form: str) -> str:
    if form == "local":
        return re.sub(r"\D", "", phonenumbers.format_number(num, PNF.NATIONAL))
    return str(num.country_code) + phonenumbers.national_significant_number(num)


def spell(num: phonenumbers.PhoneNumber, form: str, lang: str, rng: random.Random, *, doubles: bool = False,
          oh: bool = False, mix_digits: bool = False) -> tuple[str, list[str]]:
    """The number spelled out in words of ``lang``."""
    words = NUMBER_WORDS[lang]
    toks = number_tokens(num, form, rng)
    groups = [t[1] for t in toks if t[0] == "d"]
    tags = [f"words-{lang}"]
    yao = lang == "zh" and rng.random() < 0.5
    spelled_any = False
    out_groups = []
    for gi, group in enumerate(groups):
        if mix_digits and gi % 2 == 1:
            out_groups.append(group)
            continue
        spelled_any = True
        if lang == "zh":
            out_groups.append("".join("幺" if yao and d == "1" else ("〇" if d == "0" and rng.random() < 0.3 else words[int(d)])
                                      for d in group))
            continue
        parts = []
        i = 0
        while i < len(group):
            d = group[i]
            run = 1
            while i + run < len(group) and group[i + run] == d and run < 3:
                run += 1
            word = "oh" if (lang == "en" and oh and d == "0") else words[int(d)]
            if lang == "en" and doubles and run >= 2:
                parts.append(("double " if run == 2 else "triple ") + word)
                i += run
            else:
                parts.append(word)
                i += 1
        out_groups.append(" ".join(parts))
    if not spelled_any:
        raise Reject("nothing spelled")
    if doubles and not any(w in " ".join(out_groups) for w in ("double", "triple")):
        raise Reject("no repeated digit for double/triple")
    if oh and " oh" not in " " + " ".join(out_groups):
        raise Reject("no zero to say 'oh'")
    joiner = rng.choice([" - ", ", ", " / ", "  "]) if lang != "zh" else rng.choice([" ", "-", "，"])
    prefix = ""
    if form == "intl":
        prefix = {"en": "plus ", "zh": "+", "vi": "+", "id": "+"}.get(lang, "+")
    text = prefix + joiner.join(out_groups)
    if doubles:
        tags.append("double-triple")
    if mix_digits:
        tags.append("words-and-digits")
    return text, tags


# ---------------------------------------------------------------------------------------------
# Cases.
# ---------------------------------------------------------------------------------------------


@dataclass
class Case:
    text: str
    lang: str | None
    true_lang: str
    region: str | None
    platform: str | None
    expected: list[dict] = field(default_factory=list)
    tags: set[str] = field(default_factory=set)
    phones: list[PhoneSpec] = field(default_factory=list)
    raws: list[str] = field(default_factory=list)
    bad_wallets: list[tuple[str, str]] = field(default_factory=list)


def _read(digits: str, region: str | None) -> str | None:
    try:
        num = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return None
    return e164(num) if phonenumbers.is_valid_number(num) else None


def check_phone(case: Case, spec: PhoneSpec) -> list[str]:
    """Raise Reject unless a careful reader reads ``spec`` as labelled; returns derived tags."""
    cands: list[tuple[str, str]] = []
    if case.region:
        cands.append(("region", case.region))
    if case.lang in LANG_REGION:
        cands.append(("lang", LANG_REGION[case.lang]))
    cands += [("country-named", cc) for cc in countries_named(case.text)]
    regions = [r for _, r in cands]
    if case.true_lang in TRUE_LANG_REGION:
        regions.append(TRUE_LANG_REGION[case.true_lang])
    regions = list(dict.fromkeys(regions))
    tags: list[str] = []
    if spec.form in ("intl", "00", "ccnoplus", "link"):
        got = _read("+" + spec.digits, None)
        if got != spec.e164:
            raise Reject(f"{spec.digits} reads as {got}, not {spec.e164}")
        if spec.form == "ccnoplus":
            for r in regions:
                other = _read(spec.digits, r)
                if other and other != spec.e164:
                    raise Reject(f"{spec.digits} without + also reads as {other} in {r}")
        tags.append({"intl": "plus-prefix", "00": "00-prefix", "ccnoplus": "cc-no-plus", "link": "in-link"}[spec.form])
    elif spec.form == "local":
        results = {r: _read(spec.digits, r) for r in regions}
        values = {v for v in results.values() if v}
        if spec.expect:
            if values != {spec.e164}:
                raise Reject(f"local {spec.digits} reads as {values or 'nothing'} under {regions}, want {spec.e164}")
            sources = [src for src, r in cands if results.get(r)]
            if not sources:
                raise Reject(f"local {spec.digits} only resolvable by the text's language, which the case hides")
            tags.append("local-" + sources[0])
        else:
            if values:
                raise Reject(f"'unresolvable' {spec.digits} reads as {values} under {regions}")
            tags.append("unresolvable-local")
    elif spec.form == "invalid-intl":
        if _read("+" + spec.digits, None):
            raise Reject("invalid number is valid")
        tags.append("invalid-number")
    elif spec.form == "invalid-local":
        home = phonenumbers.region_code_for_number(phonenumbers.parse(spec.e164))
        if any(_read(spec.digits, r) for r in regions + [home]):
            raise Reject("invalid local number is valid somewhere")
        tags.append("invalid-number")
    elif spec.form == "garbled":
        pass
    else:
        raise ValueError(spec.form)
    return tags


def validate(case: Case) -> None:
    for spec in case.phones:
        case.tags.update(check_phone(case, spec))
    seen = set()
    for item in case.expected:
        key = (item["kind"], item["value"])
        if key in seen:
            raise Reject(f"duplicate expected {key}")
        seen.add(key)
        if item["kind"] == "phone":
            num = phonenumbers.parse(item["value"])
            if not phonenumbers.is_valid_number(num) or e164(num) != item["value"]:
                raise SystemExit(f"error: expected phone {item['value']} is not a valid E.164 number")
        elif item["kind"] == "wallet":
            kind, _, addr = item["value"].partition(":")
            if not wallet_valid(kind, addr):
                raise SystemExit(f"error: expected wallet {item['value']} fails its checksum")
            if kind == "eth" and addr != addr.lower():
                raise SystemExit(f"error: eth wallet value not lower case: {addr}")
        elif item["value"] != item["value"].lower() or item["value"].startswith(("@", "~")):
            raise SystemExit(f"error: {item['kind']} value not normalised: {item['value']}")
    for kind, addr in case.bad_wallets:
        if wallet_valid(kind, addr):
            raise SystemExit(f"error: 'bad checksum' {kind} address {addr} is valid")
        if addr not in case.text:
            raise SystemExit(f"error: bad wallet {addr} not in text")
    for raw in case.raws:
        if raw not in case.text:
            raise SystemExit(f"error: written form {raw!r} not in text {case.text!r}")
    # Expected in order of appearance.
    order = {id(item): case.text.find(raw) for item, raw in zip(case.expected, case.raws)}
    case.expected.sort(key=lambda item: order.get(id(item), 0))
    if not case.expected:
        case.tags.add("negative")
    elif any(t.startswith("negative-") or t in ("handle-other-platform", "wallet-bad-checksum", "letter-not-digit",
                                               "unresolvable-local", "invalid-number", "tg-invite-link")
             for t in case.tags):
        case.tags.add("mixed")
    else:
        case.tags.add("positive")
    if case.true_lang:
        case.tags.add("lang-" + case.true_lang)
    for item in case.expected:
        case.tags.add("kind-" + item["kind"])
        if item["kind"] == "phone":
            case.tags.add("channel-" + (item["channel"] or "none"))


class Draft:
    """A post being written: furniture from the language pack, contact lines, distractors."""

    def __init__(self, rng: random.Random, lang: str, *, country: str | None = "auto", region: str | None = "auto",
                 platform: str | None = "auto", null_lang: float = 0.06):
        self.rng = rng
        self.lang = lang
        self.country = rng.choice(POST_COUNTRIES[lang]) if country == "auto" else country
        if region == "auto":
            options = [r for r in (LANG_REGION.get(lang), self.country) if r]
            region = rng.choice(options) if options and rng.random() < 0.25 else None
        self.region = region
        self.platform = rng.choice(["facebook", "facebook", "telegram", None]) if platform == "auto" else platform
        self.case_lang: str | None = None if rng.random() < null_lang else lang
        self.contacts: list[str] = []
        self.distractors: list[str] = []
        self.expected: list[dict] = []
        self.raws: list[str] = []
        self.tags: set[str] = set()
        self.phones: list[PhoneSpec] = []
        self.bad_wallets: list[tuple[str, str]] = []

    # -- pieces ------------------------------------------------------------------------------
    def label(self, channel: str | None) -> str:
        pool = LABELS[self.lang].get(channel) or LABELS["en"][channel]
        return self.rng.choice(pool)

    def expect(self, kind: str, value: str, channel: str | None, raw: str) -> None:
        for item in self.expected:
            if (item["kind"], item["value"]) == (kind, value):
                if item["channel"] != channel:
                    raise Reject("same identifier offered on two channels")
                return
        self.expected.append({"kind": kind, "value": value, "channel": channel})
        self.raws.append(raw)

    def phone(self, num: phonenumbers.PhoneNumber | None = None, *, form: str = "auto", channel: str | None = "auto",
              layout: str = "auto", label: str | None = None, country: str | None = None, landline: bool = False,
              words: bool = False, spell_opts: dict | None = None, expect: bool = True, inline: bool = False,
              **obf) -> str:
        """Add a contact line with a number; returns the written number."""
        rng = self.rng
        if form == "auto":
            form = "local" if (self.lang in LANG_REGION and rng.random() < 0.45) else rng.choice(["intl", "intl", "intl", "00", "ccnoplus"])
        if num is None:
            if country is None:
                country = LANG_REGION[self.lang] if form == "local" and self.lang in LANG_REGION else rng.choice(INTL_COUNTRIES[self.lang])
            num = draw_number(rng, country, landline)
        if channel == "auto":
            channel = rng.choice(USUAL_CHANNELS[self.lang])
        if words:
            written, tags = spell(num, form, self.lang if self.lang in NUMBER_WORDS else "en", rng, **(spell_opts or {}))
        else:
            if layout == "auto":
                layout = rng.choice(["default", "default", "default", "compact", "sep: ", "sep:-", "sep:.", "regroup: "])
            toks = apply_layout(number_tokens(num, form, rng), layout, rng)
            written, tags = render(toks, rng, **obf)
            tags += layout_tags(layout)
        self.tags.update(tags)
        if landline:
            self.tags.add("landline")
        if not inline:
            self.contacts.append((label or self.label(channel)).format(written))
        if expect:
            self.phones.append(PhoneSpec(e164(num), form_digits(num, form), form))
            self.expect("phone", e164(num), channel, written)
        return written

    def ident(self, kind: str, value: str, channel: str | None, line: str, raw: str, tags: list[str] = ()) -> None:
        self.contacts.append(line)
        self.expect(kind, value, channel, raw)
        self.tags.update(tags)

    def line(self, text: str, tags: list[str] = ()) -> None:
        self.contacts.append(text)
        self.tags.update(tags)

    def distract(self, dtype: str | None = None, n: int = 1) -> None:
        if dtype:
            types = [dtype] * n
        else:
            pool, types = dict(RANDOM_DISTRACTOR_WEIGHTS), []
            for _ in range(n):
                pick = self.rng.choices(list(pool), weights=list(pool.values()))[0]
                types.append(pick)
                del pool[pick]
        for t in types:
            text, tag = distractor(self.rng, self.lang, t)
            if text in self.distractors:
                continue
            self.distractors.append(text)
            self.tags.add(tag)

    # -- text --------------------------------------------------------------------------------
    def compose(self, *, contacts_first: bool = False, nocontact: bool = False) -> str:
        rng, pack = self.rng, PACKS[self.lang]
        cname = pack["countries"].get(self.country) if self.country else None
        if cname is None and pack.get("headers_abroad"):
            header = rng.choice(pack["headers_abroad"])
        else:
            header = rng.choice(pack["headers"]).format(c=cname or pack["abroad"])
        perks = rng.sample(pack["perks"], k=min(len(pack["perks"]), rng.randint(2, 3)))
        body = perks + self.distractors
        rng.shuffle(body)
        tail = list(self.contacts)
        if nocontact:
            tail.append(rng.choice(pack["nocontact"]))
        sections = [[header], body, [rng.choice(pack["intros"])] + tail]
        if contacts_first:
            sections = [[header], [rng.choice(pack["intros"])] + tail, body]
        if rng.random() < 0.35:
            sections.append([rng.choice(pack["tags"])])
        style = rng.random()
        if style < 0.55:
            return "\n".join(line for sec in sections for line in sec)
        if style < 0.85:
            return "\n\n".join("\n".join(sec) for sec in sections)
        return " ".join(line for sec in sections for line in sec if "\n" not in line) if not any(
            "\n" in c for c in tail) else "\n".join(line for sec in sections for line in sec)

    def case(self, text: str | None = None, tags: list[str] = (), lang: str | None = "keep") -> Case:
        text = self.compose() if text is None else text
        return Case(text=text, lang=self.case_lang if lang == "keep" else lang, true_lang=self.lang, region=self.region,
                    platform=self.platform, expected=[dict(e) for e in self.expected], tags=set(self.tags) | set(tags),
                    phones=list(self.phones), raws=list(self.raws), bad_wallets=list(self.bad_wallets))


def build(rng: random.Random, make, tries: int = 400) -> Case:
    last: Exception | None = None
    for _ in range(tries):
        try:
            case = make(rng)
            validate(case)
            return case
        except Reject as exc:
            last = exc
    raise SystemExit(f"error: could not build a case with {make}: {last}")

# ---------------------------------------------------------------------------------------------
# Generators. Each returns a list of validated cases.
# ---------------------------------------------------------------------------------------------


def maybe_distract(d: Draft, p: float = 0.5, most: int = 2) -> None:
    if d.rng.random() < p:
        d.distract(n=d.rng.randint(1, most))


def gen_digit_scripts(rng: random.Random) -> list[Case]:
    plan = {
        "khmer": ["km", "km", "en", "vi", "th", "zh"],
        "thai": ["th", "th", "en", "km", "my"],
        "lao": ["th", "en", "vi", "km"],
        "burmese": ["my", "my", "en", "th", "zh"],
        "arabic-indic": ["ar", "ar", "en", "hi", "ms"],
        "persian": ["ar", "en", "hi", "id"],
        "devanagari": ["hi", "hi", "en", "bn"],
        "bengali": ["bn", "bn", "en", "hi"],
        "fullwidth": ["zh", "ja", "ko", "en", "vi"],
    }
    cases = []
    for script, langs in plan.items():
        for lang in langs:
            def make(rng, script=script, lang=lang):
                d = Draft(rng, lang)
                d.phone(script=script)
                maybe_distract(d)
                return d.case()
            cases.append(build(rng, make))
    for lang in ["en", "vi", "id", "th", "tl", "ms"]:
        def make(rng, lang=lang):
            d = Draft(rng, lang)
            d.phone(keycap=True, layout=rng.choice(["default", "compact", "sep: "]))
            maybe_distract(d)
            return d.case()
        cases.append(build(rng, make))
    mixtures = [("km", ["khmer", "ascii"]), ("th", ["thai", "lao"]), ("th", ["thai", "ascii"]), ("my", ["burmese", "ascii"]),
                ("ar", ["arabic-indic", "persian"]), ("zh", ["fullwidth", "ascii"]), ("hi", ["devanagari", "ascii"]),
                ("en", ["khmer", "thai", "ascii"]), ("vi", ["khmer", "ascii"]), ("bn", ["bengali", "devanagari", "ascii"])]
    for lang, mixed in mixtures:
        def make(rng, lang=lang, mixed=mixed):
            d = Draft(rng, lang)
            d.phone(mixed=mixed)
            maybe_distract(d)
            return d.case()
        cases.append(build(rng, make))
    for lang in ["en", "vi"]:  # keycaps mixed with plain digits
        def make(rng, lang=lang):
            d = Draft(rng, lang)
            d.phone(keycap=True, mixed=["ascii"], layout="compact")
            return d.case()
        cases.append(build(rng, make))
    return cases


def gen_separators(rng: random.Random) -> list[Case]:
    plan = [
        ({"layout": "each: "}, ["en", "vi", "id", "th", "km"]),
        ({"layout": "regroup: "}, ["en", "zh", "tl", "ms"]),
        ({"layout": "sep:."}, ["vi", "id", "en", "my", "ar"]),
        ({"layout": "regroup:."}, ["vi", "th"]),
        ({"layout": "sep:-"}, ["en", "th", "tl", "ko", "hi"]),
        ({"layout": "each:-"}, ["id", "zh"]),
        ({"layout": "sep:/"}, ["vi", "en", "id", "km"]),
        ({"layout": "sep: / "}, ["th", "ms"]),
        ({"layout": "emoji"}, ["en", "vi", "id", "th", "zh", "km", "tl"]),
        ({"layout": "sep:\u200b"}, ["en", "vi", "th"]),
        ({"layout": "compact", "zw": "zwsp"}, ["id", "zh", "en"]),
        ({"layout": "default", "zw": "zwnj"}, ["vi", "km", "ar"]),
        ({"layout": "compact", "zw": "zwj"}, ["th", "en", "my"]),
        ({"layout": "sep: ", "zw": "wj"}, ["en", "tl", "ms"]),
        ({"layout": "compact", "zw": "bom"}, ["vi", "id", "ja"]),
        ({"layout": "default", "linebreak": True}, ["en", "vi", "id", "th", "zh"]),
        ({"layout": "regroup: ", "linebreak": True}, ["km", "tl", "ms"]),
        ({"layout": "emoji", "linebreak": True}, ["en", "vi"]),
        ({"layout": "each: ", "script": "khmer"}, ["km"]),
        ({"layout": "emoji", "script": "thai"}, ["th"]),
        ({"layout": "sep:.", "zw": "zwsp", "script": "burmese"}, ["my"]),
    ]
    cases = []
    for opts, langs in plan:
        for lang in langs:
            def make(rng, opts=opts, lang=lang):
                d = Draft(rng, lang)
                kw = dict(opts)
                if kw.get("layout") == "sep:\u200b":
                    d.tags.add("zero-width")
                    d.tags.add("zw-zwsp")
                d.phone(**kw)
                maybe_distract(d, 0.4)
                return d.case()
            cases.append(build(rng, make))
    return cases


def gen_letters(rng: random.Random) -> list[Case]:
    cases = []
    for lang in ["en", "en", "vi", "vi", "id", "th", "zh", "km", "tl", "ms", "my", "ar", "hi", "ko"]:
        def make(rng, lang=lang):
            d = Draft(rng, lang)
            d.phone(letters=rng.randint(1, 3), layout=rng.choice(["default", "compact", "sep: ", "sep:-"]))
            maybe_distract(d, 0.4)
            return d.case()
        cases.append(build(rng, make))
    # S / B / Z are not digits to a careful reader: no number.
    for lang in ["en", "en", "vi", "id", "th", "tl", "ms", "km", "zh"]:
        def make(rng, lang=lang):
            d = Draft(rng, lang)
            d.phone(bad_letter=True, letters=rng.choice([0, 1]), expect=False,
                    layout=rng.choice(["default", "compact", "sep: "]))
            maybe_distract(d, 0.4)
            return d.case()
        cases.append(build(rng, make))
    return cases


def gen_words(rng: random.Random) -> list[Case]:
    plan = [
        ("en", {"form": "intl"}, {}), ("en", {"form": "intl"}, {"doubles": True}), ("en", {"form": "local", "region": "KH"}, {}),
        ("en", {"form": "local", "country_named": True}, {"doubles": True}), ("en", {"form": "intl"}, {"oh": True}),
        ("en", {"form": "intl"}, {"mix_digits": True}), ("en", {"form": "local", "region": "PH"}, {"doubles": True}),
        ("vi", {"form": "local"}, {}), ("vi", {"form": "local"}, {}), ("vi", {"form": "local"}, {"mix_digits": True}),
        ("vi", {"form": "intl"}, {}),
        ("id", {"form": "local"}, {}), ("id", {"form": "local"}, {}), ("id", {"form": "intl"}, {}),
        ("id", {"form": "local"}, {"mix_digits": True}),
        ("th", {"form": "local"}, {}), ("th", {"form": "local"}, {}), ("th", {"form": "local"}, {}),
        ("th", {"form": "local"}, {"mix_digits": True}),
        ("zh", {"form": "local"}, {}), ("zh", {"form": "local"}, {}), ("zh", {"form": "intl"}, {}),
        ("ms", {"form": "local"}, {}), ("ms", {"form": "local"}, {}),
        ("tl", {"form": "local"}, {}), ("tl", {"form": "local"}, {}), ("tl", {"form": "intl"}, {}),
        ("km", {"form": "local"}, {}), ("km", {"form": "local"}, {}),
        ("my", {"form": "local"}, {}), ("my", {"form": "local"}, {}),
    ]
    cases = []
    for lang, where, opts in plan:
        def make(rng, lang=lang, where=where, opts=opts):
            region = where.get("region")
            named = where.get("country_named")
            d = Draft(rng, lang, region=region, null_lang=0.0 if where["form"] == "local" else 0.06,
                      country=(region or "KH") if (named or region) else "auto")
            if named:
                d.country = rng.choice(["KH", "PH", "TH"])
            country = region or (d.country if named else None)
            if where["form"] == "local" and country is None:
                country = LANG_REGION[lang]
            if where["form"] == "intl" and country is None:
                country = rng.choice(INTL_COUNTRIES[lang])
            note = rng.choice(PACKS[lang]["words_note"])
            d.phone(form=where["form"], country=country, words=True, spell_opts=opts)
            if note:
                d.contacts[-1] += " " + note
            maybe_distract(d, 0.3, 1)
            return d.case()
        cases.append(build(rng, make))
    return cases


def gen_prefix_forms(rng: random.Random) -> list[Case]:
    cases = []
    langs = ["en", "vi", "id", "th", "zh", "km", "my", "tl", "ms", "ko", "ja", "ar", "hi", "bn"]
    for form in ["intl", "00", "ccnoplus"]:
        for lang in rng.sample(langs, 9):
            def make(rng, form=form, lang=lang):
                d = Draft(rng, lang)
                d.phone(form=form)
                maybe_distract(d, 0.5)
                return d.case()
            cases.append(build(rng, make))
    # "(+855)" and "+84 (0) 91…" ways of writing an international number.
    for lang, country in [("en", "KH"), ("vi", "VN"), ("id", "ID"), ("tl", "PH"), ("en", "AE"), ("ms", "MY")]:
        def make(rng, lang=lang, country=country):
            d = Draft(rng, lang)
            num = draw_number(rng, country)
            nsn = phonenumbers.national_significant_number(num)
            groups = _chunks(rng, nsn)
            if rng.random() < 0.5 and country not in ("KH",):
                written = f"+{num.country_code} (0) {' '.join(groups)}"
                d.tags.add("trunk-zero-in-parens")
            else:
                written = f"(+{num.country_code}) {' '.join(groups)}"
                d.tags.add("cc-in-parens")
            channel = rng.choice(USUAL_CHANNELS[lang])
            d.contacts.append(d.label(channel).format(written))
            d.phones.append(PhoneSpec(e164(num), form_digits(num, "intl"), "intl"))
            d.expect("phone", e164(num), channel, written)
            maybe_distract(d)
            return d.case()
        cases.append(build(rng, make))
    # Local numbers resolved by the source's configured region.
    for lang, region in [("en", "KH"), ("en", "TH"), ("en", "PH"), ("ko", "KH"), ("ja", "PH"), ("ar", "AE"), ("hi", "KH"),
                         ("en", "MM"), ("vi", "KH"), ("en", "LA")]:
        def make(rng, lang=lang, region=region):
            d = Draft(rng, lang, region=region)
            d.phone(form="local", country=region)
            maybe_distract(d)
            return d.case()
        cases.append(build(rng, make))
    # Local numbers resolved by the post's language.
    for lang in ["vi", "vi", "th", "th", "id", "id", "km", "my", "tl", "ms", "zh"]:
        def make(rng, lang=lang):
            d = Draft(rng, lang, null_lang=0.0, region=None)
            d.phone(form="local", country=LANG_REGION[lang])
            maybe_distract(d)
            return d.case()
        cases.append(build(rng, make))
    # Local numbers resolved only by the country the text names.
    for lang, country in [("en", "KH"), ("en", "KH"), ("en", "PH"), ("en", "TH"), ("en", "MM"), ("ko", "KH"), ("ar", "AE"),
                          ("hi", "KH"), ("vi", "KH"), ("id", "KH"), ("th", "KH"), ("zh", "KH")]:
        def make(rng, lang=lang, country=country):
            d = Draft(rng, lang, country=country, region=None)
            d.phone(form="local", country=country)
            maybe_distract(d, 0.3, 1)
            case = d.case()
            return case
        cases.append(build(rng, make))
    # Local numbers a reader cannot place: no region, language of no one country, no country named.
    for lang, country in [("en", "KH"), ("en", "TH"), ("en", "PH"), ("en", "VN"), ("ko", "KH"), ("ar", "MM"),
                          ("hi", "KH"), ("ja", "KH"), ("en", "MY")]:
        def make(rng, lang=lang, country=country):
            d = Draft(rng, lang, country=None, region=None)
            num = draw_number(rng, country)
            d.phone(num, form="local", expect=False, channel=rng.choice([c for c in USUAL_CHANNELS[lang] if c != "line"]))
            d.phones.append(PhoneSpec(e164(num), form_digits(num, "local"), "local", expect=False))
            maybe_distract(d, 0.4, 1)
            return d.case()
        cases.append(build(rng, make))
    # Numbers one digit short or long: not valid numbers, nothing to extract.
    for lang, country, form in [("en", "KH", "intl"), ("vi", "VN", "local"), ("ms", "MY", "intl"), ("th", "TH", "local"),
                                ("tl", "PH", "intl"), ("zh", "CN", "local"), ("en", "PH", "intl")]:
        def make(rng, lang=lang, country=country, form=form):
            d = Draft(rng, lang)
            num = draw_number(rng, country)
            digits = form_digits(num, form)
            digits = digits[:-1]
            written = ("+" if form == "intl" else "") + " ".join(_chunks(rng, digits))
            d.contacts.append(d.label(rng.choice([c for c in USUAL_CHANNELS[lang] if c != "line"])).format(written))
            d.phones.append(PhoneSpec(e164(num), digits, "invalid-" + form, expect=False))
            maybe_distract(d, 0.4, 1)
            return d.case()
        cases.append(build(rng, make))
    # Landlines (company offices, embassies).
    for lang, country, form in [("en", "KH", "intl"), ("km", "KH", "local"), ("th", "TH", "local"), ("vi", "VN", "local"),
                                ("tl", "PH", "local"), ("en", "AE", "intl")]:
        def make(rng, lang=lang, country=country, form=form):
            d = Draft(rng, lang)
            d.phone(form=form, country=country, landline=True, channel="call")
            maybe_distract(d)
            return d.case()
        cases.append(build(rng, make))
    return cases


def _wa_link(rng: random.Random, num) -> tuple[str, str]:
    digits = form_digits(num, "intl")
    choice = rng.randrange(6)
    if choice == 0:
        return f"wa.me/{digits}", "wa-link"
    if choice == 1:
        return f"https://wa.me/{digits}", "wa-link"
    if choice == 2:
        return f"https://wa.me/{digits}?text=Hi%20I%20want%20the%20job", "wa-link"
    if choice == 3:
        return f"https://api.whatsapp.com/send?phone={digits}", "wa-api-link"
    if choice == 4:
        return f"https://api.whatsapp.com/send/?phone=%2B{digits}&text&type=phone_number&app_absent=0", "wa-api-link"
    return f"http://wa.me/+{digits}", "wa-link"


def gen_links_and_handles(rng: random.Random) -> list[Case]:
    cases = []
    # WhatsApp links.
    for lang in ["en", "en", "vi", "id", "id", "th", "tl", "ms", "ar", "hi", "km", "bn", "zh", "ko"]:
        def make(rng, lang=lang):
            d = Draft(rng, lang)
            num = draw_number(rng, rng.choice(INTL_COUNTRIES[lang]))
            link, tag = _wa_link(rng, num)
            pre = rng.choice(["👉 ", "Chat: ", "WhatsApp 👉 ", "", "➡️ "])
            d.phones.append(PhoneSpec(e164(num), form_digits(num, "intl"), "link"))
            d.ident("phone", e164(num), "whatsapp", pre + link, link, [tag])
            maybe_distract(d, 0.4)
            return d.case()
        cases.append(build(rng, make))
    # WhatsApp group invite: no phone.
    for lang in ["en", "id", "tl"]:
        def make(rng, lang=lang):
            d = Draft(rng, lang)
            code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(22))
            d.line(f"👉 chat.whatsapp.com/{code}", ["wa-group-link"])
            d.distract(n=1)
            return d.case()
        cases.append(build(rng, make))
    # Telegram links.
    tg_forms = [("t.me/{}", "tg-link"), ("https://t.me/{}", "tg-link"), ("telegram.me/{}", "tg-link"),
                ("https://telegram.me/{}", "tg-link"), ("https://t.me/{}?start=job2026", "tg-link-start"),
                ("t.me/{}?start=ref_8841", "tg-link-start"), ("tg://resolve?domain={}", "tg-resolve-link"),
                ("https://t.me/{}/482", "tg-post-link")]
    tg_langs = ["en", "vi", "id", "th", "zh", "km", "my", "tl", "ms", "ko", "ja", "ar", "hi", "en", "vi", "zh"]
    for i, lang in enumerate(tg_langs):
        fmt, tag = tg_forms[i % len(tg_forms)]
        def make(rng, lang=lang, fmt=fmt, tag=tag):
            d = Draft(rng, lang)
            name = rng.choice(TG_NAMES)
            link = fmt.format(name)
            d.ident("telegram", name.lower(), "telegram", rng.choice(["👉 ", "", "Join: ", "✈️ "]) + link, link, [tag])
            if rng.random() < 0.4:
                d.phone(channel=rng.choice(["whatsapp", "call", None]))
            maybe_distract(d, 0.4)
            return d.case()
        cases.append(build(rng, make))
    # t.me/+<phone> opens a chat by number: a phone offered on Telegram.
    for lang in ["en", "vi", "zh"]:
        def make(rng, lang=lang):
            d = Draft(rng, lang)
            num = draw_number(rng, rng.choice(["KH", "KH", "MM", "PH"]))
            link = f"https://t.me/+{form_digits(num, 'intl')}"
            d.phones.append(PhoneSpec(e164(num), form_digits(num, "intl"), "link"))
            d.ident("phone", e164(num), "telegram", "👉 " + link, link, ["tg-phone-link"])
            maybe_distract(d, 0.4)
            return d.case()
        cases.append(build(rng, make))
    # Invite links carry no username.
    for lang in ["en", "vi", "th", "zh", "id"]:
        def make(rng, lang=lang):
            d = Draft(rng, lang)
            code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789_-") for _ in range(16))
            link = rng.choice([f"https://t.me/+{code}", f"t.me/joinchat/AAAAA{code}"])
            if not re.search(r"[A-Za-z]", link.split("/")[-1]):
                raise Reject("invite code looks like a number")
            d.line(rng.choice(["Join group 👉 ", "👉 ", "Nhóm: ", "กลุ่ม: ", "群："]) + link, ["tg-invite-link"])
            if rng.random() < 0.5:
                d.phone(channel=rng.choice(USUAL_CHANNELS[lang]))
            else:
                d.distract(n=1)
            return d.case()
        cases.append(build(rng, make))
    # @handles where the context says Telegram (a label, or a Telegram channel post).
    handle_labels = {
        "en": ["Telegram: @{}", "TG @{}", "DM me on tele @{}", "Telegram 👉 @{}"], "vi": ["Tele: @{}", "Telegram: @{}", "Ib tele @{}"],
        "id": ["Telegram: @{}", "Tele @{}"], "th": ["เทเลแกรม: @{}", "Telegram @{}"], "zh": ["飞机：@{}", "电报：@{}", "✈️ @{}"],
        "km": ["Telegram: @{}", "តេឡេក្រាម៖ @{}"], "my": ["Telegram: @{}"], "tl": ["Telegram: @{}"], "ms": ["Telegram: @{}"],
        "ko": ["텔레그램: @{}", "텔레 @{}"], "ja": ["テレグラム：@{}"], "ar": ["تيليجرام: @{}"], "hi": ["टेलीग्राम: @{}"],
    }
    for lang in ["en", "en", "vi", "vi", "id", "th", "zh", "zh", "km", "my", "tl", "ms", "ko", "ja", "ar", "hi"]:
        def make(rng, lang=lang):
            d = Draft(rng, lang, platform=rng.choice(["facebook", "telegram", None]))
            name = rng.choice(TG_NAMES)
            fmt = rng.choice(handle_labels[lang])
            tags = ["tg-handle"]
            if fmt.startswith("✈️"):
                tags.append("tg-plane-emoji")
            d.ident("telegram", name.lower(), "telegram", fmt.format(name), "@" + name, tags)
            if rng.random() < 0.4:
                d.phone(channel=rng.choice(["whatsapp", "call", None]))
            maybe_distract(d, 0.4)
            return d.case()
        cases.append(build(rng, make))
    # A bare @handle in a post on a Telegram channel.
    for lang in ["en", "vi", "id", "th", "zh", "km", "my", "tl"]:
        def make(rng, lang=lang):
            d = Draft(rng, lang, platform="telegram")
            name = rng.choice(TG_NAMES)
            pre = rng.choice(["👤 Admin: ", "HR 👉 ", "📩 ", "CS: ", "Boss: "])
            d.ident("telegram", name.lower(), "telegram", pre + "@" + name, "@" + name, ["tg-handle", "tg-platform-context"])
            maybe_distract(d, 0.4)
            return d.case()
        cases.append(build(rng, make))
    # A username after a Telegram label without "@".
    for lang, fmt in [("en", "Telegram: {}"), ("vi", "Tele: {}"), ("id", "Telegram: {}"), ("zh", "飞机号：{}"),
                      ("th", "เทเลแกรม {}")]:
        def make(rng, lang=lang, fmt=fmt):
            d = Draft(rng, lang)
            name = rng.choice(TG_NAMES)
            d.ident("telegram", name.lower(), "telegram", fmt.format(name), name, ["tg-bare-username"])
            maybe_distract(d, 0.4)
            return d.case()
        cases.append(build(rng, make))
    # @handles on other platforms are not Telegram usernames.
    other = {"en": ["Follow us on Instagram @{}", "IG: @{}", "TikTok @{} for daily jobs", "Twitter/X: @{}"],
             "vi": ["Theo dõi TikTok @{} nhé", "Fanpage Facebook @{}"], "id": ["Follow IG @{} ya kak", "TikTok: @{}"],
             "th": ["ติดตาม TikTok @{}", "IG: @{}"], "tl": ["Follow kami sa IG @{}", "TikTok @{}"],
             "ms": ["Follow Instagram @{}"], "zh": ["抖音 @{}"], "km": ["TikTok: @{}"]}
    for lang in ["en", "en", "en", "vi", "vi", "id", "th", "tl", "ms", "zh", "km"]:
        def make(rng, lang=lang):
            d = Draft(rng, lang, platform=rng.choice(["facebook", None, "reddit"]) if lang == "en" else rng.choice(["facebook", None]))
            name = rng.choice(OTHER_HANDLES)
            d.line(rng.choice(other[lang]).format(name), ["handle-other-platform"])
            if rng.random() < 0.5:
                d.phone(channel=rng.choice(["whatsapp", "call", None, "zalo" if lang == "vi" else "whatsapp"]))
            else:
                d.distract(n=1)
            return d.case()
        cases.append(build(rng, make))
    # Both: an Instagram handle and a Telegram handle in one post — only the Telegram one counts.
    for lang in ["en", "vi", "id", "th"]:
        def make(rng, lang=lang):
            d = Draft(rng, lang, platform=rng.choice(["facebook", "telegram"]))
            ig = rng.choice(OTHER_HANDLES)
            tg = rng.choice(TG_NAMES)
            d.line(rng.choice(other[lang]).format(ig), ["handle-other-platform"])
            fmt = rng.choice(handle_labels[lang])
            d.ident("telegram", tg.lower(), "telegram", fmt.format(tg), "@" + tg, ["tg-handle"])
            return d.case()
        cases.append(build(rng, make))
    return cases


def gen_line_wechat_email(rng: random.Random) -> list[Case]:
    cases = []
    line_forms = [
        ("en", "Line ID: {}", "line-id"), ("th", "ไลน์ไอดี: {}", "line-id"), ("th", "ID line: {}", "line-id"),
        ("th", "แอดไลน์ {}", "line-id"), ("ja", "LINE ID：{}", "line-id"), ("en", "👉 line.me/ti/p/~{}", "line-link"),
        ("th", "https://line.me/ti/p/~{}", "line-link"), ("km", "Line ID: {}", "line-id"), ("my", "Line: {}", "line-id"),
        ("tl", "Line ID: {}", "line-id"), ("zh", "Line：{}", "line-id"), ("vi", "Line ID: {}", "line-id"),
    ]
    for lang, fmt, tag in line_forms:
        def make(rng, lang=lang, fmt=fmt, tag=tag):
            d = Draft(rng, lang)
            name = rng.choice(LINE_IDS)
            d.ident("line", name.lower(), "line", fmt.format(name), name, [tag])
            if rng.random() < 0.4:
                d.phone(channel=rng.choice(["call", "line", None]) if lang == "th" else "auto")
            maybe_distract(d, 0.5)
            return d.case()
        cases.append(build(rng, make))
    # LINE official accounts are written with "@".
    for lang, fmt, tag in [("th", "แอดไลน์ @{}", "line-official"), ("th", "https://line.me/R/ti/p/@{}", "line-link"),
                           ("en", "LINE official: @{}", "line-official"), ("ja", "LINE公式 @{}", "line-official")]:
        def make(rng, lang=lang, fmt=fmt, tag=tag):
            d = Draft(rng, lang, platform=rng.choice(["facebook", None]))
            name = rng.choice(LINE_OFFICIAL)
            raw = fmt.format(name)
            d.ident("line", name.lower(), "line", raw, raw.split(" ")[-1].split("/")[-1], [tag])
            maybe_distract(d, 0.5)
            return d.case()
        cases.append(build(rng, make))
    # A number offered on LINE.
    for lang in ["th", "th", "ja", "en"]:
        def make(rng, lang=lang):
            d = Draft(rng, lang)
            d.phone(channel="line", country="TH" if lang != "ja" else "JP", form="local" if lang == "th" else "intl")
            maybe_distract(d)
            return d.case()
        cases.append(build(rng, make))
    wechat_forms = [("zh", "微信：{}", "wechat"), ("zh", "VX：{}", "wechat"), ("zh", "V信: {}", "wechat"),
                    ("zh", "加微信 {} 详谈", "wechat"), ("zh", "微信号：{}", "wechat"), ("zh", "薇信：{}", "wechat-homophone"),
                    ("zh", "威信 {}", "wechat-homophone"), ("en", "WeChat ID: {}", "wechat"), ("en", "WeChat: {}", "wechat"),
                    ("vi", "Wechat: {}", "wechat"), ("km", "WeChat: {}", "wechat"), ("my", "WeChat ID: {}", "wechat"),
                    ("th", "วีแชท: {}", "wechat")]
    for lang, fmt, tag in wechat_forms:
        def make(rng, lang=lang, fmt=fmt, tag=tag):
            d = Draft(rng, lang)
            name = rng.choice(WECHAT_IDS)
            d.ident("wechat", name.lower(), "wechat", fmt.format(name), name, [tag])
            if rng.random() < 0.3:
                d.phone()
            maybe_distract(d, 0.5)
            return d.case()
        cases.append(build(rng, make))
    # A number offered on WeChat.
    for lang in ["zh", "zh", "en"]:
        def make(rng, lang=lang):
            d = Draft(rng, lang, null_lang=0.0)
            d.phone(channel="wechat", country="CN", form="local" if lang == "zh" else "intl")
            maybe_distract(d)
            return d.case()
        cases.append(build(rng, make))
    # E-mails, plain and obfuscated.
    email_ctx = {"en": "📧 Send your CV to {}", "vi": "Gửi CV qua mail: {}", "id": "Kirim CV ke email: {}",
                 "th": "ส่งประวัติมาที่ {}", "zh": "简历发送至邮箱：{}", "km": "ផ្ញើ CV មក {}", "my": "CV ပို့ရန် {}",
                 "tl": "I-send ang resume sa {}", "ms": "Hantar resume ke {}", "ko": "이력서: {}", "ja": "履歴書送付先：{}",
                 "ar": "أرسل سيرتك الذاتية إلى {}", "hi": "CV भेजें: {}", "bn": "সিভি পাঠান: {}"}
    for lang in ["en", "en", "vi", "id", "th", "zh", "km", "my", "tl", "ms", "ko", "ar"]:
        def make(rng, lang=lang):
            d = Draft(rng, lang)
            addr = rng.choice(EMAILS)
            tags = ["email"] + (["email-digits-local-part"] if addr.split("@")[0].isdigit() else [])
            d.ident("email", addr.lower(), None, email_ctx[lang].format(addr), addr, tags)
            if rng.random() < 0.4:
                d.phone()
            maybe_distract(d, 0.5)
            return d.case()
        cases.append(build(rng, make))

    def obfuscate_email(rng, addr: str, style: str) -> str:
        local, domain = addr.split("@")
        if style == "brackets":
            return f"{local} [at] {domain.replace('.', ' [dot] ')}" if rng.random() < 0.5 else f"{local}[at]{domain.replace('.', '[dot]')}"
        if style == "parens":
            return f"{local}(at){domain.replace('.', '(dot)')}" if rng.random() < 0.5 else f"{local} (at) {domain.replace('.', ' (dot) ')}"
        if style == "words":
            return f"{local} at {domain.replace('.', ' dot ')}"
        if style == "spaced":
            return f"{local} @ {domain.replace('.', ' . ')}"
        if style == "fullwidth":
            return f"{local}＠{domain}"
        if style == "at-only":
            return f"{local}[at]{domain}"
        raise ValueError(style)

    for lang, style in [("en", "brackets"), ("en", "parens"), ("en", "words"), ("vi", "brackets"), ("vi", "words"),
                        ("id", "parens"), ("id", "brackets"), ("th", "parens"), ("zh", "fullwidth"), ("tl", "words"),
                        ("ms", "spaced"), ("km", "brackets"), ("en", "at-only"), ("hi", "parens"), ("en", "spaced")]:
        def make(rng, lang=lang, style=style):
            d = Draft(rng, lang)
            addr = rng.choice([e for e in EMAILS if not e.split("@")[0].isdigit()] if style == "words" else EMAILS)
            written = obfuscate_email(rng, addr, style)
            d.ident("email", addr.lower(), None, email_ctx[lang].format(written), written, ["email-obfuscated", f"email-{style}"])
            maybe_distract(d, 0.5)
            return d.case()
        cases.append(build(rng, make))
    return cases


# ---------------------------------------------------------------------------------------------
# Wallets.
# ---------------------------------------------------------------------------------------------

def _payload(label: str, n: int = 20) -> bytes:
    return hashlib.sha256(f"lurewatch-eval-{label}".encode()).digest()[:n]


def make_wallet(kind: str, i: int) -> tuple[str, str, str]:
    """(wallet kind, address as written, tag)"""
    if kind == "btc-p2pkh":
        return "btc", b58check_encode(b"\x00", _payload(f"p2pkh-{i}")), "wallet-btc-p2pkh"
    if kind == "btc-p2sh":
        return "btc", b58check_encode(b"\x05", _payload(f"p2sh-{i}")), "wallet-btc-p2sh"
    if kind == "btc-bech32":
        return "btc", segwit_encode("bc", 0, _payload(f"p2wpkh-{i}")), "wallet-btc-bech32"
    if kind == "btc-taproot":
        return "btc", segwit_encode("bc", 1, hashlib.sha256(f"p2tr-{i}".encode()).digest()), "wallet-btc-bech32m"
    if kind == "eth-checksum":
        addr = eip55("0x" + _payload(f"eth-{i}").hex())
        if addr[2:] in (addr[2:].lower(), addr[2:].upper()):
            raise SystemExit("error: EIP-55 draw without letters")
        return "eth", addr, "wallet-eth-checksum"
    if kind == "eth-lower":
        return "eth", "0x" + _payload(f"eth-lower-{i}").hex(), "wallet-eth-lowercase"
    if kind == "tron":
        return "tron", b58check_encode(b"\x41", _payload(f"tron-{i}")), "wallet-tron"
    raise ValueError(kind)


def break_wallet(rng: random.Random, kind: str, addr: str) -> str:
    for _ in range(100):
        if kind == "eth":
            letters = [i for i, ch in enumerate(addr) if i > 1 and ch.isalpha()]
            i = rng.choice(letters)
            bad = addr[:i] + addr[i].swapcase() + addr[i + 1 :]
        elif addr.startswith("bc1"):
            i = rng.randrange(6, len(addr) - 1)
            bad = addr[:i] + rng.choice([c for c in BECH32_CHARSET if c != addr[i]]) + addr[i + 1 :]
        else:
            i = rng.randrange(3, len(addr) - 1)
            bad = addr[:i] + rng.choice([c for c in B58_ALPHABET if c != addr[i]]) + addr[i + 1 :]
        if not wallet_valid(kind, bad):
            return bad
    raise SystemExit(f"error: could not break {addr}")


WALLET_CTX = {
    "tron": {"en": ["💳 Training deposit 50 USDT (TRC20): {}", "Recharge USDT-TRC20 to unlock tasks: {}"],
             "vi": ["Nạp cọc 100 USDT vào ví TRC20: {}"], "zh": ["USDT(TRC20)收款地址：{}"], "id": ["Deposit USDT TRC20 ke alamat {}"],
             "th": ["โอน USDT (TRC20) เข้ากระเป๋า {}"], "tl": ["Deposit sa USDT wallet (TRC20): {}"], "ms": ["Deposit USDT ke dompet {}"],
             "km": ["ផ្ញើ USDT TRC20 ទៅកាបូប {}"], "my": ["USDT TRC20 လိပ်စာ {}"]},
    "eth": {"en": ["USDT-ERC20 wallet: {}", "Pay the visa fee in ETH → {}"], "vi": ["Ví nhận tiền (ETH/ERC20): {}"],
            "zh": ["ERC20 钱包：{}"], "th": ["กระเป๋า ETH: {}"], "id": ["Dompet ERC20: {}"], "ko": ["ETH 지갑: {}"]},
    "btc": {"en": ["Send 0.002 BTC to {} to confirm your seat", "BTC address: {}"], "vi": ["Chuyển BTC vào ví {} để giữ chỗ"],
            "zh": ["比特币地址：{}"], "id": ["Dompet BTC: {}"], "ms": ["Alamat BTC: {}"]},
}


def gen_wallets(rng: random.Random) -> list[Case]:
    cases = []
    plan = [("btc-p2pkh", ["en", "vi", "zh", "id", "ms"]), ("btc-p2sh", ["en", "zh", "vi", "id"]),
            ("btc-bech32", ["en", "zh", "ms", "vi", "id"]), ("btc-taproot", ["en", "zh"]),
            ("eth-checksum", ["en", "vi", "zh", "th", "ko", "id"]), ("eth-lower", ["en", "zh", "vi", "th"]),
            ("tron", ["en", "vi", "zh", "id", "th", "tl", "ms", "km", "my"])]
    counter = 0
    for wkind, langs in plan:
        for lang in langs:
            counter += 1
            def make(rng, wkind=wkind, lang=lang, i=counter):
                kind, addr, tag = make_wallet(wkind, i)
                d = Draft(rng, lang)
                ctx = rng.choice(WALLET_CTX[kind].get(lang) or WALLET_CTX[kind]["en"])
                value = f"{kind}:{addr.lower() if kind == 'eth' else addr}"
                d.ident("wallet", value, None, ctx.format(addr), addr, ["wallet", tag])
                if rng.random() < 0.5:
                    d.phone()
                maybe_distract(d, 0.4)
                return d.case()
            cases.append(build(rng, make))
    # Broken checksums: not wallets.
    bad_plan = [("btc-p2pkh", "en"), ("btc-p2pkh", "zh"), ("btc-p2sh", "vi"), ("btc-bech32", "en"), ("btc-bech32", "id"),
                ("eth-checksum", "en"), ("eth-checksum", "zh"), ("eth-checksum", "vi"), ("tron", "en"), ("tron", "zh"),
                ("tron", "vi"), ("tron", "th"), ("tron", "id")]
    for wkind, lang in bad_plan:
        counter += 1
        def make(rng, wkind=wkind, lang=lang, i=counter):
            kind, addr, tag = make_wallet(wkind, 1000 + i)
            bad = break_wallet(rng, kind, addr)
            d = Draft(rng, lang)
            ctx = rng.choice(WALLET_CTX[kind].get(lang) or WALLET_CTX[kind]["en"])
            d.line(ctx.format(bad), ["wallet-bad-checksum", tag])
            d.bad_wallets.append((kind, bad))
            if rng.random() < 0.4:
                d.phone()
            else:
                d.distract(n=1)
            return d.case()
        cases.append(build(rng, make))
    return cases


# ---------------------------------------------------------------------------------------------
# Negatives and mixed posts.
# ---------------------------------------------------------------------------------------------

def gen_negatives(rng: random.Random) -> list[Case]:
    cases = []
    langs_by_type = {t: [l for l in ["en", "vi", "id", "th", "zh", "km", "my", "tl", "ms", "ko", "ja", "ar", "hi", "bn"]
                         if l in DISTRACTORS[t]] for t in DISTRACTOR_TYPES}
    for dtype in DISTRACTOR_TYPES:
        if dtype == "isbn":
            continue
        langs = langs_by_type[dtype]
        picks = (langs * 2)[: max(4, min(6, len(langs)))]
        if len(langs) < 4:
            picks = (langs + ["en", "vi", "id", "th"])[:4]
        for lang in picks:
            def make(rng, dtype=dtype, lang=lang):
                d = Draft(rng, lang)
                d.distract(dtype)
                d.distract(n=rng.randint(1, 2))
                return d.case(d.compose(nocontact=True))
            cases.append(build(rng, make))
    # A post that is all distractors, a salary table of sorts.
    for lang in ["en", "vi", "th", "id", "zh"]:
        def make(rng, lang=lang):
            d = Draft(rng, lang)
            d.distract(n=5)
            return d.case(d.compose(nocontact=True))
        cases.append(build(rng, make))
    return cases


def gen_isbn(rng: random.Random) -> list[Case]:
    """ISBNs where they naturally occur: reading lists and NGO material about the lures."""
    texts = [
        ("en", "📚 Before you accept a 'typing job' abroad, read 'Scam Inc.: Inside the Compounds' (ISBN 978-3-16-148410-0). "
               "Red flags: free visa, no interview, $1,500+ for typing.", ["negative-salary"]),
        ("en", "Good overview of forced criminality in SE Asia: ISBN 978-0-306-40615-7 — chapter 4 covers recruitment "
               "via Telegram and WhatsApp groups.", []),
        ("vi", "Cuốn sách 'Bẫy việc nhẹ lương cao' (ISBN 978-604-1-12345-6) kể lại chuyện 12 người bị bán sang Campuchia. "
               "Mọi người nên đọc.", ["negative-count"]),
        ("zh", "推荐阅读：《海外高薪陷阱》ISBN 978-7-111-12345-6，了解电诈园区的招聘套路，别再上当。", []),
        ("id", "Buku saku pekerja migran (ISBN 978-602-8519-93-9) bisa diunduh gratis. Waspada loker Kamboja gaji 20 juta!",
         ["negative-salary"]),
        ("th", "หนังสือ 'รู้ทันแก๊งคอลเซ็นเตอร์' ISBN 978-616-08-1234-5 แจกฟรีที่ศูนย์ดำรงธรรมทุกจังหวัด", []),
    ]
    cases = []
    for lang, text, tags in texts:
        def make(rng, lang=lang, text=text, tags=tags):
            d = Draft(rng, lang, platform=rng.choice(["facebook", None]), null_lang=0.0)
            return d.case(text, ["negative-isbn", "warning"] + tags)
        cases.append(build(rng, make))
    for lang, fmt, channel in [("en", "Our handbook (ISBN 978-1-4028-9462-6) lists numbers recruiters used, e.g. WhatsApp {}.", "whatsapp"),
                               ("vi", "Sổ tay (ISBN 978-604-77-0451-2) ghi lại số Zalo {} mà bọn cò dùng để tuyển người.", "zalo")]:
        def make(rng, lang=lang, fmt=fmt, channel=channel):
            d = Draft(rng, lang, platform="facebook", null_lang=0.0)
            p = d.phone(form="intl", country="KH", channel=channel, inline=True)
            return d.case(fmt.format(p), ["negative-isbn", "warning"])
        cases.append(build(rng, make))
    return cases


def gen_adjacent(rng: random.Random) -> list[Case]:
    """A real number on the same line as numbers that are not phones."""
    cases = []
    for lang in ["en", "vi", "id", "th", "zh", "km", "tl", "ms", "my", "en", "vi", "id"]:
        def make(rng, lang=lang):
            d = Draft(rng, lang)
            written = d.phone(inline=True, layout=rng.choice(["default", "compact", "sep: "]))
            channel = d.expected[-1]["channel"]
            contact = d.label(channel).format(written)
            left, tag1 = distractor(rng, lang, rng.choice(["salary", "job-id", "date", "age", "order-id"]))
            right, tag2 = distractor(rng, lang, rng.choice(["time", "age", "bank-account", "coordinates", "count"]))
            if left == right:
                raise Reject("same distractor twice")
            joiner = rng.choice([" | ", " – ", " • ", " 👉 ", ", "])
            d.line(joiner.join([left, contact, right]), [tag1, tag2, "same-line-distractors"])
            return d.case()
        cases.append(build(rng, make))
    return cases


def gen_mixed(rng: random.Random) -> list[Case]:
    cases = []
    order_like = ["order-id", "job-id", "bank-account", "tracking", "passport", "coordinates", "date", "price"]
    langs = ["en", "vi", "id", "th", "zh", "km", "my", "tl", "ms", "ko", "ja", "ar", "hi", "en", "vi", "id", "th", "en",
             "zh", "tl", "ms", "vi", "en", "id", "km", "th", "en", "vi"]
    for i, lang in enumerate(langs):
        def make(rng, lang=lang, i=i):
            d = Draft(rng, lang)
            d.distract(order_like[i % len(order_like)])
            d.distract(n=rng.randint(1, 2))
            d.phone()
            if rng.random() < 0.3:
                d.phone()
            return d.case()
        cases.append(build(rng, make))
    return cases


def gen_multi(rng: random.Random) -> list[Case]:
    """Posts offering several identifiers at once."""
    cases = []
    for lang in ["en", "en", "vi", "vi", "id", "th", "zh", "km", "my", "tl", "ms", "ko", "ar", "hi", "zh", "th", "en", "id"]:
        def make(rng, lang=lang):
            d = Draft(rng, lang)
            kinds = rng.sample(["phone", "phone2", "telegram", "email", "tglink", "walink", "line", "wechat"], 3)
            for kind in kinds:
                if kind in ("phone", "phone2"):
                    d.phone()
                elif kind == "telegram":
                    name = rng.choice(TG_NAMES)
                    d.ident("telegram", name.lower(), "telegram", d.label("telegram").format("@" + name), "@" + name, ["tg-handle"])
                elif kind == "tglink":
                    name = rng.choice(TG_NAMES)
                    d.ident("telegram", name.lower(), "telegram", f"t.me/{name}", f"t.me/{name}", ["tg-link"])
                elif kind == "email":
                    addr = rng.choice(EMAILS)
                    d.ident("email", addr.lower(), None, f"📧 {addr}", addr, ["email"])
                elif kind == "walink":
                    num = draw_number(rng, rng.choice(INTL_COUNTRIES[lang]))
                    link, tag = _wa_link(rng, num)
                    d.phones.append(PhoneSpec(e164(num), form_digits(num, "intl"), "link"))
                    d.ident("phone", e164(num), "whatsapp", link, link, [tag])
                elif kind == "line":
                    name = rng.choice(LINE_IDS)
                    d.ident("line", name.lower(), "line", f"Line ID: {name}", name, ["line-id"])
                elif kind == "wechat":
                    name = rng.choice(WECHAT_IDS)
                    d.ident("wechat", name.lower(), "wechat", f"WeChat: {name}", name, ["wechat"])
            maybe_distract(d, 0.6)
            return d.case(tags=["multi-identifier"])
        cases.append(build(rng, make))
    return cases

# ---------------------------------------------------------------------------------------------
# Warnings, news and hand-written hard cases (identifiers quoted in them still count).
# ---------------------------------------------------------------------------------------------

def _tg(rng: random.Random) -> str:
    return rng.choice(TG_NAMES)


def gen_warnings_news(rng: random.Random) -> list[Case]:
    def w_en_reddit(rng):
        d = Draft(rng, "en", platform="reddit", country="KH", null_lang=0.0)
        p = d.phone(form="intl", country="KH", channel="whatsapp", inline=True)
        tg = _tg(rng)
        d.expect("telegram", tg.lower(), "telegram", "@" + tg)
        return d.case(f"Is this a scam?? Got this on FB: \"Typing job in Cambodia, $1,500/month, free visa + ticket\". "
                      f"They told me to message WhatsApp {p} and Telegram @{tg}. Posted 03/11/2026.\n\n"
                      f"My friend says it's one of those scam compounds... anyone know?", ["warning", "negative-date", "negative-salary"])

    def w_vi(rng):
        d = Draft(rng, "vi", platform="facebook", null_lang=0.0)
        p = d.phone(form="local", country="VN", channel="zalo", inline=True)
        tg = _tg(rng)
        d.expect("telegram", tg.lower(), "telegram", "@" + tg)
        return d.case(f"⚠️ CẢNH BÁO LỪA ĐẢO ⚠️\nMọi người tuyệt đối không liên hệ Zalo {p} và Tele @{tg}.\n"
                      f"Em họ mình sang Campuchia ngày 15/08/2025 bị bán vào casino, gia đình phải chuộc 8.000$.\n"
                      f"Ai có thông tin xin gọi đường dây nóng 111. Share cho mọi người biết với 🙏",
                      ["warning", "negative-date", "negative-price", "negative-short-code"])

    def w_th(rng):
        d = Draft(rng, "th", platform="facebook", null_lang=0.0)
        line = rng.choice(LINE_IDS)
        d.expect("line", line.lower(), "line", line)
        p = d.phone(form="local", country="TH", channel="call", inline=True)
        return d.case(f"⚠️ เตือนภัย! อย่าหลงเชื่องานแอดมินที่กัมพูชา เงินเดือน 45,000 บาท\nไลน์ไอดี {line} โทร {p}\n"
                      f"เป็นแก๊งคอลเซ็นเตอร์ หากพบเบาะแสแจ้งสายด่วน 1300",
                      ["warning", "negative-salary", "negative-short-code"])

    def n_id(rng):
        d = Draft(rng, "id", platform=None, null_lang=0.0)
        p = d.phone(form="intl", country="KH", channel="whatsapp", inline=True)
        return d.case(f"JAKARTA – Polisi menangkap perekrut yang memakai nomor WhatsApp {p} untuk memberangkatkan "
                      f"20 WNI ke Kamboja pada 12/08/2025. Korban dijanjikan gaji Rp 15.000.000 per bulan, "
                      f"namun dipaksa bekerja 16 jam sehari di Sihanoukville.", ["news", "negative-date", "negative-salary"])

    def n_zh(rng):
        d = Draft(rng, "zh", platform=None, null_lang=0.0)
        wx = rng.choice(WECHAT_IDS)
        d.expect("wechat", wx.lower(), "wechat", wx)
        p = d.phone(form="local", country="CN", channel="call", inline=True)
        return d.case(f"【警方提醒】近日有人以高薪招聘为名，微信号{wx}，电话{p}，诱骗求职者前往缅甸妙瓦底。"
                      f"已有 37 人受骗，最多被骗 85000 元。如有线索请拨打 110。", ["news", "negative-count", "negative-price",
                                                                    "negative-short-code"])

    def w_km(rng):
        d = Draft(rng, "km", platform="facebook", null_lang=0.0)
        tg = _tg(rng)
        d.expect("telegram", tg.lower(), "telegram", "@" + tg)
        p = d.phone(form="local", country="KH", channel="call", inline=True, script=rng.choice([None, "khmer"]))
        return d.case(f"⚠️ ប្រយ័ត្ន! ការផ្សាយការងារក្លែងក្លាយ Telegram @{tg} ទូរស័ព្ទ {p} ។\n"
                      f"សូមរាយការណ៍មកលេខ 1288", ["warning", "negative-short-code"])

    def w_my(rng):
        d = Draft(rng, "my", platform="facebook", null_lang=0.0)
        p = d.phone(form="local", country="MM", channel="viber", inline=True, script=rng.choice([None, "burmese"]))
        return d.case(f"⚠️ သတိပေးချက် – မြဝတီ အလုပ်ခေါ်စာ လိမ်လည်မှု\nViber {p} ကို မဆက်သွယ်ပါနဲ့။ "
                      f"လစာ ၁၅၀၀ ဒေါ်လာ ဆိုပြီး လူ ၂၀ ကျော် ပါသွားပြီ။", ["warning", "negative-salary", "negative-count"])

    def n_tl(rng):
        d = Draft(rng, "tl", platform=None, null_lang=0.0)
        tg = _tg(rng)
        d.expect("telegram", tg.lower(), "telegram", "@" + tg)
        p = d.phone(form="intl", country="MM", channel="whatsapp", inline=True)
        return d.case(f"MANILA – Nasagip ang 12 Pilipino mula sa isang scam hub sa Myanmar noong 03/11/2026. "
                      f"Ayon sa BI, ginamit ng recruiter ang Telegram @{tg} at WhatsApp {p} para mag-alok ng "
                      f"trabahong may sahod na $1,200.", ["news", "negative-date", "negative-salary"])

    def n_en(rng):
        d = Draft(rng, "en", platform=None, null_lang=0.0)
        p = d.phone(form="intl", country="KH", channel="whatsapp", inline=True)
        addr = rng.choice(EMAILS)
        d.expect("email", addr.lower(), None, addr)
        return d.case(f"PHNOM PENH, 3 Nov 2026 — Police raided a compound in Sihanoukville and rescued 215 workers from "
                      f"11 countries. The recruiters advertised 'typing jobs' paying $1,500 on Facebook, with the contact "
                      f"number {p} (WhatsApp) and the e-mail {addr}. GPS of the site: 10.6104, 103.5296.",
                      ["news", "negative-date", "negative-count", "negative-salary", "negative-coordinates"])

    def w_ms(rng):
        d = Draft(rng, "ms", platform="facebook", null_lang=0.0)
        p = d.phone(form="intl", country="KH", channel="whatsapp", inline=True)
        return d.case(f"AMARAN! Jangan percaya iklan kerja di Kemboja gaji RM 8,000. Nombor WhatsApp {p} ini sindiket. "
                      f"Laporkan ke 999.", ["warning", "negative-salary", "negative-short-code"])

    def w_embassy(rng):
        d = Draft(rng, "en", platform="facebook", null_lang=0.0)
        p = d.phone(form="intl", country="KH", channel="call", landline=True, inline=True)
        return d.case(f"ADVISORY: Do not accept online job offers in Cambodia that promise USD 1,500–2,000 for 'typing'. "
                      f"Nationals in distress may call the Embassy hotline {p} (24/7).", ["warning", "negative-salary"])

    def n_vi(rng):
        d = Draft(rng, "vi", platform=None, null_lang=0.0)
        p = d.phone(form="intl", country="KH", channel="telegram", inline=True)
        return d.case(f"Theo Công an tỉnh An Giang, các đối tượng dùng số Telegram {p} để tuyển 45 người sang Campuchia "
                      f"làm 'việc nhẹ lương cao' 1.500 USD/tháng. Vụ việc xảy ra từ ngày 02/09/2025.",
                      ["news", "negative-count", "negative-salary", "negative-date"])

    def w_en_tme(rng):
        d = Draft(rng, "en", platform="reddit", null_lang=0.0)
        tg = _tg(rng)
        d.expect("telegram", tg.lower(), "telegram", f"t.me/{tg}")
        p = d.phone(form="intl", country=rng.choice(["KH", "MM", "LA"]), channel=None, inline=True)
        return d.case(f"SCAM ALERT: don't trust 'Anna' at t.me/{tg} — she offered my sister a 'customer service' job "
                      f"paying $2,000. She also gave the number {p}. 18-35 only, lol. Reported.",
                      ["warning", "negative-salary", "negative-age"])

    def w_id_words(rng):
        d = Draft(rng, "id", platform="facebook", null_lang=0.0)
        p = d.phone(form="local", country="ID", channel="whatsapp", words=True, inline=True)
        return d.case(f"HATI-HATI!!! Nomor WA ini penipu loker Kamboja: {p}\nSudah 15 orang jadi korban. Tolong share 🙏",
                      ["warning", "negative-count"])

    def n_th_digits(rng):
        d = Draft(rng, "th", platform=None, null_lang=0.0)
        p = d.phone(form="local", country="TH", channel=None, script="thai", inline=True)
        return d.case(f"ตำรวจไซเบอร์เตือน เบอร์ {p} เป็นมิจฉาชีพหลอกไปทำงานที่ปอยเปต เมื่อวันที่ ๑๕/๑๒/๒๕๖๘ "
                      f"มีผู้เสียหาย ๑๒ ราย", ["news", "negative-date", "negative-count"])

    def w_hi(rng):
        d = Draft(rng, "hi", platform="facebook", null_lang=0.0)
        p = d.phone(form="intl", country="LA", channel="whatsapp", inline=True)
        return d.case(f"सावधान! लाओस में 'डेटा एंट्री' नौकरी का झांसा। व्हाट्सएप {p} पर संपर्क न करें। "
                      f"साइबर हेल्पलाइन 1930 पर शिकायत करें।", ["warning", "negative-short-code"])

    def n_ko(rng):
        d = Draft(rng, "ko", platform=None, null_lang=0.0)
        tg = _tg(rng)
        d.expect("telegram", tg.lower(), "telegram", "@" + tg)
        return d.case(f"캄보디아 고수익 취업 사기 주의. 텔레그램 @{tg} 계정으로 월 500만원을 약속하며 2025년 한 해에만 "
                      f"120명 이상을 모집했다고 경찰은 밝혔다.", ["news", "negative-salary", "negative-count", "negative-year"])

    def w_ja(rng):
        d = Draft(rng, "ja", platform=None, null_lang=0.0)
        line = rng.choice(LINE_IDS)
        d.expect("line", line.lower(), "line", line)
        return d.case(f"【注意喚起】カンボジアの「月収50万円」求人に注意。LINE ID：{line} から連絡が来ても応じないでください。"
                      f"相談は #9110 へ。", ["warning", "negative-salary", "negative-short-code"])

    def r_question(rng):
        d = Draft(rng, "en", platform="reddit", region=None, null_lang=0.0)
        tg = _tg(rng)
        d.expect("telegram", tg.lower(), "telegram", "@" + tg)
        p = d.phone(form="local", country="KH", channel=None, inline=True)
        return d.case(f"[Question] A recruiter on Telegram (@{tg}) is offering me 'customer service' in Bavet, says the ticket "
                      f"is free and I start 3.11.2026. He sent this number too: {p}. Is this legit or one of those compounds?",
                      ["warning", "negative-date"])

    def r_update(rng):
        d = Draft(rng, "en", platform="reddit", region=None, null_lang=0.0)
        p = d.phone(form="intl", country="PH", channel="whatsapp", inline=True)
        _, addr, tag = make_wallet("btc-bech32", 9001)
        d.expect("wallet", f"btc:{addr}", None, addr)
        return d.case(f"Update: I reported the WhatsApp {p} to Meta. They also sent a BTC address for the 'training fee' "
                      f"({addr}), 0.005 BTC. Don't pay anything, guys.", ["warning", "wallet", tag])

    def r_psa(rng):
        d = Draft(rng, "en", platform="reddit", region=None, null_lang=0.0)
        name = "lisa_recruiter"
        d.expect("telegram", name, "telegram", f"t.me/{name}")
        num = draw_number(rng, "KH")
        link = f"wa.me/{form_digits(num, 'intl')}"
        d.phones.append(PhoneSpec(e164(num), form_digits(num, "intl"), "link"))
        d.expect("phone", e164(num), "whatsapp", link)
        return d.case(f"PSA: 'Lisa' from t.me/{name} (also {link}) asked my cousin for a passport photo and the passport "
                      f"no. (K1234567) before any interview. Classic trafficking recruiter. Stay safe.",
                      ["warning", "negative-passport", "wa-link", "tg-link"])

    def r_negative(rng):
        d = Draft(rng, "en", platform="reddit", region=None, null_lang=0.0)
        return d.case("How do I tell if a job in Dubai is a scam? They promised $2,000/month, 12 hour shifts 09:00-21:00, "
                      "age 18-35 only, and 'free visa'. No number given yet, they said HR will DM me on Telegram.",
                      ["warning", "negative-salary", "negative-time", "negative-age"])

    cases = []
    for make in [r_question, r_update, r_psa, r_negative, w_en_reddit, w_vi, w_th, n_id, n_zh, w_km, w_my, n_tl, n_en, w_ms, w_embassy, n_vi, w_en_tme, w_id_words,
                 n_th_digits, w_hi, n_ko, w_ja]:
        cases.append(build(rng, make))
    return cases


def gen_special(rng: random.Random) -> list[Case]:
    """Hand-written tricky cases."""

    def same_number_twice(rng):
        d = Draft(rng, "en", country="KH", null_lang=0.0)
        num = draw_number(rng, "KH")
        d.phone(num, form="intl", channel="whatsapp", layout="default")
        link = f"wa.me/{form_digits(num, 'intl')}"
        d.line("or tap 👉 " + link)
        return d.case(tags=["same-number-twice"])

    def two_numbers_two_apps(rng):
        d = Draft(rng, "vi", null_lang=0.0)
        d.phone(form="local", country="VN", channel="zalo")
        d.phone(form="intl", country="KH", channel="telegram")
        d.distract("salary")
        return d.case(tags=["two-numbers"])

    def unicode_dash(rng):
        d = Draft(rng, "en", country="KH")
        dash = rng.choice(["–", "—", "‐", "−"])
        d.phone(form="intl", country="KH", layout=f"sep:{dash}", channel="whatsapp")
        d.distract("time")
        return d.case(tags=["sep-unicode-dash"])

    def trunk_after_cc(rng):
        d = Draft(rng, "en", country="KH")
        num = draw_number(rng, "KH")
        nsn = phonenumbers.national_significant_number(num)
        written = f"+855 0{nsn[:2]} {nsn[2:5]} {nsn[5:]}"
        d.contacts.append(f"WhatsApp: {written}")
        d.phones.append(PhoneSpec(e164(num), form_digits(num, "intl"), "intl"))
        d.expect("phone", e164(num), "whatsapp", written)
        return d.case(tags=["trunk-zero-after-cc"])

    def url_with_digits(rng):
        d = Draft(rng, "en", country="KH")
        num = draw_number(rng, "VN")
        d.line(f"Apply here: https://jobs-asia-portal.com/apply?id={form_digits(num, 'intl')}&src=fb", ["negative-url-digits"])
        d.distract("salary")
        return d.case(d.compose())

    def email_not_handle(rng):
        d = Draft(rng, "en", platform="telegram", country="KH", null_lang=0.0)
        addr = rng.choice([e for e in EMAILS if not e[0].isdigit()])
        d.ident("email", addr.lower(), None, f"Send CV: {addr}", addr, ["email", "email-in-telegram-post"])
        return d.case()

    def handle_in_parens(rng):
        d = Draft(rng, "en", platform="facebook", country="MM")
        tg = _tg(rng)
        d.ident("telegram", tg.lower(), "telegram", f"Message our HR on Telegram (@{tg}).", "@" + tg, ["tg-handle"])
        d.distract("age")
        return d.case()

    def at_price(rng):
        d = Draft(rng, "vi", platform="telegram", null_lang=0.0)
        d.line("Lương @1500$ + thưởng, tele inbox admin nhé", ["negative-salary"])
        return d.case(d.compose(nocontact=True))

    def phone_then_salary_same_line(rng):
        d = Draft(rng, "id", null_lang=0.0)
        written = d.phone(form="local", country="ID", channel="whatsapp", inline=True)
        d.line(f"Gaji 15.000.000 / bulan, WA {written} (fast respon), usia 18-35", ["negative-salary", "negative-age"])
        return d.case()

    def two_local_same_post(rng):
        d = Draft(rng, "th", null_lang=0.0)
        d.phone(form="local", country="TH", channel="line")
        d.phone(form="local", country="TH", channel="call", script="thai")
        d.distract("date")
        return d.case(tags=["two-numbers"])

    def zh_fullwidth_vx(rng):
        d = Draft(rng, "zh", null_lang=0.0)
        d.phone(form="local", country="CN", channel="wechat", script="fullwidth", layout="compact")
        wx = rng.choice(WECHAT_IDS)
        d.ident("wechat", wx.lower(), "wechat", f"或者加V：{wx}", wx, ["wechat"])
        return d.case()

    def khmer_full_post(rng):
        d = Draft(rng, "km", country="KH", null_lang=0.0)
        d.phone(form="local", country="KH", channel="telegram", script="khmer", layout="sep: ")
        d.phone(form="local", country="KH", channel="call", script="khmer", layout="compact")
        d.distract("salary")
        return d.case(tags=["two-numbers"])

    def keycap_intl(rng):
        d = Draft(rng, "en", country="PH")
        d.phone(form="intl", country="PH", channel="whatsapp", keycap=True, layout="sep: ")
        return d.case()

    def mention_of_channel_name_only(rng):
        d = Draft(rng, "en", country="KH")
        d.line("Contact us on WhatsApp or Telegram (numbers in the comments) 👇")
        d.distract(n=2)
        return d.case(d.compose(nocontact=True), tags=["no-identifier-app-names"])

    cases = []
    for make in [same_number_twice, two_numbers_two_apps, unicode_dash, unicode_dash, trunk_after_cc, url_with_digits,
                 email_not_handle, handle_in_parens, at_price, phone_then_salary_same_line, two_local_same_post,
                 zh_fullwidth_vx, khmer_full_post, keycap_intl, mention_of_channel_name_only]:
        cases.append(build(rng, make))
    return cases


# ---------------------------------------------------------------------------------------------
# Main.
# ---------------------------------------------------------------------------------------------

GENERATORS = [gen_digit_scripts, gen_separators, gen_letters, gen_words, gen_prefix_forms, gen_links_and_handles,
              gen_line_wechat_email, gen_wallets, gen_negatives, gen_isbn, gen_mixed, gen_adjacent, gen_multi,
              gen_warnings_news, gen_special]


def build_all() -> list[dict]:
    _self_test_wallets()
    _USED_NUMBERS.clear()
    cases: list[Case] = []
    for gen in GENERATORS:
        cases += gen(random.Random(f"{SEED}-{gen.__name__}"))
    texts = Counter(c.text for c in cases)
    dup = [t for t, n in texts.items() if n > 1]
    if dup:
        raise SystemExit(f"error: {len(dup)} duplicate texts, e.g. {dup[0]!r}")
    records = []
    for i, case in enumerate(cases, 1):
        records.append({"id": f"idf-{i:04d}", "text": case.text, "region": case.region, "lang": case.lang,
                        "platform": case.platform, "expected": case.expected, "tags": sorted(case.tags)})
    return records


def render_jsonl(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def summary(records: list[dict]) -> str:
    tags = Counter(t for r in records for t in r["tags"])
    kinds = Counter(e["kind"] for r in records for e in r["expected"])
    negatives = sum(1 for r in records if not r["expected"])
    mixed = sum(1 for r in records if "mixed" in r["tags"])
    lines = [f"cases: {len(records)}  positives: {len(records) - negatives}  negatives (no identifier): {negatives}  "
             f"mixed (identifiers + distractors): {mixed}  "
             f"negatives+mixed: {(negatives + mixed) / len(records):.1%}",
             "per kind: " + ", ".join(f"{k}={n}" for k, n in sorted(kinds.items())),
             "per tag:"]
    lines += [f"  {t:32s} {n}" for t, n in sorted(tags.items())]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed file differs from a rebuild")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    records = build_all()
    data = render_jsonl(records)
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != data:
            print(f"error: {args.out} is stale; run {Path(__file__).name}", file=sys.stderr)
            return 1
    else:
        args.out.write_text(data, encoding="utf-8")
    print(summary(records))
    return 0


if __name__ == "__main__":
    sys.exit(main())
