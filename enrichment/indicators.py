"""Lure indicators, the lure score and the post kind.

Each indicator is ``{name, evidence}`` where evidence is the span of text that triggered it, so an
investigator can see why a post scored as it did. The score is a weighted sum squashed to 0..1.
Warnings (police, NGO, embassy, news) quote the very words and numbers of lures; they are told
apart first so that they can never link operations.
"""

from __future__ import annotations

import math
import re
from typing import Any

# name → (weight, pattern). Patterns are multilingual; compiled once.
_INDICATORS: dict[str, tuple[float, str]] = {
    "destination": (
        1.2,
        r"cambodia|campuchia|kamboja|กัมพูชา|柬埔寨|កម្ពុជា|sihanouk|preah sihanouk|西港|bavet|poipet|"
        r"myawadd?y|kk ?park|shwe ?kokko|妙瓦底|golden triangle|tam giác vàng|金三角|laos|lào|"
        r"dubai|迪拜|manila|pasay|myanmar|miến điện|พม่า|缅甸|mae sot|แม่สอด",
    ),
    "job_type": (
        0.8,
        r"customer service|cskh|chăm sóc khách hàng|typing|typist|data entry|nhập liệu|"
        r"online marketing|marketing online|telemarketing|chat ?(?:support|admin)|game operator|"
        r"customer support|layanan pelanggan|ketik|admin online|客服|打字|网络营销|翻译|translator|"
        r"แอดมิน|พนักงานพิมพ์|ฝ่ายบริการลูกค้า",
    ),
    "salary": (
        0.9,
        r"(?:\$|usd|us\$)\s?\d[\d,.]*|\d[\d,.]*\s?(?:\$|usd|u\$|đô|dollars?)|"
        r"(?:lương|gaji|salary|เงินเดือน|工资|薪资|月薪|sahod)\D{0,12}\d",
    ),
    "no_experience": (
        1.0,
        r"no experience|without experience|không cần kinh nghiệm|tanpa pengalaman|"
        r"ไม่ต้องมีประสบการณ์|无需经验|不需要经验|零经验|walang karanasan|no degree|không cần bằng cấp",
    ),
    "free_travel": (
        1.3,
        r"free (?:visa|ticket|flight|air ?ticket|accommodation|housing|food)|"
        r"(?:visa|ticket|vé máy bay|tiket)\s*(?:free|miễn phí|gratis)|"
        r"miễn phí (?:visa|vé|ăn ở)|bao ăn ở|gratis (?:visa|tiket)|包吃住|包机票|免费签证|"
        r"ฟรีวีซ่า|ฟรีตั๋ว|ที่พักฟรี|libreng (?:visa|pamasahe)",
    ),
    "messenger_only": (
        0.7,
        r"(?:contact|liên hệ|hubungi|ติดต่อ|联系|pm|inbox|dm)\W{0,6}(?:via |qua |by )?"
        r"(?:telegram|whats\s*app|zalo|line|wechat|飞机|电报|@)",
    ),
    "urgency": (
        0.6,
        r"urgent|urgently|asap|gấp|tuyển gấp|segera|ด่วน|急招|急聘|fly (?:this|next) week|bay ngay",
    ),
    "age_window": (0.4, r"(?:age|tuổi|umur|usia|อายุ|年龄|edad)\D{0,8}\d{2}\s?[-–~]\s?\d{2}"),
}
_COMPILED = {name: (weight, re.compile(pattern, re.IGNORECASE)) for name, (weight, pattern) in _INDICATORS.items()}

_WARNING = re.compile(
    r"\bwarning\b|\bwarn(?:s|ed)?\b|\bbeware\b|\bscam(?:mer)?s?\b|\bfraud\b|"
    r"do not (?:trust|contact|apply|believe|go)|don't (?:trust|contact|apply|believe)|"
    r"human trafficking|trafficked|trafficking victims?|\bvictims?\b|rescued|\brescue\b|"
    r"embassy|police|hotline|report (?:it|them|to)|fake job|be careful|"
    r"cảnh báo|lừa đảo|bị lừa|cảnh giác|không liên hệ|đại sứ quán|công an|nạn nhân|giải cứu|"
    r"thủ đoạn|khuyến cáo|đường dây|mua bán người|"
    r"hati[- ]hati|penipuan|waspada|waspadai|jangan (?:percaya|tergiur|mudah)|kbri|korban|"
    r"modus|mengimbau|imbauan|tertipu|perdagangan orang|\btppo\b|polisi|"
    r"\bawas\b|mangsa|sindiket|pemerdagangan|"
    r"ระวัง|เตือน|หลอก|มิจฉาชีพ|ค้ามนุษย์|สถานทูต|ตำรวจ|ห้ามติดต่อ|เหยื่อ|ช่วยเหลือ|แก๊ง|"
    r"警惕|提醒|诈骗|詐騙|骗局|騙局|大使馆|大使館|警方|受害|解救|谨防|謹防|切勿|人口贩卖|人口販賣|"
    r"babala|mag-ingat|panloloko|biktima|huwag|iwasan|"
    r"ប្រយ័ត្ន|ការព្រមាន|បោកប្រាស់|ជនរងគ្រោះ|"
    r"သတိ|လိမ်လည်|"
    r"주의|사기|경찰|대사관|"
    r"注意喚起|詐欺|警察|大使館",
    re.IGNORECASE,
)
#: Two or more distinct warning cues make a post a warning.
_WARNING_MIN_CUES = 2

# Logistic squash: a post with about three strong indicators sits near 0.8.
_BIAS = -2.2


def find_indicators(text: str) -> list[dict[str, Any]]:
    """Every lure indicator found in ``text`` with its first evidence span."""
    found: list[dict[str, Any]] = []
    for name, (_weight, pattern) in _COMPILED.items():
        match = pattern.search(text)
        if match:
            found.append({"name": name, "evidence": match.group(0)})
    return found


def lure_score(indicators: list[dict[str, Any]]) -> float:
    """0..1: how much the indicators found look like a scam-compound lure."""
    total = _BIAS + sum(_COMPILED[item["name"]][0] for item in indicators if item["name"] in _COMPILED)
    return round(1.0 / (1.0 + math.exp(-total)), 3)


def is_warning(text: str) -> bool:
    """True for warnings and news that quote lures (they must never link operations)."""
    cues = {match.group(0).lower() for match in _WARNING.finditer(text)}
    return len(cues) >= _WARNING_MIN_CUES


def post_kind(text: str, score: float) -> str:
    """``warning``, ``lure`` (score ≥ 0.5) or ``other``."""
    if is_warning(text):
        return "warning"
    return "lure" if score >= 0.5 else "other"
