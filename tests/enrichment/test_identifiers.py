"""Identifiers that survive obfuscation, and numbers that are not phones."""

from __future__ import annotations

import pytest

from enrichment import enrich
from enrichment.identifiers import countries_named, normalize_url
from enrichment.numbers import reveal_digits
from enrichment.wallets import bech32_valid, eth_valid, keccak256


def found(text: str, region: str | None = None, platform: str | None = None) -> set[tuple[str, str]]:
    post = enrich({"id": "t", "text": text, "region": region, "platform": platform})
    return {(i["kind"], i["value"]) for i in post["identifiers"] if i["kind"] != "url"}


KH = ("phone", "+855977123456")


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("WhatsApp +855 97 712 3456", None),
        ("WhatsApp 00855 97 712 3456", None),
        ("WA 855 97 712 3456", None),
        ("ទូរស័ព្ទ ០៩៧ ៧១២ ៣៤៥៦", "KH"),
        ("call ٠٩٧٧١٢٣٤٥٦", "KH"),
        ("call ۰۹۷۷۱۲۳۴۵۶", "KH"),
        ("फोन ०९७७१२३४५६", "KH"),
        ("call ০৯৭৭১২৩৪৫৬", "KH"),
        ("call ０９７ ７１２ ３４５６", "KH"),
        ("WA 0️⃣9️⃣7️⃣7️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣", "KH"),
        ("call 097📞712🔥3456", "KH"),
        ("call 097\u200b712\u200c34\u200d56", "KH"),
        ("call 097\n712\n3456", "KH"),
        ("call 097.712.3456", "KH"),
        ("call 097/712/3456", "KH"),
        ("WhatsApp +855 97 7l2 34S6 or +855 97 7l2 3456", None),
        ("WA: O97 712 3456", "KH"),
        ("zero nine seven seven one two three four five six", "KH"),
        ("zero nine double seven one two three four five six", "KH"),
        ("https://wa.me/855977123456?text=hello", None),
        ("https://api.whatsapp.com/send?phone=855977123456&text=hi", None),
    ],
)
def test_hidden_cambodian_number_is_found(text: str, region: str | None) -> None:
    assert KH in found(text, region)


@pytest.mark.parametrize(
    "text",
    [
        "โทร ๐๑๒ ๓๔๕ ๖๗๘ ทำงานที่กัมพูชา",  # Thai digits; valid only as a Cambodian number
        "Việc làm Campuchia, gọi 012 345 678",
    ],
)
def test_country_named_in_the_text_reads_local_numbers(text: str) -> None:
    assert found(text) == {("phone", "+85512345678")}


def test_language_region_comes_before_countries_named() -> None:
    # 097 712 3456 is valid in Thailand and in Cambodia: a Thai post is read as Thai first.
    assert found("โทร 097 712 3456 ทำงานที่กัมพูชา") == {("phone", "+66977123456")}


def test_spelled_numbers_in_victims_languages() -> None:
    assert ("phone", "+84912345678") in found("Zalo không chín một hai ba bốn năm sáu bảy tám", "VN")
    assert ("phone", "+6281234567890") in found("WA nol delapan satu dua tiga empat lima enam tujuh delapan sembilan nol", "ID")
    assert ("phone", "+66812345678") in found("โทร ศูนย์แปดหนึ่งสองสามสี่ห้าหกเจ็ดแปด", "TH")
    assert ("phone", "+639171234567") in found("Text sero siyam isa pito isa dalawa tatlo apat lima anim pito", "PH")


@pytest.mark.parametrize(
    "text",
    [
        "Lương 15,000,000 VND/tháng, thưởng 2,500,000",
        "Start 2026-12-01, interview 03/12/2026 at 09:30-17:30",
        "Age 18-35, height 160cm, weight 45-60 kg",
        "Job ID: 2024118756, Order #84912345678, Ref no. 0977123456",
        "Location 11.5564, 104.9282 — ISBN 978-3-16-148410-0",
        "Salary $1,500-2,000 per month, 12 000 members, 45.000 บาท",
        "lương 1900-2800 USD",
        "Bank account 0977123456 Vietcombank",
    ],
)
def test_numbers_that_are_not_phones(text: str) -> None:
    assert {kind for kind, _ in found(text, "VN")} <= {"email"}


def test_id_words_do_not_hide_a_contact_number() -> None:
    assert found("Typing job Cambodia, call +855 97 712 3456") == {KH}
    assert found("job in Cambodia call +855 97 712 3456") == {KH}
    assert found("Job ID: 855977123456") == set()


def test_two_numbers_in_a_row_are_both_found() -> None:
    assert found("WA +855 97 712 3456 / +855 12 345 678") == {KH, ("phone", "+85512345678")}
    assert found("097 712 3456 012 345 678", "KH") == {KH, ("phone", "+85512345678")}


def test_channel_is_the_app_named_next_to_the_number() -> None:
    post = enrich({"id": "t", "text": "Zalo: 0912 345 678 — WhatsApp +855 97 712 3456 — call 012 345 678", "region": "VN"})
    channels = {i["value"]: i["channel"] for i in post["identifiers"]}
    assert channels["+84912345678"] == "zalo"
    assert channels["+855977123456"] == "whatsapp"


def test_raw_is_the_text_as_written() -> None:
    post = enrich({"id": "t", "text": "WA: 0️⃣9️⃣7️⃣ 7l2 3456", "region": "KH"})
    assert post["identifiers"][0]["raw"] == "097 7l2 3456"


def test_handles_and_ids() -> None:
    text = ("Telegram @KH_Recruit88, t.me/hr_second, TG: third_hr; Line ID: abc.job99; "
            "微信: wxid_abc123; Instagram @insta_girl")
    assert found(text) == {
        ("telegram", "kh_recruit88"), ("telegram", "hr_second"), ("telegram", "third_hr"),
        ("line", "abc.job99"), ("wechat", "wxid_abc123"),
    }
    # Without a word of Telegram an @name is nobody's handle …
    assert found("follow @somebody_here for jobs") == set()
    # … but on Telegram itself it is a Telegram username.
    assert found("contact @somebody_here", platform="telegram") == {("telegram", "somebody_here")}


def test_obfuscated_emails() -> None:
    assert found("CV to hr [at] goodjobs (dot) com") == {("email", "hr@goodjobs.com")}
    assert found("mail: Recruit.Asia@Gmail.com") == {("email", "recruit.asia@gmail.com")}


def test_wallets_need_valid_checksums() -> None:
    good = ("USDT TRC20 TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t, BTC 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa, "
            "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq, ETH 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
    assert found(good) == {
        ("wallet", "tron:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"),
        ("wallet", "btc:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"),
        ("wallet", "btc:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"),
        ("wallet", "eth:0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"),
    }
    bad = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"
    assert found(bad) == set()
    assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    assert eth_valid("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359")
    assert not bech32_valid("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdx")


def test_urls_are_normalised() -> None:
    assert normalize_url("https://Example.COM/job?utm_source=fb&id=3#top") == "https://example.com/job?id=3"
    post = enrich({"id": "t", "text": "apply www.Jobs.example.org/apply?fbclid=xyz."})
    assert [i["value"] for i in post["identifiers"] if i["kind"] == "url"] == ["http://www.jobs.example.org/apply"]


def test_countries_named_in_order() -> None:
    assert countries_named("From Vietnam to Cambodia via Thái Lan") == ["VN", "KH", "TH"]
    assert countries_named("kelaos, suae") == []


def test_reveal_keeps_a_map_to_the_original() -> None:
    revealed = reveal_digits("tel zero nine seven seven one two three four five six!")
    assert revealed.text == "tel 0977123456!"
    start = revealed.text.index("0")
    assert revealed.source_span(start, start + 10) == (4, 53)


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # Spelled out in more of the languages victims speak.
        ("Tuma WhatsApp sifuri saba moja nne, sita tano mbili, nane tisa tatu", "KE", ("phone", "+254714652893")),
        ("رقم الواتساب: صفر خمسة اثنان سبعة واحد ثلاثة أربعة ثمانية ستة تسعة", "AE", ("phone", "+971527134869")),
        ("नंबर: नौ आठ एक शून्य, दो सात चार, छह पाँच तीन", "IN", ("phone", "+919810274653")),  # vowel signs end words
        ("ফোন করুন শূন্য এক আট এক পাঁচ দুই নয় তিন সাত ছয় চার", "BD", ("phone", "+8801815293764")),
        ("연락처 공일공 칠삼팔이 오구사일로 문자 주세요", "KR", ("phone", "+821073825941")),  # Sino-Korean syllables
        ("薇信：壹叁玖 贰柒伍捌 肆陆壹零", None, ("phone", "+8613927584610")),  # cheque numerals
        ("電話：零九參伍 柒壹貳 捌肆陸", "TW", ("phone", "+886935712846")),
        ("ໂທຫາ ສູນ ສອງ ສູນ ຫ້າ ເກົ້າ ສາມ ໜຶ່ງ ແປດ ສີ່ ເຈັດ ຫົກ", "LA", ("phone", "+8562059318476")),  # ໜ after NFKC
        ("tawagan mo ako sa zero-siyam-isa-pito, tatlo-lima-dalawa, walo-anim-apat-isa", "PH",
         ("phone", "+639173528641")),  # words joined by dashes
        # Words for "number" are no id words ("전화번호", "電話番号"); a GCash account is a phone.
        ("텔레그램 또는 현지 번호 +855 97 205 6618", "KR", ("phone", "+855972056618")),
        ("電話番号は〇八〇 四一二七 九三〇五です", "JP", ("phone", "+818041279305")),
        ("Huwag magpadala ng pera sa GCash 0927 418 6630.", None, ("phone", "+639274186630")),
        ('Numbers that texted me with "part-time job" offers: +62 857-2146-6930', None, ("phone", "+6285721466930")),
        # The region from a city named, from an app used in one country, from a neighbouring language.
        ("My brother (from Nairobi) was recruited by someone using 0722 913 406", None, ("phone", "+254722913406")),
        ("Zalo:\n0915\n227\n384", None, ("phone", "+84915227384")),
        ("Info lanjut japri 0821 7740 3158, kerja santai di Malaysia", None, ("phone", "+6282177403158")),
        # Links that open a chat with a number.
        ("Viber: viber://chat?number=%2B959425183706", None, ("phone", "+959425183706")),
        ("Telegram t.me/+85597123456", None, ("phone", "+85597123456")),
        ("Đăng ký tại đây 👉 zalo.me/0356214870 .", None, ("phone", "+84356214870")),
        # (From the second blind set.)
        ("Telegram ⓿➑➎ ➋➌➍ ➐➊➒", "KH", ("phone", "+85585234719")),  # dingbat digits NFKC keeps
        ("WhatsApp O5O l23 4567", "AE", ("phone", "+971501234567")),  # a group with more letters than digits
        ("联系电话：幺三八 幺二三四 五六拐八", None, ("phone", "+8613812345678")),  # 拐 is 7 read out
        ("सम्पर्क नम्बर: नौ आठ शून्य एक दुई तीन चार पाँच छ सात", "NP", ("phone", "+9779801234567")),
        ("فون کریں: صفر تین چار پانچ چھ سات آٹھ نو صفر ایک دو", "PK", ("phone", "+923456789012")),
        ("අමතන්න: බිංදුව හත හත අට හතර පහ දෙක තුන නවය එක", "LK", ("phone", "+94778452391")),
        # The script of a line tells the country of a post detected as English.
        ("Thai ဘက်မှာ အလုပ်ရှိတယ် ✅\nPh - 09 ၂၅၀ ၁၃၈ ၄၇၆", None, ("phone", "+959250138476")),
        ("Job ល្អ salary $700 ✅\nTel: 0888 456 123", None, ("phone", "+855888456123")),
        ("Line ID - mm_thai_job", None, ("line", "mm_thai_job")),
        ("တရုတ်ကုမ္ပဏီ အလုပ်ခေါ်။ WeChat - mmchina_job ကို ဆက်သွယ်ပါ။", None, ("wechat", "mmchina_job")),
        ("ለበለጠ መረጃ በቴሌግራም @dubai_sira_et", None, ("telegram", "dubai_sira_et")),
        ("ඩුබායි රැකියා. ටෙලිග්\u200dරෑම් @lk_dubai_jobs", None, ("telegram", "lk_dubai_jobs")),
        ("Kirim lamaran ke hrd.kamboja(at)gmail(titik)com paling lambat", None, ("email", "hrd.kamboja@gmail.com")),
        ("ส่งเรซูเม่มาที่ jobs.kh2024 แอท hotmail ดอท com", None, ("email", "jobs.kh2024@hotmail.com")),
        ("Email resume sa hr.phkh(at)gmail.com. IG: @phkh.hr", None, ("email", "hr.phkh@gmail.com")),
        # (From the third blind set.)
        ("My number starts with 0947, then 882, and the last part is 3190. Viber only", "PH",
         ("phone", "+639478823190")),  # a number given in parts
        ("Copy my number in 3 parts 👇\nfirst ➜ 097\nsecond ➜ 712\nthird ➜ 3456", "KH", ("phone", "+855977123456")),
        ("電話：ぜろはちぜろ、いちにさんよん、ごろくななはち", "JP", ("phone", "+818012345678")),  # kana digits
        ("ဖုန်း ဝ၉ ၄ဝ၁ ၂၃၄ ၅၆၇ ကို ဆက်ပါ", "MM", ("phone", "+959401234567")),  # the letter wa for zero
        ("شماره تماس: صفر نه سه پنج، یک دو سه، چهار پنج شش هفت", "IR", ("phone", "+989351234567")),
        ("کال کریں: صفر تین دو ایک، ایک دو تین، چار پانچ چھ سات", "PK", ("phone", "+923211234567")),
        ("அழைக்க: ஆறு மூன்று பூஜ்ஜியம் ஒன்று இரண்டு மூன்று நான்கு ஐந்து ஆறு ஏழு", "IN", ("phone", "+916301234567")),
        ("ይደውሉ: ዜሮ ዘጠኝ ሁለት አንድ ሁለት ሶስት አራት አምስት ስድስት ሰባት", "ET", ("phone", "+251921234567")),
        ("Qo'ng'iroq qiling: to'qqiz uch, besh besh besh, bir ikki, uch to'rt", "UZ", ("phone", "+998935551234")),
        ("Хабарласыңыз: сегіз жеті жеті жеті бір екі үш төрт бес алты жеті", "KZ", ("phone", "+77771234567")),
        ("Gửi CV về mail: tuyendung.hcm a còng gmail chấm com", None, ("email", "tuyendung.hcm@gmail.com")),
        ("Kirim CV ke hrd.lokerasia et gmail titik com", None, ("email", "hrd.lokerasia@gmail.com")),
        ("সিভি পাঠান: bd.overseas.hr এট gmail ডট com", None, ("email", "bd.overseas.hr@gmail.com")),
        ("Резюме на hr.asia собака mail точка ru", None, ("email", "hr.asia@mail.ru")),
        ("ແອດໄລນ໌ ID: lao_job.vte ໄດ້ເລີຍ", None, ("line", "lao_job.vte")),
        ("➕薇：lily52099 （看到回复）", None, ("wechat", "lily52099")),
        ("缅甸妙瓦底KK园区直招，包机票。联系TG：kk_zhaopin01", None, ("telegram", "kk_zhaopin01")),  # TG after Han
        ("Liên hệ anh Tuấn (số Campuchia): 088 912 3456, gọi sau 7h tối", "VN", ("phone", "+855889123456")),
        ("Huwag maniwala sa alok na trabaho sa Myanmar mula sa numerong 0966 123 4567", "PH", ("phone", "+639661234567")),
        # (From the fourth blind set.)
        ("звоните: восемь девятьсот двадцать шесть, сто сорок три, двадцать два, семьдесят один", "RU",
         ("phone", "+79261432271")),  # hundreds, tens and units
        ("අමතන්න: ශුන්\u200dය හත හත, හය දෙක එක, නවය හතර ශුන්\u200dය තුන", "LK", ("phone", "+94776219403")),
        ("The guy's LINE ID was 'kenji.job77' and he used a Thai number 095-118-4273.", None,
         ("phone", "+66951184273")),  # "Thai" names the country
        ("The guy's LINE ID was 'kenji.job77' and he used a Thai number 095-118-4273.", None, ("line", "kenji.job77")),
        ("สนใจงานต่างประเทศ แอดไลน์ : @ j o b . t h 8 8 (ไม่เว้นวรรค)", None, ("line", "job.th88")),  # spaced out
        ("Easy typing job. tg id: m i n a _ h r 9 9 (no spaces)", None, ("telegram", "mina_hr99")),
        ("Recruiting chat agents. Telegram: t . me / hr_ocean_kh (remove spaces)", None, ("telegram", "hr_ocean_kh")),
        ("西港招人，飞机号：t点me斜杠hr_xg168", None, ("telegram", "hr_xg168")),
        ("라인 아이디: korea_job_th / 텔레그램: thjob_korea", None, ("line", "korea_job_th")),
        ("برای اطلاعات بیشتر در تلگرام پیام دهید: @kar_dar_dubai", None, ("telegram", "kar_dar_dubai")),
        ("大家小心！這個LINE帳號 @lucky_job_tw 都是詐騙集團", None, ("line", "lucky_job_tw")),
        ("أرسل سيرتك الذاتية إلى الإيميل: jobs.qatar24 آت gmail دوت com", None, ("email", "jobs.qatar24@gmail.com")),
        ("Hotel jobs in Bangkok. Send CV: hiring dot bkk at gmail dot com", None, ("email", "hiring.bkk@gmail.com")),
    ],
)
def test_more_hidden_identifiers(text: str, region: str | None, expected: tuple[str, str]) -> None:
    assert expected in found(text, region)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("แอดไลน์ ID: @jobpoipet88", ("line", "jobpoipet88")),
        ("歹徒使用LINE ID「cambo_easy_job」招募", ("line", "cambo_easy_job")),
        ("有興趣加賴 ID: taiwan_job66 詳談", ("line", "taiwan_job66")),
        ("Add LINE: line.me/ti/p/~massage_dxb", ("line", "massage_dxb")),
        ("ចូលរួមឆានែល t.me/s/kh_job_center", ("telegram", "kh_job_center")),
        ('akun Telegram "dream_job_cambodia" untuk merekrut', ("telegram", "dream_job_cambodia")),
        ("TG: @ sophia_hr_kh (remove the space)", ("telegram", "sophia_hr_kh")),
        ("টেলিগ্রাম: @bd_overseas_job", ("telegram", "bd_overseas_job")),
        ("مزید معلومات کے لیے ٹیلی گرام @pk_gulf_jobs", ("telegram", "pk_gulf_jobs")),
        ("ຕິດຕໍ່ນາຍຈ້າງຈີນ ວີແຊັດ: gtsez_hr2026", ("wechat", "gtsez_hr2026")),
        ("老挝金三角 直招 加vx：jsj_zhaopin66", ("wechat", "jsj_zhaopin66")),
    ],
)
def test_more_handles(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chat support sa Dubai, libre ticket at visa. Walang experience ok lang!",  # Tagalog "at" is "and"
        "Verify job orders at www.dmw.gov.ph before paying anything.",
        "Send CV to recruitment at mekong-bpo dot com, subject line CS-EN-07.",
        "ติดต่อแอดมินผ่าน LINE OA: https://line.me/R/ti/p/@836xkqzt",
        "Tagihan INV/2024/10/00457 sebesar Rp 2.450.000 jatuh tempo 15 Oktober.",
    ],
)
def test_more_things_that_are_not_identifiers(text: str) -> None:
    wrong = {("email", "ticket@visa.walang"), ("email", "orders@www.dmw.gov.ph"), ("line", "cs-en-07"),
             ("line", "https"), ("phone", "+20241000457")}
    assert not found(text) & wrong



@pytest.mark.parametrize(
    "text",
    [
        "微信：jp-kh6688\nQQ：2845123907（不常看）",
        "사업자등록번호 123-45-67890 / 운영시간 09:00-18:00",
        "Please quote your application number 0971234567 in every message.",
        "Open 09:00 to 21:00, break 12:00 to 13:00, call us",  # no number in parts
        "Salary 2,000 USD, then 300 USD bonus and 450 more, call the office",
        "张薇 是我朋友",  # a name, no WeChat label
        "I a m h e r e t o d a y",  # letters spaced out, no label
        "Email resume sa hr.phkh(at)gmail.com. IG: @phkh.hr (updates lang doon)",
    ],
)
def test_ids_that_look_like_phones_or_handles(text: str) -> None:
    kinds = {(kind, value) for kind, value in found(text, "KH") if kind in ("phone", "telegram")}
    assert kinds == set(), kinds
