"""Hand-written wording for the sandbox corpus: lures, ordinary job ads and warnings.

Everything here is data. The generator fills the ``{placeholders}``; the wording imitates the
recruitment posts, job ads and anti-trafficking warnings seen in Southeast Asian channels and
groups, in nine languages. Company, shop and person names are invented.

Lure placeholders: ``{hdr}`` (optional emoji header line, with its newline, or empty), ``{job}``,
``{job_up}``, ``{city}``, ``{city_up}``, ``{dest}``, ``{dest_up}``, ``{salary}``, ``{perks}``
(bulleted lines), ``{perks_inline}``, ``{contact}`` (one item per line), ``{contact_inline}``,
``{age_lo}``, ``{age_hi}``, ``{hours}``, ``{company}``, ``{n}``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

LANGUAGES: tuple[str, ...] = ("en", "vi", "id", "th", "zh", "tl", "ms", "km", "my")

#: Country whose numbers a post in this language is written for (local formats are read there).
LANGUAGE_REGION: dict[str, str | None] = {
    "en": None, "vi": "VN", "id": "ID", "th": "TH", "zh": None,
    "tl": "PH", "ms": "MY", "km": "KH", "my": "MM",
}

COUNTRY_NAMES: dict[str, dict[str, str]] = {
    "KH": {"en": "Cambodia", "vi": "Campuchia", "id": "Kamboja", "th": "กัมพูชา", "zh": "柬埔寨",
           "tl": "Cambodia", "ms": "Kemboja", "km": "កម្ពុជា", "my": "ကမ္ဘောဒီးယား"},
    "MM": {"en": "Myanmar", "vi": "Myanmar", "id": "Myanmar", "th": "เมียนมา", "zh": "缅甸",
           "tl": "Myanmar", "ms": "Myanmar", "km": "មីយ៉ាន់ម៉ា", "my": "မြန်မာ"},
    "LA": {"en": "Laos", "vi": "Lào", "id": "Laos", "th": "ลาว", "zh": "老挝",
           "tl": "Laos", "ms": "Laos", "km": "ឡាវ", "my": "လာအို"},
    "PH": {"en": "the Philippines", "vi": "Philippines", "id": "Filipina", "th": "ฟิลิปปินส์",
           "zh": "菲律宾", "tl": "Pilipinas", "ms": "Filipina", "km": "ហ្វីលីពីន", "my": "ဖိလစ်ပိုင်"},
    "AE": {"en": "the UAE", "vi": "UAE", "id": "Uni Emirat Arab", "th": "สหรัฐอาหรับเอมิเรตส์", "zh": "阿联酋",
           "tl": "UAE", "ms": "UAE", "km": "អេមីរ៉ាតអារ៉ាប់រួម", "my": "ယူအေအီး"},
    "TH": {"en": "Thailand", "vi": "Thái Lan", "id": "Thailand", "th": "ไทย", "zh": "泰国",
           "tl": "Thailand", "ms": "Thailand", "km": "ថៃ", "my": "ထိုင်း"},
}

#: Local spellings of destination cities; languages not listed use the English name.
CITY_NAMES: dict[str, dict[str, str]] = {
    "Sihanoukville": {"zh": "西港", "th": "สีหนุวิลล์", "km": "ក្រុងព្រះសីហនុ", "my": "ဆီဟာနုဗီးလ်"},
    "Bavet": {"zh": "巴域", "th": "บาเวต", "km": "បាវិត"},
    "Poipet": {"zh": "波贝", "th": "ปอยเปต", "km": "ប៉ោយប៉ែត"},
    "Phnom Penh": {"zh": "金边", "th": "พนมเปญ", "km": "ភ្នំពេញ", "vi": "Phnôm Pênh"},
    "Myawaddy": {"zh": "妙瓦底", "th": "เมียวดี", "my": "မြဝတီ"},
    "KK Park": {"zh": "KK园区", "th": "เคเคปาร์ค"},
    "Shwe Kokko": {"zh": "亚太新城", "th": "ชเวก๊กโก่", "my": "ရွှေကုက္ကိုလ်"},
    "Golden Triangle SEZ": {"zh": "金三角经济特区", "th": "สามเหลี่ยมทองคำ", "vi": "Đặc khu Tam Giác Vàng",
                            "id": "KEK Segitiga Emas", "ms": "Zon Segi Tiga Emas", "km": "តំបន់ត្រីកោណមាស",
                            "my": "ရွှေတြိဂံ"},
    "Manila": {"zh": "马尼拉", "th": "มะนิลา", "my": "မနီလာ", "km": "ម៉ានីល"},
    "Pasay": {"zh": "帕赛"},
    "Dubai": {"zh": "迪拜", "th": "ดูไบ", "my": "ဒူဘိုင်း", "km": "ឌូបៃ"},
    "Mae Sot": {"zh": "美索", "th": "แม่สอด", "my": "မဲဆောက်"},
}


@dataclass(frozen=True)
class Profile:
    """What an operation sending people to one destination typically looks like."""

    destination: str
    cities: tuple[str, ...]
    languages: tuple[str, ...]      # audiences it targets, most likely first
    phone_regions: tuple[str, ...]  # where its SIM cards come from, besides the audiences'


PROFILES: tuple[Profile, ...] = (
    Profile("KH", ("Sihanoukville", "Bavet", "Poipet", "Phnom Penh"), ("vi", "zh", "id", "th", "km", "en", "ms"), ("KH",)),
    Profile("MM", ("Myawaddy", "KK Park", "Shwe Kokko"), ("th", "zh", "my", "id", "en", "vi"), ("TH", "MM")),
    Profile("LA", ("Golden Triangle SEZ",), ("zh", "vi", "th", "en", "ms"), ("TH",)),
    Profile("PH", ("Pasay", "Manila"), ("id", "vi", "zh", "en", "tl"), ("PH",)),
    Profile("AE", ("Dubai",), ("en", "tl", "id", "vi"), ("AE",)),
    Profile("TH", ("Mae Sot",), ("th", "my", "en", "zh"), ("TH",)),
)

JOB_KINDS: tuple[str, ...] = ("customer_service", "typing", "data_entry", "marketing", "game", "translator")

JOBS: dict[str, dict[str, tuple[str, ...]]] = {
    "customer_service": {
        "en": ("Customer Service", "Online Customer Support", "Chat Support Agent"),
        "vi": ("nhân viên CSKH", "chăm sóc khách hàng online", "trực page, CSKH"),
        "id": ("Customer Service (CS)", "admin CS online", "CS chat"),
        "th": ("พนักงานบริการลูกค้า", "แอดมินตอบแชท"), "zh": ("客服", "在线客服", "客服专员"),
        "tl": ("Customer Service Representative", "CSR (chat support)"), "ms": ("Khidmat Pelanggan", "admin khidmat pelanggan"),
        "km": ("បុគ្គលិកបម្រើអតិថិជន",), "my": ("Customer Service ဝန်ထမ်း",),
    },
    "typing": {
        "en": ("Typing Job", "Typist"), "vi": ("nhân viên đánh máy", "đánh máy online"),
        "id": ("tenaga pengetikan", "typing job"), "th": ("พนักงานพิมพ์งาน",), "zh": ("打字员", "打字客服"),
        "tl": ("typist", "typing job"), "ms": ("kerja menaip", "jurutaip"),
        "km": ("បុគ្គលិកវាយអត្ថបទ",), "my": ("စာရိုက်ဝန်ထမ်း",),
    },
    "data_entry": {
        "en": ("Data Entry Clerk", "Data Entry"), "vi": ("nhân viên nhập liệu",), "id": ("admin input data",),
        "th": ("พนักงานคีย์ข้อมูล",), "zh": ("数据录入员",), "tl": ("data encoder",), "ms": ("kerani kemasukan data",),
        "km": ("បុគ្គលិកបញ្ចូលទិន្នន័យ",), "my": ("ဒေတာထည့်သွင်းသူ",),
    },
    "marketing": {
        "en": ("Online Marketing", "Digital Marketing Staff"), "vi": ("marketing online", "nhân viên chạy quảng cáo"),
        "id": ("marketing online", "staff digital marketing"), "th": ("การตลาดออนไลน์",), "zh": ("网络推广", "网推"),
        "tl": ("online marketing staff",), "ms": ("pemasaran dalam talian",),
        "km": ("បុគ្គលិកទីផ្សារអនឡាញ",), "my": ("အွန်လိုင်းမားကတ်တင်း ဝန်ထမ်း",),
    },
    "game": {
        "en": ("Game Operator", "Online Game Host"), "vi": ("điều hành game", "nhân viên game online"),
        "id": ("operator game",), "th": ("พนักงานดูแลเกม",), "zh": ("游戏运营", "游戏客服"),
        "tl": ("game operator",), "ms": ("operator permainan",), "km": ("ប្រតិបត្តិករហ្គេម",), "my": ("ဂိမ်းအော်ပရေတာ",),
    },
    "translator": {
        "en": ("Translator", "Interpreter"), "vi": ("phiên dịch viên",), "id": ("penerjemah",), "th": ("ล่าม",),
        "zh": ("翻译",), "tl": ("translator",), "ms": ("penterjemah",), "km": ("អ្នកបកប្រែ",), "my": ("ဘာသာပြန်",),
    },
}

PERKS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"visa": ("Free visa & work permit", "Visa processing FREE", "Company pays for visa"),
           "ticket": ("Free air ticket", "Round-trip ticket provided", "Flight paid by company"),
           "food": ("Free meals 3x a day", "Free food"), "housing": ("Free accommodation", "Free dormitory with aircon"),
           "noexp": ("No experience needed", "Training provided"), "bonus": ("Monthly bonus + commission", "Salary paid on time")},
    "vi": {"visa": ("Bao visa, làm hộ chiếu miễn phí", "Hỗ trợ visa 100%"), "ticket": ("Bao vé máy bay", "Công ty lo vé xe, vé máy bay"),
           "food": ("Bao ăn 3 bữa", "Miễn phí ăn uống"), "housing": ("Bao ở, phòng máy lạnh", "Ở ký túc xá miễn phí"),
           "noexp": ("Không cần kinh nghiệm", "Được đào tạo từ đầu"), "bonus": ("Thưởng doanh số hàng tháng", "Lương trả đúng hạn")},
    "id": {"visa": ("Visa kerja GRATIS", "Gratis pengurusan visa"), "ticket": ("Tiket pesawat ditanggung perusahaan", "Gratis tiket berangkat"),
           "food": ("Makan 3x sehari gratis", "Free makan"), "housing": ("Mess/asrama gratis", "Tempat tinggal disediakan"),
           "noexp": ("Tanpa pengalaman", "Ada training"), "bonus": ("Bonus bulanan", "Gaji dibayar tepat waktu")},
    "th": {"visa": ("ฟรีวีซ่า", "บริษัททำวีซ่าให้ฟรี"), "ticket": ("ฟรีตั๋วเครื่องบิน", "มีรถรับส่งถึงที่"),
           "food": ("ฟรีอาหาร 3 มื้อ", "มีอาหารให้ฟรี"), "housing": ("ฟรีที่พัก ห้องแอร์", "มีหอพักให้"),
           "noexp": ("ไม่ต้องมีประสบการณ์", "มีสอนงานให้"), "bonus": ("มีโบนัสทุกเดือน", "เงินเดือนออกตรงเวลา")},
    "zh": {"visa": ("免费办理签证", "包签证"), "ticket": ("报销机票", "包机票"), "food": ("包吃", "公司提供三餐"),
           "housing": ("包住，宿舍有空调", "免费住宿"), "noexp": ("无需经验，公司带教", "小白可做"), "bonus": ("另有提成奖金", "工资准时发放")},
    "tl": {"visa": ("Libre visa at working permit", "Sagot ng kumpanya ang visa"), "ticket": ("Libreng plane ticket", "Libre pamasahe"),
           "food": ("Libreng pagkain 3x a day", "Free meals"), "housing": ("Libreng tirahan (may aircon)", "Free accommodation"),
           "noexp": ("Kahit walang experience", "May training"), "bonus": ("May monthly bonus", "On-time ang sahod")},
    "ms": {"visa": ("Visa PERCUMA", "Permit kerja diuruskan syarikat"), "ticket": ("Tiket kapal terbang ditanggung", "Tiket percuma"),
           "food": ("Makan percuma 3 kali sehari", "Makan ditanggung"), "housing": ("Asrama percuma", "Tempat tinggal disediakan"),
           "noexp": ("Tiada pengalaman pun boleh", "Latihan disediakan"), "bonus": ("Bonus setiap bulan", "Gaji dibayar tepat pada masanya")},
    "km": {"visa": ("ធ្វើវីសាឥតគិតថ្លៃ",), "ticket": ("ចេញថ្លៃធ្វើដំណើរ", "មានឡានដឹកដល់កន្លែងធ្វើការ"),
           "food": ("អាហារ៣ពេលឥតគិតថ្លៃ",), "housing": ("ស្នាក់នៅឥតគិតថ្លៃ", "មានបន្ទប់ស្នាក់នៅ"),
           "noexp": ("មិនត្រូវការបទពិសោធន៍",), "bonus": ("មានប្រាក់រង្វាន់ប្រចាំខែ",)},
    "my": {"visa": ("ဗီဇာ အခမဲ့",), "ticket": ("လေယာဉ်လက်မှတ် အခမဲ့", "ကားဖြင့် ကြိုပို့ပေးမည်"),
           "food": ("အစားအသောက် အခမဲ့",), "housing": ("နေစရာ အခမဲ့",),
           "noexp": ("အတွေ့အကြုံ မလိုပါ",), "bonus": ("လစဉ် ဘောနပ်စ်ရှိ",)},
}

#: Salary phrasings; ``{thb}``, ``{myr}`` and ``{idr}`` are the same amount in local currency.
SALARY: dict[str, tuple[str, ...]] = {
    "en": ("${lo} - ${hi}/month", "{lo}-{hi} USD monthly", "USD {lo}+ per month"),
    "vi": ("{lo}$ - {hi}$/tháng", "từ {lo} USD đến {hi} USD", "{lo}$ + hoa hồng"),
    "id": ("{lo} - {hi} USD/bulan", "USD {lo} per bulan", "setara Rp {idr} juta/bulan"),
    "th": ("{lo}-{hi} USD", "{thb} บาท/เดือน ขึ้นไป"),
    "zh": ("{lo}U-{hi}U", "{lo}-{hi}美金/月", "{lo}美金起"),
    "tl": ("${lo} - ${hi} kada buwan", "{lo} USD pataas"),
    "ms": ("USD {lo} - {hi} sebulan", "RM {myr} sebulan"),
    "km": ("{lo}$ - {hi}$", "ចាប់ពី {lo}$"),
    "my": ("{lo} - {hi} ဒေါ်လာ", "ဒေါ်လာ {lo} အထက်"),
}

HEADERS: dict[str, tuple[str, ...]] = {
    "en": ("🌏🌏🌏 JOBS ABROAD 🌏🌏🌏", "‼️ HIRING NOW ‼️", "🔥🔥🔥"), "vi": ("🌟🌟 THÔNG BÁO TUYỂN DỤNG 🌟🌟", "‼️ TUYỂN GẤP ‼️", "🔥🔥🔥"),
    "id": ("📣📣 INFO LOKER 📣📣", "‼️ URGENT ‼️", "🔥🔥🔥"), "th": ("📣📣 ประกาศรับสมัครงาน 📣📣", "‼️ ด่วนมาก ‼️"),
    "zh": ("🔥🔥🔥 高薪急招 🔥🔥🔥", "‼️招聘‼️"), "tl": ("📣 HIRING 📣", "‼️ URGENT HIRING ‼️"),
    "ms": ("📣 KERJA KOSONG 📣", "‼️ SEGERA ‼️"), "km": ("📣📣📣", "‼️ ដំណឹងជ្រើសរើសបុគ្គលិក ‼️"),
    "my": ("📣📣📣", "‼️ အလုပ်ခေါ်စာ ‼️"),
}

BULLETS: tuple[str, ...] = ("✅", "✔️", "👉", "-", "•", "🔹")

#: Words put before a phone number ("WhatsApp: +855 …"); a trailing colon is kept as written.
PHONE_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("WhatsApp:", "WhatsApp/Telegram:", "Call/WhatsApp", "Tel:"), "vi": ("Zalo", "Zalo/WhatsApp:", "SĐT:", "WhatsApp"),
    "id": ("WA", "WhatsApp:", "Telp/WA:"), "th": ("Line id:", "โทร", "WhatsApp:"), "zh": ("WhatsApp:", "电话：", "微信同号"),
    "tl": ("Viber/WhatsApp:", "WhatsApp", "Cp#"), "ms": ("WhatsApp:", "WS", "Tel:"), "km": ("Telegram:", "WhatsApp:", "លេខទូរស័ព្ទ៖"),
    "my": ("Viber:", "Viber/Telegram:", "ဖုန်း -"),
}

#: Ways a Telegram username is written; ``{h}`` is the handle as its owner spells it.
HANDLE_FORMS: dict[str, tuple[str, ...]] = {
    "default": ("@{h}", "t.me/{h}", "https://t.me/{h}", "Telegram: @{h}", "Telegram @{h}"),
    "zh": ("飞机：@{h}", "TG：@{h}", "@{h}", "t.me/{h}"),
    "vi": ("Tele: @{h}", "Telegram: @{h}", "@{h}", "t.me/{h}"),
}

LURES: dict[str, tuple[str, ...]] = {
    "en": (
        "{hdr}📢 URGENT HIRING – {job_up} ({city}, {dest})\n💰 Salary: {salary}\n{perks}\n🕘 {hours} hours/day, one day off per week\n"
        "Age {age_lo}-{age_hi}, basic English and computer skills\n📲 Contact:\n{contact}",
        "{hdr}Good day! {company} is hiring {n} new team members ({job}) for our office in {city}, {dest}. No experience needed, "
        "we provide full training. Basic salary {salary} + commission. {perks_inline}. Serious applicants only, message {contact_inline}",
        "{hdr}Looking for a job abroad? 🌏\n✔ Position: {job}\n✔ Location: {city}, {dest}\n✔ Salary: {salary}\n{perks}\n"
        "Just need to know basic typing. Limited slots!\nApply now 👉 {contact_inline}",
    ),
    "vi": (
        "{hdr}🔥 TUYỂN GẤP {job_up} TẠI {city_up} ({dest_up}) 🔥\n💰 Lương: {salary}\n{perks}\n"
        "👉 Không cần kinh nghiệm, chỉ cần biết dùng điện thoại, máy tính cơ bản\n📞 Liên hệ ngay:\n{contact}",
        "{hdr}Công ty {company} bên {dest} cần tuyển {n} bạn {job}, làm việc trong văn phòng máy lạnh, {hours} tiếng/ngày. "
        "Lương cứng {salary}, {perks_inline}. Tuổi từ {age_lo} đến {age_hi}, nam nữ đều được. Bạn nào quan tâm ib {contact_inline} để được tư vấn nhé!",
        "{hdr}✅ VIỆC NHẸ LƯƠNG CAO ✅\nVị trí: {job}\nNơi làm việc: {city}, {dest}\nThu nhập: {salary}\n{perks}\n"
        "Đăng ký, tư vấn miễn phí: {contact_inline}",
    ),
    "id": (
        "{hdr}LOWONGAN KERJA {dest_up} 🔥\nDibutuhkan segera: {job}\nLokasi: {city}\n💵 Gaji: {salary}\n{perks}\n"
        "Syarat: usia {age_lo}-{age_hi} tahun, bisa mengetik, punya paspor lebih baik\n📲 Hubungi:\n{contact}",
        "{hdr}Halo kak, perusahaan {company} di {city} ({dest}) lagi buka lowongan {job}, {n} orang. Kerja kantoran {hours} jam/hari, "
        "gaji {salary}. {perks_inline}. Minat? Langsung chat {contact_inline} ya, slot terbatas!",
        "{hdr}💼 KERJA DI LUAR NEGERI GAJI BESAR 💼\nPosisi: {job}\nNegara: {dest}\nGaji: {salary}\n{perks}\nInfo lengkap: {contact_inline}",
    ),
    "th": (
        "{hdr}📢 ด่วน! รับสมัคร{job} ทำงานที่{city} {dest}\n💰 เงินเดือน {salary}\n{perks}\nอายุ {age_lo}-{age_hi} ปี ไม่จำกัดวุฒิ\n"
        "📞 สนใจติดต่อ\n{contact}",
        "{hdr}บริษัท {company} เปิดรับ{job} {n} อัตรา ทำงานที่{dest} งานสบาย นั่งออฟฟิศแอร์เย็น วันละ {hours} ชั่วโมง "
        "รายได้ {salary} {perks_inline} ทักมาเลย {contact_inline}",
        "{hdr}✨ งานต่างประเทศ รายได้ดี ✨\nตำแหน่ง: {job}\nสถานที่: {city} ({dest})\nรายได้: {salary}\n{perks}\n"
        "สมัครด่วน ที่นั่งจำกัด 👉 {contact_inline}",
    ),
    "zh": (
        "{hdr}【{city}高薪招聘】{job}\n💰 底薪{salary}\n{perks}\n要求：年龄{age_lo}-{age_hi}岁，会打字即可\n📲 联系：\n{contact}",
        "{hdr}{company}（{dest}{city}）诚聘{job}{n}名，工作轻松，每天{hours}小时，月薪{salary}，{perks_inline}。有意者请私聊 {contact_inline}",
        "{hdr}🔥 {dest}正规公司直招 🔥\n岗位：{job}\n地点：{city}\n待遇：{salary}\n{perks}\n名额有限，速来 👉 {contact_inline}",
    ),
    "tl": (
        "{hdr}HIRING ASAP! 📢 {job_up} sa {city}, {dest}\n💰 Sahod: {salary}\n{perks}\n"
        "Edad {age_lo}-{age_hi}, marunong mag-type at mag-English kahit basic\n📲 PM lang po:\n{contact}",
        "{hdr}Hello po! Naghahanap ang {company} ng {n} {job} para sa opisina namin sa {city}, {dest}. Walang experience? "
        "Okay lang, may training. Sahod {salary}, {perks_inline}. Interesado? Message po kayo sa {contact_inline}",
    ),
    "ms": (
        "{hdr}🔥 JAWATAN KOSONG {dest_up} 🔥\nJawatan: {job}\nLokasi: {city}\n💰 Gaji: {salary}\n{perks}\n"
        "Umur {age_lo}-{age_hi} tahun, tiada pengalaman pun boleh\n📲 Hubungi:\n{contact}",
        "{hdr}Syarikat {company} di {city}, {dest} sedang mencari {n} orang {job}. Kerja pejabat {hours} jam sehari, gaji {salary}. "
        "{perks_inline}. Berminat? Terus hubungi {contact_inline}",
    ),
    "km": (
        "{hdr}📢 ត្រូវការជ្រើសរើស{job}ជាបន្ទាន់ នៅ{city}\n💰 ប្រាក់ខែ {salary}\n{perks}\nអាយុ {age_lo}-{age_hi} ឆ្នាំ\n"
        "📞 ទំនាក់ទំនង៖\n{contact}",
        "{hdr}ក្រុមហ៊ុន {company} ត្រូវការ{job} {n} នាក់ ធ្វើការនៅ{city} ({dest})។ ការងារស្រួល ប្រាក់ខែ {salary}។ "
        "{perks_inline}។ ចាប់អារម្មណ៍ សូមទាក់ទង {contact_inline}",
    ),
    "my": (
        "{hdr}📢 {job} အမြန်ခေါ်ယူနေပါသည်\n📍 နေရာ - {city} ({dest})\n💰 လစာ - {salary}\n{perks}\n"
        "အသက် {age_lo}-{age_hi} နှစ်\n📞 ဆက်သွယ်ရန်\n{contact}",
        "{hdr}{company} ကုမ္ပဏီမှ {dest} ({city}) တွင် {job} {n} ဦး ခေါ်ယူမည်။ ရုံးအလုပ်၊ တစ်နေ့ {hours} နာရီ၊ လစာ {salary}။ "
        "{perks_inline}။ စိတ်ဝင်စားပါက {contact_inline} သို့ ဆက်သွယ်ပါ",
    ),
}

LURE_TITLES: dict[str, tuple[str, ...]] = {
    "en": ("[HIRING] {job} – {city}, {dest} | {salary} | free visa + ticket", "Urgent hiring: {job} in {dest}, no experience needed",
           "Work abroad opportunity – {job} ({dest})"),
    "vi": ("Tuyển {job} tại {dest}, lương {salary}", "[Tuyển gấp] Việc nhẹ lương cao bên {dest}"),
    "id": ("Loker {job} di {dest} gaji {salary}", "[INFO LOKER] Kerja di {dest} tanpa pengalaman"),
    "th": ("รับสมัคร{job} ทำงาน{dest} รายได้ดี",), "zh": ("{dest}高薪招聘{job}",), "tl": ("HIRING: {job} sa {dest} – {salary}",),
    "ms": ("Jawatan kosong {job} di {dest}",), "km": ("ជ្រើសរើស{job} នៅ{dest}",), "my": ("{dest} {job} အလုပ်ခေါ်စာ",),
}

#: ``{numbers}`` and ``{handles}`` are the quoted identifiers of two or more operations.
WARNINGS: dict[str, tuple[str, ...]] = {
    "en": (
        "⚠️ WARNING from the Embassy: we have received reports of citizens trafficked to {dest} after answering fake "
        "\"{job}\" job offers on social media. Do NOT trust offers from {handles} or the numbers {numbers}. "
        "If you or your family are affected, contact the nearest embassy immediately.",
        "SCAM ALERT 🚨 These \"{job}\" jobs in {dest} are human trafficking. A friend of mine went and they took her passport "
        "on arrival. Numbers they used:\n{numbers}\nAlso {handles}. Please share so nobody else falls for it.",
    ),
    "vi": (
        "⚠️ CẢNH BÁO lừa đảo việc làm tại {dest}! Nhiều người bị lừa sang làm \"{job}\" rồi bị giam giữ, ép lừa đảo online. "
        "Tuyệt đối KHÔNG liên hệ các số: {numbers} và tài khoản Telegram {handles}. Hãy chia sẻ để cảnh báo người thân!",
        "Công an tỉnh An Giang vừa giải cứu nhiều nạn nhân bị lừa sang {dest} làm việc \"nhẹ lương cao\". "
        "Các đối tượng dùng số điện thoại {numbers} và Telegram {handles} để tuyển người. Người dân cần cảnh giác.",
    ),
    "id": (
        "⚠️ Hati-hati penipuan lowongan kerja ke {dest}! Modus: ditawari kerja sebagai {job} gaji besar, visa dan tiket gratis. "
        "Faktanya korban dipaksa jadi scammer online. Jangan hubungi nomor {numbers} maupun akun {handles}. Laporkan ke KBRI atau BP2MI.",
    ),
    "th": (
        "⚠️ ระวัง! แก๊งหลอกไปทำงาน{job}ที่{dest} อ้างรายได้สูง ฟรีวีซ่า ฟรีตั๋ว แต่ถูกบังคับให้เป็นแก๊งคอลเซ็นเตอร์ "
        "ห้ามติดต่อเบอร์ {numbers} และบัญชี {handles} เด็ดขาด ช่วยกันแชร์เตือนคนรู้จัก",
    ),
    "zh": (
        "⚠️ 防骗提醒：近期有人以「{dest}高薪{job}」为名招人，包机票包吃住，实际被卖进诈骗园区。以下号码和飞机号请勿联系：{numbers}，{handles}。请转发提醒身边的人！",
    ),
    "tl": (
        "⚠️ BABALA: Huwag maniwala sa mga alok na trabaho bilang {job} sa {dest}! Biktima ng human trafficking ang mga kababayan "
        "nating napunta doon. Iwasan ang mga numerong {numbers} at ang {handles}. I-report sa DMW o sa Embassy.",
    ),
    "ms": (
        "⚠️ AWAS sindiket tawaran kerja palsu ke {dest}! Mangsa dijanjikan kerja {job} gaji lumayan tetapi dipaksa menipu "
        "dalam talian. Jangan hubungi {numbers} atau {handles}. Sila sebarkan.",
    ),
    "km": (
        "⚠️ សូមប្រុងប្រយ័ត្ន! ការផ្សព្វផ្សាយការងារ{job}ប្រាក់ខែខ្ពស់នៅ{dest} គឺជាការបោកប្រាស់ និងជួញដូរមនុស្ស។ "
        "សូមកុំទាក់ទងលេខ {numbers} និង {handles}។",
    ),
    "my": (
        "⚠️ သတိပေးချက် - {dest} တွင် {job} အလုပ်ဟု လိမ်လည်ခေါ်ယူပြီး အွန်လိုင်းလိမ်လည်မှု လုပ်ခိုင်းနေသည်။ "
        "{numbers} နှင့် {handles} ကို မဆက်သွယ်ပါနှင့်။",
    ),
}

WARNING_TITLES: dict[str, tuple[str, ...]] = {
    "en": ("PSA: fake job offers in {dest} are trafficking", "Scam alert – avoid these numbers"),
    "vi": ("Cảnh báo lừa đảo việc làm {dest}",), "id": ("Hati-hati penipuan loker {dest}",), "th": ("เตือนภัยหลอกไปทำงาน{dest}",),
    "zh": ("防骗提醒：{dest}高薪招聘",), "tl": ("BABALA: scam na trabaho sa {dest}",), "ms": ("Awas penipuan kerja {dest}",),
    "km": ("ប្រុងប្រយ័ត្នការបោកប្រាស់ការងារ",), "my": ("လိမ်လည်အလုပ်ခေါ်စာ သတိပေးချက်",),
}


@dataclass(frozen=True)
class Benign:
    """An ordinary job ad. ``phone`` is "mobile", "landline" or None (no number written);
    ``slots`` lists the choices for the template's own placeholders."""

    lang: str
    region: str
    title: str
    text: str
    phone: str | None = "mobile"
    slots: dict[str, tuple[str, ...]] = field(default_factory=dict)


# Placeholders every benign template may use: {company} {phone} {email} {name} {age_lo} {age_hi}
# {jobid} {date}. The digits around them (salaries, dates, hours, postcodes, ids, heights) are
# distractors: they must never be read as phone numbers.
BENIGN: tuple[Benign, ...] = (
    Benign("vi", "VN", "Tuyển nhân viên pha chế ca sáng/chiều – {shop} {district}",
           "☕ {shop} ({district}, Hà Nội) tuyển nhân viên pha chế & phục vụ\n- Ca sáng 7h-12h, ca chiều 12h-17h, ca tối 17h-22h30\n"
           "- Lương 25.000đ/giờ + thưởng lễ Tết\n- Ưu tiên sinh viên, có thể xoay ca\nLiên hệ chị {name}: {phone} hoặc qua trực tiếp quán nhé.",
           slots={"shop": ("Mộc Café", "Góc Phố Coffee", "Sương Cà Phê", "Nhà Mây Coffee"),
                  "district": ("Cầu Giấy", "Đống Đa", "Hoàn Kiếm", "Tây Hồ")}),
    Benign("vi", "VN", "[Bắc Ninh] Tuyển 50 công nhân sản xuất, thu nhập 8.5-11 triệu",
           "Công ty TNHH {company} (KCN Yên Phong, Bắc Ninh) tuyển 50 công nhân sản xuất linh kiện điện tử\n"
           "✔ Nam/nữ {age_lo}-{age_hi} tuổi, không yêu cầu bằng cấp\n✔ Thu nhập 8.500.000 - 11.000.000 VND/tháng, đóng BHXH đầy đủ\n"
           "✔ Có xe đưa đón, ăn ca miễn phí\nPhỏng vấn 8h sáng thứ 2 đến thứ 6 tại cổng công ty. Hotline phòng nhân sự: {phone}",
           slots={"company": ("Minh Phát Electronics", "Đại Dương Tech", "Hoàng Gia Components", "Sao Việt Precision")}),
    Benign("vi", "VN", "[HCM] Tuyển kế toán tổng hợp – {company}",
           "[HCM] Tuyển kế toán tổng hợp – Mã tin {jobid}\nCông ty CP {company}, Quận 7, TP.HCM\n"
           "- Tốt nghiệp CĐ/ĐH chuyên ngành kế toán, 2 năm kinh nghiệm\n- Lương 12-15 triệu, giờ hành chính 8:00-17:00\n"
           "- Hạn nộp hồ sơ: {date}\nGửi CV về {email} hoặc gọi {phone} (giờ hành chính).",
           phone="landline", slots={"company": ("Thành Công Logistics", "Nam Việt Foods", "Bến Nghé Trading")}),
    Benign("id", "ID", "Lowongan Operator Produksi PT {company} – Cikarang, Bekasi",
           "LOWONGAN KERJA PT {company} (Kawasan Industri Jababeka, Cikarang – Bekasi 17530)\nPosisi: Operator Produksi\nSyarat:\n"
           "- Pria/Wanita usia {age_lo}-{age_hi} tahun\n- Pendidikan min. SMA/SMK sederajat\n- Tinggi badan min. 155 cm\n"
           "- Bersedia kerja shift\nGaji sesuai UMK Bekasi (Rp 5.690.000) + uang makan\n"
           "Lamaran dikirim ke {email} atau info HRD {phone} (Senin-Jumat 08.00-16.00). Gratis, tidak dipungut biaya!",
           phone="landline", slots={"company": ("Sinar Jaya Plastindo", "Mitra Karya Elektrindo", "Cahaya Abadi Packaging")}),
    Benign("id", "ID", "Dicari barista & kasir – {shop} {district}",
           "Dicari barista & kasir untuk {shop} cabang {district}, Jakarta. Full time, gaji Rp 4.500.000 - 5.200.000 + service charge. "
           "Libur 1 hari/minggu. Kirim CV via WA {phone} (chat only ya, no call). Job ID {jobid}",
           slots={"shop": ("Kopi Senja", "Kedai Rindu", "Teras Kopi Nusantara", "Kopi Lantai Dua"),
                  "district": ("Tebet", "Kemang", "Kelapa Gading", "Bintaro")}),
    Benign("id", "ID", "Loker Bandung admin online shop",
           "Loker Bandung! Dibutuhkan admin online shop (Shopee/Tokopedia) untuk toko fashion {shop}. Kerja di ruko daerah Antapani, "
           "jam 09.00-17.00. Gaji pokok Rp 3.200.000 + bonus omset. Usia max 27 tahun. Yang berminat kirim lamaran ke WA {phone} a.n. {name}.",
           slots={"shop": ("Rumah Hijab Alya", "Distro Kece", "Batik Ayu Collection")}),
    Benign("en", "PH", "[Hiring] Junior Backend Developer (Python) – Makati, hybrid",
           "{company} is hiring a Junior Backend Developer (Python/Django) for our Makati office, hybrid 3 days onsite.\n"
           "• 1-2 years experience, BS Computer Science or related\n• PHP 35,000 - 50,000/month + HMO from day 1, 13th month pay\n"
           "• Job ID {jobid}\nSend your CV to {email}. Shortlisted applicants will be contacted within 2 weeks. We never ask for placement fees.",
           phone=None, slots={"company": ("Kalayaan Software Inc.", "BlueReef Digital", "Ilog Systems PH")}),
    Benign("en", "PH", "Staff Nurses for Saudi Arabia – DMW licensed, no placement fee",
           "DMW-licensed agency {company} (License No. DMW-{lic}-LB-R) is accepting applicants for Staff Nurses for a government "
           "hospital in Saudi Arabia.\nQualifications: BSN graduate, PRC license, at least 2 years hospital experience, age {age_lo}-{age_hi}.\n"
           "NO PLACEMENT FEE. Salary SAR 6,500 – 8,000.\nWalk-in interview on {date} at our office, 3/F Ermita Center, Manila. Inquiries: {phone}",
           phone="landline", slots={"company": ("Bayanihan Manpower Services", "Pacific Care Staffing", "Luzviminda Overseas Placement"),
                                    "lic": ("114", "087", "231")}),
    Benign("en", "MY", "We're hiring: Front Office & Housekeeping – {company} Hotel KL",
           "We're hiring! {company} Hotel, Kuala Lumpur is looking for Front Office Associates and Housekeeping Attendants. "
           "Malaysians only. Basic RM 2,000 + service charge + uniform & meals on duty. Walk-in interview every Tuesday 10am-3pm, "
           "Jalan Ampang. Email {email} or call {phone}.",
           phone="landline", slots={"company": ("Seri Melati", "Grand Kenanga", "Bukit Indah")}),
    Benign("th", "TH", "รับสมัครพนักงานร้านอาหาร {shop}",
           "รับสมัครพนักงานร้านอาหาร {shop} สาขา{district}\n- พนักงานเสิร์ฟ 3 อัตรา / ผู้ช่วยครัว 2 อัตรา\n"
           "- ค่าแรง 450 บาท/วัน + ทิป + ข้าว 2 มื้อ\n- เวลาทำงาน 10:00-22:00 หยุดสัปดาห์ละ 1 วัน\n"
           "สนใจติดต่อ คุณ{name} {phone} หรือสมัครที่ร้านได้เลย",
           slots={"shop": ("ครัวคุณยาย", "บ้านส้มตำ", "ก๋วยเตี๋ยวเรือป้าแดง"), "district": ("อารีย์", "ลาดพร้าว", "บางนา", "ทองหล่อ")}),
    Benign("th", "TH", "บริษัท {company} รับสมัครพนักงานฝ่ายผลิต",
           "บริษัท {company} จำกัด (นิคมอุตสาหกรรมอมตะซิตี้ ระยอง) รับสมัครพนักงานฝ่ายผลิต ชาย/หญิง อายุ {age_lo}-{age_hi} ปี "
           "วุฒิ ม.3 ขึ้นไป เงินเดือน 12,000-15,000 บาท + OT + รถรับส่ง สมัครด้วยตนเอง จันทร์-ศุกร์ 08.30-15.00 น. หรือโทร {phone}",
           phone="landline", slots={"company": ("สยามพาร์ท", "ไทยเมทัลเวิร์ค", "อีสเทิร์นแพค")}),
    Benign("zh", "MY", "【吉隆坡招聘】{shop}诚聘厨房助手",
           "【吉隆坡招聘】{shop}诚聘厨房助手及楼面员工\n薪水：RM2,200 - RM2,800（视经验而定）\n工作时间：早上10点至晚上10点，每周休息1天\n"
           "包午餐和晚餐，有EPF/SOCSO\n有意者请WhatsApp {phone}（{name}）",
           slots={"shop": ("金莲茶餐厅", "好味道海南鸡饭", "老街肉骨茶")}),
    Benign("zh", "MY", "新山电子厂招聘生产操作员",
           "新山{company}电子厂招聘生产操作员，限马来西亚公民，{age_lo}岁以上，底薪RM1,700+加班费，提供交通。"
           "面试地点：Jalan Kempas Lama，每周一至周五上午9点。联系电话：{phone}",
           phone="landline", slots={"company": ("宏达", "联兴", "新科")}),
    Benign("tl", "PH", "HIRING: Service Crew – {shop} Quezon City",
           "HIRING! Service crew para sa {shop} – Quezon City branch. 🍔\nQualifications: {age_lo}-{age_hi} yrs old, at least HS graduate, "
           "willing to work on shifting sched.\nSahod: ₱610/day + OT, with SSS, PhilHealth, Pag-IBIG\n"
           "Magdala ng resume at 2 pcs 2x2 ID picture. Walk-in Lunes-Biyernes, 9AM-4PM. Para sa tanong, text/call {phone}",
           slots={"shop": ("Kainan ni Aling Nena", "Burger Hub", "Tapsi Express")}),
    Benign("tl", "PH", "Legit BPO hiring sa Cebu IT Park – Customer Service Associate",
           "Legit na BPO hiring sa Cebu IT Park! Customer Service Associate (US account), kahit undergrad basta maayos ang English. "
           "₱20,000-25,000 + night diff + HMO. Walang placement fee, direct hiring. Apply online: {email} o mag-message kay {name} sa {phone}",
           slots={"company": ("Visayas Contact Solutions", "Sugbo Outsourcing", "Mactan CX")}),
    Benign("ms", "MY", "Kerja kosong pembantu kedai runcit – {district}",
           "Kerja kosong: Pembantu Kedai Runcit di {district}\n- Warganegara Malaysia, umur {age_lo}-{age_hi}\n"
           "- Gaji RM1,800 + elaun kehadiran RM100\n- Waktu kerja 8 pagi - 6 petang, cuti 4 hari sebulan\nBerminat sila WhatsApp {phone} ({name})",
           slots={"district": ("Shah Alam", "Bangi", "Klang", "Seremban")}),
    Benign("ms", "MY", "{company} Sdn Bhd mengambil Operator Pengeluaran",
           "{company} Sdn Bhd (Pasir Gudang, Johor) mengambil Operator Pengeluaran lelaki/perempuan. Gaji pokok RM1,700, OT, "
           "bas disediakan, asrama berdekatan. Temuduga terbuka setiap Rabu jam 9.30 pagi. Pertanyaan: {phone} / {email}",
           phone="landline", slots={"company": ("Johor Precision Moulding", "Tebrau Plastics", "Selatan Food Industries")}),
    Benign("km", "KH", "ហាងកាហ្វេ {shop} ត្រូវការបុគ្គលិក",
           "ហាងកាហ្វេ {shop} ត្រូវការបុគ្គលិកលក់ និងបារីស្តា ២ នាក់ នៅភ្នំពេញ (សង្កាត់{district})។ ប្រាក់ខែ 200$-280$ + ប្រាក់បន្ថែម។ "
           "ម៉ោងធ្វើការ 7:00-17:00។ ទំនាក់ទំនង៖ {phone}",
           slots={"shop": ("Brown Bean Café", "កាហ្វេ ស្រមោល", "Coffee Today"), "district": ("ទួលគោក", "ដូនពេញ", "បឹងកេងកង")}),
    Benign("km", "KH", "រោងចក្រ {company} ត្រូវការកម្មករ",
           "រោងចក្រកាត់ដេរ {company} នៅខេត្តកណ្ដាល ត្រូវការកម្មករ ៥០ នាក់ អាយុ {age_lo}-{age_hi} ឆ្នាំ។ ប្រាក់ខែគោល 208$ + ប្រាក់ថែមម៉ោង។ "
           "សូមមកដាក់ពាក្យផ្ទាល់នៅរោងចក្រ ឬទូរស័ព្ទ {phone}",
           slots={"company": ("Golden Thread Garment", "Sun Rise Apparel", "Angkor Textile")}),
    Benign("my", "MM", "{shop} စားသောက်ဆိုင် ဝန်ထမ်းခေါ်ယူမည်",
           "ရန်ကုန်မြို့ {district} ရှိ {shop} စားသောက်ဆိုင်တွင် စားပွဲထိုးနှင့် မီးဖိုချောင်အကူ ခေါ်ယူမည်။ "
           "လစာ 350,000 ကျပ်မှစ၍ ထမင်းကျွေးမည်။ ဆက်သွယ်ရန် {phone}",
           slots={"shop": ("ရွှေလီ", "မြနန္ဒာ", "Golden Rice"), "district": ("ဗဟန်း", "စမ်းချောင်း", "လှိုင်")}),
    Benign("my", "MM", "{shop} အရောင်းဝန်ထမ်း ခေါ်ယူမည်",
           "မန္တလေး {shop} ဆိုင်တွင် အရောင်းဝန်ထမ်း (အမျိုးသမီး) ၂ ဦး ခေါ်ယူမည်။ အသက် {age_lo}-{age_hi}။ "
           "လစာ 300,000 ကျပ် + ကော်မရှင်။ ဆက်သွယ်ရန် {phone}",
           slots={"shop": ("ရွှေမန်း ဖုန်းဆိုင်", "ငွေရောင်", "Royal Mobile")}),
)

#: Person names as (display name, ASCII stem for usernames), by language.
NAMES: dict[str, tuple[tuple[str, str], ...]] = {
    "vi": (("Nguyễn Thu Hà", "thuha"), ("Trần Minh Tuấn", "minhtuan"), ("Lê Thị Mai", "lemai"), ("Phạm Quốc Bảo", "quocbao"),
           ("Hoàng Anh", "hoanganh"), ("Đỗ Ngọc Lan", "ngoclan"), ("Vũ Hải Yến", "haiyen")),
    "id": (("Siti Rahayu", "sitirahayu"), ("Budi Santoso", "budis"), ("Dewi Lestari", "dewil"), ("Agus Setiawan", "agusset"),
           ("Rina Wulandari", "rinaw"), ("Andi Pratama", "andipra")),
    "th": (("สมศรี ใจดี", "somsri"), ("วิภาดา แสงทอง", "wipada"), ("ณัฐพล ศรีสุข", "nattapon"), ("กนกวรรณ มณีรัตน์", "kanokwan")),
    "zh": (("王丽", "wangli"), ("陈明", "chenming"), ("李娜", "lina"), ("林美玲", "meiling"), ("黄志强", "zhiqiang")),
    "tl": (("Maria Santos", "mariasantos"), ("Jose Reyes", "jreyes"), ("Angelica Cruz", "angelicacruz"), ("Mark Villanueva", "markv"),
           ("Kristine Bautista", "tinbautista")),
    "en": (("Sarah Lim", "sarahlim"), ("David Tan", "davidtan"), ("Emily Wong", "emilyw"), ("Jason Lee", "jasonlee"),
           ("Priya Nair", "priyanair")),
    "ms": (("Nurul Aina", "nurulaina"), ("Ahmad Faizal", "ahmadfaizal"), ("Siti Khadijah", "khadijah"), ("Mohd Hafiz", "hafiz"),
           ("Farah Izzati", "farahizzati")),
    "km": (("សុខ ដារ៉ា", "sokdara"), ("ចាន់ សុភា", "chansophea"), ("ហេង វិចិត្រ", "hengvichet"), ("គឹម ស្រីល័ក្ខ", "kimsreyleak")),
    "my": (("မောင်မောင်", "maungmaung"), ("အေးအေးခိုင်", "ayeayekhaing"), ("ဇော်မင်း", "zawmin"), ("သီတာဝင်း", "thidawin")),
}

#: English aliases recruiters of these operations hide behind, and the role they add to them.
ALIASES: tuple[str, ...] = ("Linda", "Anna", "Kevin", "Jessica", "Lily", "Tony", "Vivian", "Mia", "Jack", "Amy",
                            "Coco", "Sunny", "Alice", "Kelly", "Bella", "Eric", "Nana", "Leo")
ROLES: dict[str, tuple[str, ...]] = {
    "vi": ("Tuyển Dụng", "CSKH", "HR"), "id": ("HRD", "Loker", "Admin"), "th": ("HR", "แอดมิน"), "zh": ("人事", "HR", "招聘"),
    "en": ("HR", "Recruitment", "Hiring Manager"), "tl": ("HR", "Recruiter"), "ms": ("HR", "Admin"), "km": ("HR", "ជ្រើសរើស"),
    "my": ("HR", "Admin"),
}
HANDLE_TAGS: tuple[str, ...] = ("hr", "tuyendung", "cskh", "recruit", "job", "hrd", "work", "support", "zhaopin", "loker")

COMPANY_HEADS: tuple[str, ...] = ("Golden", "Royal", "Sky", "Jade", "Lucky", "Grand", "Silver", "Phoenix", "Blue", "Oriental",
                                  "New", "Star")
COMPANY_TAILS: tuple[str, ...] = ("Lotus Group", "Ocean Technology", "Dragon Co., Ltd", "River Holdings", "Bay Entertainment",
                                  "Harbor Digital", "Moon Network", "Fortune Service")

THROWAWAY_PARTS: tuple[str, ...] = ("Hiring_Asia", "easyjob", "RemoteCS_Jobs", "throwaway_hr", "jobs_abroad", "HighPay_Work",
                                    "tuyendung_online", "loker_luarnegeri", "OFW_hiring", "kerja_luar")
REDDIT_WORDS: tuple[str, ...] = ("ph", "vn", "jobs", "work", "88", "92", "x", "real", "official")

BENIGN_LANGUAGE_WEIGHTS = {"vi": 20, "id": 20, "en": 14, "tl": 10, "th": 10, "ms": 8, "zh": 7, "km": 6, "my": 5}
EMAIL_TLD = {"VN": "vn", "ID": "co.id", "PH": "com.ph", "MY": "com.my", "TH": "co.th", "KH": "com.kh", "MM": "com.mm"}

#: National significant numbers by country: (leading digits, total lengths). Random digits fill the rest and
# phonenumbers decides validity, so the corpus follows the library's numbering plans exactly.
MOBILE_PLANS = {
    "KH": (("10", "11", "12", "15", "16", "17", "69", "70", "77", "78", "85", "86", "87", "89", "92", "93", "95",
            "96", "97", "98", "99"), (8, 9)),
    "TH": (("61", "62", "63", "64", "65", "80", "81", "82", "83", "84", "85", "86", "87", "88", "89", "90", "91",
            "92", "93", "94", "95", "96", "97", "98", "99"), (9,)),
    "VN": (("32", "33", "34", "35", "36", "37", "38", "39", "70", "76", "77", "78", "79", "81", "82", "83", "84",
            "85", "86", "88", "89", "90", "91", "93", "94", "96", "97", "98"), (9,)),
    "ID": (("811", "812", "813", "814", "815", "821", "822", "823", "852", "853", "855", "856", "857", "858",
            "877", "878", "881", "882", "895", "896", "897", "898", "899"), (10, 11)),
    "PH": (("905", "906", "915", "916", "917", "926", "927", "935", "945", "955", "956", "965", "966", "975",
            "977", "995", "997", "908", "918", "919", "920", "921", "928", "929", "939", "947", "949", "998"), (10,)),
    "MM": (("92", "94", "95", "96", "97", "98", "99"), (9, 10)),
    "MY": (("10", "11", "12", "13", "14", "16", "17", "18", "19"), (9, 10)),
    "AE": (("50", "52", "54", "55", "56", "58"), (9,)),
}
LANDLINE_PLANS = {
    "ID": (("21",), (10,)), "VN": (("24", "28"), (10,)), "PH": (("2",), (9,)), "TH": (("2", "38"), (8,)),
    "MY": (("3", "7"), (8, 9)), "KH": (("23",), (8,)), "MM": (("1",), (7, 8)), "AE": (("4",), (8,)),
}

# Operation channels: (username pattern, title pattern, description) by the operation's main language.
CHANNEL_STYLES: dict[str, tuple[str, str, str]] = {
    "vi": ("tuyendung_{city}", "Tuyển Dụng {City} – Lương Cao 💰", "Việc nhẹ lương cao, bao visa vé máy bay. Inbox admin để được tư vấn."),
    "id": ("loker_{dest}", "Loker {Dest} Gaji Dollar 💵", "Info loker luar negeri gaji besar. Chat admin untuk daftar."),
    "th": ("ngan_{dest}", "งาน{Dest} รายได้ดี 💰", "งานต่างประเทศ รายได้ดี ฟรีวีซ่า ติดต่อแอดมิน"),
    "zh": ("{city}_zhaopin", "{City}高薪直招", "海外高薪直招，包吃住包机票，详情私聊"),
    "en": ("{city}_jobs", "{City} Jobs – Hiring Now", "Overseas jobs with high salary. Free visa and ticket. DM admin."),
    "tl": ("trabaho_{dest}", "Trabaho sa {Dest} – Hiring", "Trabaho abroad, malaking sahod. PM lang po sa admin."),
    "ms": ("kerja_{dest}", "Kerja Kosong {Dest} 💼", "Kerja luar negara gaji lumayan. PM admin."),
    "km": ("kh_jobs", "ការងារប្រាក់ខែខ្ពស់ {Dest}", "ការងារប្រាក់ខែខ្ពស់ នៅបរទេស"),
    "my": ("mm_jobs", "{Dest} အလုပ်အကိုင်", "နိုင်ငံခြား အလုပ်အကိုင်များ"),
}
DESTINATION_CYCLE = ("KH", "MM", "LA", "PH", "AE", "TH", "KH", "MM")
INLINE_JOIN = {"zh": "，", "th": " ", "km": " ", "my": "၊ "}
