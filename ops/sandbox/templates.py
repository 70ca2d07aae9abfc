"""Hand-written wording for the sandbox corpus: lures, ordinary job ads and warnings.

Everything here is data. The generator fills the ``{placeholders}``; the wording imitates the
recruitment posts, job ads and anti-trafficking warnings seen in Southeast Asian channels and
groups, in nine languages. Company, shop and person names are invented.

Lures are composed, not copied: each operation picks its own variant of every part of a
``LureKit`` (headline, pitch, salary line, requirements, hours, call, closing, signature) and its
own perks, tags and layout once per language, and keeps that advertisement, with small edits,
for all its posts (see ops/sandbox/generator.py). The perks, salary phrasings and headers are
the generic phrasing every operation shares. Reposting channels add ``REPOST_FOOTERS``; people
sharing an ad put one of ``SHARE_PREFIXES`` above it; ``NEW_NUMBER`` announces a rotation.
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

@dataclass(frozen=True)
class LureKit:
    """The phrasing an operation composes its own advertisement from, in one language.

    Each operation picks one variant of every part (and its own perks, tags and layout) once,
    and keeps that text, with small edits, for all its posts: that is its template. Parts may
    use ``{job}``, ``{job_up}``, ``{city}``, ``{city_up}``, ``{dest}``, ``{dest_up}``, ``{n}``,
    ``{company}``, ``{salary}``, ``{age_lo}``, ``{age_hi}``, ``{hours}`` and ``{persona}``.
    """

    openings: tuple[str, ...]
    pitches: tuple[str, ...]       # what the company and the work are like
    salaries: tuple[str, ...]
    requirements: tuple[str, ...]
    conditions: tuple[str, ...]    # hours and days off
    calls: tuple[str, ...]         # the line before the contact details
    silent_calls: tuple[str, ...]  # the call of a post that gives no number or handle ("PM me")
    closings: tuple[str, ...]
    tags: tuple[str, ...]          # hashtag words
    signatures: tuple[str, ...] = ("— {company}",)  # how it signs, with its company's name
    sentence_end: str = ". "       # joins the sentences of a one-paragraph advertisement


#: Parts an operation's template is told apart by (perks and salary phrasing are shared widely).
KIT_PARTS: tuple[str, ...] = ("openings", "pitches", "requirements", "conditions", "calls", "closings")

KITS: dict[str, LureKit] = {
    "en": LureKit(
        openings=("URGENT HIRING – {job_up} ({city}, {dest})", "We are hiring {n} {job} staff in {city}, {dest}",
                  "Looking for a job abroad? {job} wanted in {dest}", "{dest_up} JOB OPENING: {job}",
                  "Good day! {company} is looking for {job} for our office in {city}",
                  "Work in {dest} – {job} position now open", "NOW HIRING: {job} (work in {city})",
                  "Overseas job opportunity in {city} for {job}"),
        pitches=("{company} is a big international company with a modern office in {city}",
                 "Our company works with clients in Europe and the USA, friendly team and Chinese boss",
                 "Stable job in a big company, office with aircon, we provide full training",
                 "{company} is expanding fast and needs new team members this month",
                 "Simple work on computer and phone, you just chat with customers online",
                 "Join {company}: professional working environment, young and dynamic team",
                 "Many workers from your country already work with us and are very happy"),
        salaries=("Salary: {salary}", "Basic salary {salary} + commission", "Monthly income {salary}, paid on time",
                  "Salary {salary} (negotiable)"),
        requirements=("Age {age_lo}-{age_hi}, basic English and computer skills",
                      "Requirements: {age_lo} to {age_hi} years old, can type fast",
                      "Male/female {age_lo}-{age_hi} years old, passport ready is a plus",
                      "Just need basic typing, age {age_lo} to {age_hi}",
                      "Open to all nationalities, age {age_lo}+, must start immediately",
                      "No degree needed, {age_lo}-{age_hi} years old, good health"),
        conditions=("{hours} hours/day, one day off per week", "Working time {hours} hours, 2 days off per month",
                    "Shift {hours}h, day and night shifts available", "Working {hours} hours a day, 4 days off every month",
                    "{hours} working hours, holidays every month"),
        calls=("Contact:", "Apply now 👉", "Serious applicants only, message", "Limited slots! Contact us today:",
               "For more info please contact HR {persona}:", "Interested? Send your name and age to"),
        silent_calls=("Interested? Send me a PM for details.", "DM for more info, limited slots!",
                      "Comment 'interested' and our HR will message you.", "Message the page admin to apply."),
        closings=("Fly within one week, we arrange everything!", "Don't miss this chance to change your life!",
                  "Come and grow with us 🚀", "First come, first served.", "Your future starts here.",
                  "We take care of you from the airport to the office."),
        tags=("hiring", "jobsabroad", "highsalary", "urgenthiring", "workabroad", "jobopening", "overseasjobs",
              "customerservice", "typingjob", "onlinejob"),
        signatures=("— {company} HR Department", "{company} | Recruitment Team", "Best regards, {company}"),
    ),
    "vi": LureKit(
        openings=("TUYỂN GẤP {job_up} TẠI {city_up} ({dest_up})", "Cần tuyển {n} bạn {job} làm việc tại {city}, {dest}",
                  "VIỆC NHẸ LƯƠNG CAO – tuyển {job} đi {dest}", "THÔNG BÁO TUYỂN DỤNG: {job} tại {dest}",
                  "Công ty {company} tuyển {job}, làm việc tại {city}", "Tuyển {job} đi làm {dest}, bay ngay trong tuần",
                  "HOT HOT: {n} suất {job} tại {city}", "Bạn muốn đi làm nước ngoài? {dest} đang cần {job}"),
        pitches=("Công ty {company} là tập đoàn lớn tại {city}, môi trường trẻ trung năng động",
                 "Làm việc trong văn phòng máy lạnh, sếp người Trung Quốc rất dễ tính",
                 "Công việc đơn giản, chỉ cần nhắn tin với khách hàng trên máy tính",
                 "{company} đang mở rộng thị trường nên cần gấp nhân sự trong tháng này",
                 "Môi trường chuyên nghiệp, có nhiều bạn người Việt làm cùng",
                 "Công ty lớn, đã đưa hơn {n} bạn sang làm việc ổn định",
                 "Chỗ ở ngay trong khu công ty, đi lại an toàn, không lo chi phí"),
        salaries=("Lương: {salary}", "Lương cứng {salary} + thưởng doanh số", "Thu nhập {salary}, trả lương đúng hạn hàng tháng",
                  "Mức lương {salary} (thoả thuận thêm khi phỏng vấn)"),
        requirements=("Nam nữ từ {age_lo} đến {age_hi} tuổi, biết dùng máy tính cơ bản",
                      "Yêu cầu: tuổi {age_lo}-{age_hi}, đánh máy nhanh, không cần bằng cấp",
                      "Tuổi {age_lo}-{age_hi}, có hộ chiếu là lợi thế", "Chỉ cần biết đọc biết viết, tuổi từ {age_lo} trở lên",
                      "Không yêu cầu kinh nghiệm, tuổi {age_lo}-{age_hi}, sức khoẻ tốt",
                      "Ưu tiên các bạn nữ {age_lo}-{age_hi} tuổi, nhanh nhẹn"),
        conditions=("Làm {hours} tiếng/ngày, nghỉ 4 ngày/tháng", "Thời gian làm việc {hours}h, có ca ngày ca đêm",
                    "Làm {hours} tiếng, nghỉ 1 ngày mỗi tuần", "Ca làm {hours} tiếng, được nghỉ phép hàng tháng",
                    "Giờ giấc {hours} tiếng một ngày, cuối tháng được nghỉ"),
        calls=("Liên hệ ngay:", "Đăng ký, tư vấn miễn phí:", "Bạn nào quan tâm ib mình để được tư vấn nhé:",
               "Số lượng có hạn, liên hệ gấp:", "Gặp chị {persona} để được hỗ trợ:", "Gửi tên, tuổi, quê quán qua:"),
        silent_calls=("Bạn nào quan tâm để lại bình luận, mình ib tư vấn nhé.", "Inbox page để biết thêm chi tiết.",
                      "Ai cần việc thì nhắn tin riêng cho mình nhé.", "Còn ít suất, bình luận 'quan tâm' để được liên hệ."),
        closings=("Bay ngay trong tuần, công ty lo hết thủ tục!", "Cơ hội đổi đời, đừng bỏ lỡ!",
                  "Uy tín – Nhanh chóng – Không mất phí", "Đi làm ngay, không cần cọc",
                  "Ai đi được inbox sớm, hết suất là thôi nhé", "Việc thật lương thật, cam kết 100%"),
        tags=("tuyendung", "vieclam", "vieclamluongcao", "tuyengap", "vieclamnuocngoai", "lamviecngay", "thunhapcao",
              "cskh", "kiemtienonline", "vieclamtot"),
        signatures=("— Phòng nhân sự {company}", "{company} – Tuyển dụng", "Trân trọng, {company}"),
    ),
    "id": LureKit(
        openings=("LOWONGAN KERJA {dest_up} – {job_up}", "Dibutuhkan segera {n} orang {job} di {city}, {dest}",
                  "Info loker luar negeri: {job} di {dest}", "PT {company} buka lowongan {job} untuk kantor di {city}",
                  "KERJA DI {dest_up} GAJI BESAR! Posisi {job}", "Mau kerja di luar negeri? {dest} butuh {job}",
                  "Halo kak, ada loker {job} di {city} nih"),
        pitches=("{company} adalah perusahaan besar di {city}, lingkungan kerja nyaman dan modern",
                 "Kerja kantoran ber-AC, bos orang China baik dan sabar",
                 "Kerjanya gampang, cuma chat dengan customer lewat komputer",
                 "{company} lagi ekspansi jadi butuh banyak karyawan bulan ini",
                 "Banyak teman dari Indonesia yang sudah kerja di sini",
                 "Perusahaan besar, sudah memberangkatkan {n} orang lebih"),
        salaries=("Gaji: {salary}", "Gaji pokok {salary} + bonus", "Penghasilan {salary}, gaji dibayar tepat waktu",
                  "Gaji {salary} (bisa nego)"),
        requirements=("Syarat: usia {age_lo}-{age_hi} tahun, bisa mengetik",
                      "Pria/wanita {age_lo}-{age_hi} tahun, punya paspor lebih baik",
                      "Usia {age_lo} sampai {age_hi} tahun, minimal lulusan SMP",
                      "Tanpa ijazah, yang penting mau kerja, usia {age_lo}+",
                      "Diutamakan wanita usia {age_lo}-{age_hi}, bisa komputer dasar"),
        conditions=("Kerja {hours} jam/hari, libur 4 hari sebulan", "Jam kerja {hours} jam, ada shift siang dan malam",
                    "{hours} jam sehari, libur 1 hari per minggu", "Kerja {hours} jam, libur tiap akhir bulan"),
        calls=("Hubungi:", "Minat? Langsung chat:", "Slot terbatas, daftar sekarang:", "Info lengkap hubungi kak {persona}:",
               "Kirim nama, umur, dan asal ke:"),
        silent_calls=("Yang minat komen 'minat' ya, nanti admin japri.", "Info lebih lanjut DM aja kak.",
                      "Inbox admin untuk daftar, slot terbatas!"),
        closings=("Berangkat minggu ini, semua diurus perusahaan!", "Kesempatan emas, jangan sampai ketinggalan!",
                  "Proses cepat, tanpa potongan gaji", "Siapa cepat dia dapat", "Ayo ubah nasibmu bersama kami"),
        tags=("lokerluarnegeri", "lowongankerja", "loker", "kerjaluarnegeri", "gajibesar", "infoloker", "lokerterbaru",
              "kerjaonline"),
        signatures=("— HRD {company}", "{company} | Tim Rekrutmen", "Salam, {company}"),
    ),
    "th": LureKit(
        openings=("ด่วน! รับสมัคร{job} ทำงานที่{city} {dest}", "เปิดรับ{job} {n} อัตรา ทำงานที่{dest}",
                  "งานต่างประเทศ รายได้ดี ตำแหน่ง{job}", "บริษัท {company} รับสมัคร{job} ประจำ{city}",
                  "หางานอยู่ไหม? {dest}ต้องการ{job}ด่วน", "ประกาศรับสมัครงาน {job} ที่{city}", "รับด่วน {job} {n} ตำแหน่ง ประจำ{city}", "งานดี เงินดี ที่{dest} รับ{job}", "{company} เปิดรับสมัคร{job} ทำงานต่างประเทศ"),
        pitches=("บริษัท {company} เป็นบริษัทใหญ่ที่{city} สภาพแวดล้อมดี", "งานสบาย นั่งออฟฟิศแอร์เย็น หัวหน้าคนจีนใจดี",
                 "งานง่าย แค่แชทกับลูกค้าผ่านคอมพิวเตอร์", "{company} กำลังขยายกิจการ ต้องการคนจำนวนมาก",
                 "มีคนไทยทำงานอยู่หลายคน ไม่ต้องกลัวเหงา", "ทำงานในตึกใหม่ มีอุปกรณ์ครบ มีคนสอนงานทุกขั้นตอน", "หัวหน้างานพูดไทยได้ ทำงานเป็นทีม ไม่กดดัน", "บริษัทใหญ่ มั่นคง จ่ายเงินไม่เคยช้า"),
        salaries=("เงินเดือน {salary}", "รายได้ {salary} + คอมมิชชั่น", "เงินเดือน {salary} จ่ายตรงเวลาทุกเดือน",
                  "รายได้เริ่มต้น {salary}"),
        requirements=("อายุ {age_lo}-{age_hi} ปี ไม่จำกัดวุฒิ", "ชาย/หญิง อายุ {age_lo}-{age_hi} ปี พิมพ์คอมได้",
                      "อายุ {age_lo} ปีขึ้นไป มีพาสปอร์ตจะพิจารณาเป็นพิเศษ", "ไม่ต้องมีประสบการณ์ อายุ {age_lo}-{age_hi} ปี", "รับทั้งชายและหญิง อายุ {age_lo}-{age_hi} ปี ใช้มือถือเป็น", "อายุไม่เกิน {age_hi} ปี ขยัน อดทน พร้อมเดินทาง"),
        conditions=("ทำงานวันละ {hours} ชั่วโมง หยุดเดือนละ 4 วัน", "ทำงาน {hours} ชม. มีกะกลางวันกลางคืน",
                    "เวลางาน {hours} ชั่วโมง หยุดสัปดาห์ละ 1 วัน", "ทำงาน {hours} ชั่วโมงต่อวัน มีวันหยุดทุกเดือน", "เข้างานวันละ {hours} ชั่วโมง หยุดได้เดือนละ 2 วัน"),
        calls=("สนใจติดต่อ", "ทักมาเลย", "สมัครด่วน ที่นั่งจำกัด", "สอบถามพี่{persona}ได้เลย", "ส่งชื่อ อายุ มาที่", "สนใจทักไลน์หรือโทรมาได้เลย", "รีบสมัครก่อนเต็ม ติดต่อ"),
        silent_calls=("สนใจทักแชทมาได้เลย", "คอมเมนต์ 'สนใจ' เดี๋ยวแอดมินติดต่อกลับ", "สอบถามรายละเอียดทางข้อความ"),
        closings=("บินได้ภายในสัปดาห์นี้ บริษัทดูแลทุกอย่าง", "โอกาสดีๆ แบบนี้ไม่ได้มีบ่อย", "ไม่มีค่าใช้จ่ายล่วงหน้า",
                  "มาก่อนได้ก่อน", "ไม่ต้องเสียเงินสักบาท", "เปลี่ยนชีวิตได้ตั้งแต่วันนี้"),
        tags=("หางาน", "งานต่างประเทศ", "รับสมัครงาน", "งานด่วน", "รายได้ดี", "งานออนไลน์"),
        signatures=("— ฝ่ายบุคคล {company}", "{company} รับสมัครงาน"),
        sentence_end=" ",
    ),
    "zh": LureKit(
        openings=("【{city}高薪招聘】{job}", "{dest}正规公司直招{job}{n}名", "高薪急招：{job}（{city}）", "{company}诚聘{job}",
                  "海外高薪工作，{dest}{job}", "招聘{job}，工作地点{city}", "急聘{job}{n}人，{dest}{city}", "【直招】{company}招{job}", "{dest}{city}高薪岗位：{job}"),
        pitches=("{company}是{city}大型集团公司，环境好，待遇优", "办公室上班有空调，老板人好", "工作简单，只需用电脑和客户聊天",
                 "{company}业务扩张，本月大量招人", "公司正规合法，已有{n}多人在这里稳定工作", "新办公楼，设备齐全，有专人带教", "团队年轻，氛围好，不压业绩", "大公司实力雄厚，工资从不拖欠"),
        salaries=("底薪{salary}", "月薪{salary}，另有提成", "待遇：{salary}，工资准时发放", "薪资{salary}起，上不封顶"),
        requirements=("要求：年龄{age_lo}-{age_hi}岁，会打字即可", "男女不限，{age_lo}-{age_hi}岁，有护照优先",
                      "{age_lo}岁以上，无需学历，无需经验", "年龄{age_lo}到{age_hi}岁，能吃苦耐劳", "年龄{age_hi}岁以下，会用手机电脑", "男女均可，{age_lo}-{age_hi}岁，能立即出发"),
        conditions=("每天工作{hours}小时，月休4天", "上班{hours}小时，两班倒", "工作时间{hours}小时，每周休息一天", "每天{hours}小时，每月休2天", "工作{hours}小时，包吃住，月休四天"),
        calls=("有意者请私聊", "联系：", "名额有限，速来", "详情咨询{persona}：", "报名请发姓名年龄到", "感兴趣的朋友联系", "报名从速，联系方式"),
        silent_calls=("有意者私聊，详情私信。", "感兴趣的评论区留言，客服主动联系。", "名额有限，私信了解。"),
        closings=("一周内安排出发，公司包办一切手续！", "机会难得，错过不再有", "先到先得", "改变命运就在今天", "不收任何费用", "来了就能上班"),
        tags=("招聘", "高薪", "海外工作", "急招", "客服", "直招"),
        signatures=("——{company}人事部", "{company}招聘组"),
        sentence_end="。",
    ),
    "tl": LureKit(
        openings=("HIRING ASAP! {job_up} sa {city}, {dest}", "Naghahanap kami ng {n} {job} para sa {dest}",
                  "Trabaho abroad! {job} sa {city}", "URGENT HIRING: {job} – {dest}",
                  "Hello po! Ang {company} ay naghahanap ng {job}", "Kailangan agad: {job} sa {city}", "{company} hiring {job}, {n} slots"),
        pitches=("Malaking kumpanya ang {company} sa {city}, maganda ang working environment",
                 "Office work na may aircon, mabait ang boss", "Madali lang ang trabaho, chat lang sa customers gamit ang computer",
                 "Maraming Pinoy na nagtatrabaho dito", "Bagong opisina, kumpleto sa gamit, may trainer", "Malaking kumpanya, laging on-time ang sahod"),
        salaries=("Sahod: {salary}", "Basic salary {salary} + commission", "Sahod {salary}, on-time ang sweldo"),
        requirements=("Edad {age_lo}-{age_hi}, marunong mag-type at mag-English kahit basic",
                      "Lalaki o babae, {age_lo}-{age_hi} taong gulang, may passport mas maganda",
                      "Kahit walang experience, basta {age_lo} pataas", "Hanggang {age_hi} years old, marunong gumamit ng cellphone", "Lalaki o babae, handang umalis agad"),
        conditions=("{hours} oras kada araw, 4 na day off kada buwan", "Trabaho {hours} oras, may day shift at night shift",
                    "{hours} hours per day, 1 day off kada linggo", "{hours} oras kada araw, 2 day off kada buwan"),
        calls=("PM lang po:", "Interesado? Message po kayo sa", "Limited slots, apply na:", "Para sa detalye, kontakin si {persona}:", "Mag-message na para sa slot:"),
        silent_calls=("Interesado? PM lang po para sa detalye.", "Comment 'interested' at i-PM ka namin.",
                      "Message lang sa page para mag-apply."),
        closings=("Makakaalis agad within 1 week!", "Huwag palampasin ang pagkakataon!", "First come, first served po", "Walang babayaran", "Baguhin ang buhay mo ngayon"),
        tags=("hiring", "trabahoabroad", "ofw", "urgenthiring", "jobopening"),
        signatures=("— {company} HR", "{company} Recruitment"),
    ),
    "ms": LureKit(
        openings=("JAWATAN KOSONG {dest_up} – {job_up}", "Syarikat {company} di {city} mencari {n} orang {job}",
                  "Kerja luar negara gaji lumayan! {job} di {dest}", "Dicari segera: {job} untuk {city}",
                  "Nak kerja di {dest}? Kami perlukan {job}", "Diperlukan segera {job} di {city}", "{company} ambil {job}, {n} kekosongan"),
        pitches=("{company} ialah syarikat besar di {city}, persekitaran kerja selesa", "Kerja pejabat berhawa dingin, bos baik",
                 "Kerja mudah, hanya chat dengan pelanggan guna komputer", "Ramai rakyat Malaysia sudah bekerja di sini", "Pejabat baru, peralatan lengkap, ada jurulatih", "Syarikat besar, gaji sentiasa tepat masa"),
        salaries=("Gaji: {salary}", "Gaji pokok {salary} + komisen", "Pendapatan {salary}, gaji dibayar tepat pada masanya"),
        requirements=("Umur {age_lo}-{age_hi} tahun, tiada pengalaman pun boleh",
                      "Lelaki/perempuan {age_lo}-{age_hi} tahun, ada pasport lebih baik", "Boleh menaip, umur {age_lo} tahun ke atas", "Umur bawah {age_hi} tahun, tahu guna telefon", "Lelaki atau perempuan, boleh berangkat segera"),
        conditions=("Kerja {hours} jam sehari, cuti 4 hari sebulan", "Waktu kerja {hours} jam, ada syif siang dan malam",
                    "{hours} jam sehari, cuti 1 hari seminggu", "{hours} jam sehari, cuti 2 hari sebulan"),
        calls=("Hubungi:", "Berminat? Terus hubungi", "Tempat terhad, mohon sekarang:", "Untuk maklumat lanjut hubungi {persona}:", "Mesej sekarang untuk tempah tempat:"),
        silent_calls=("Berminat? PM untuk maklumat lanjut.", "Komen 'berminat', admin akan PM.", "Mesej admin untuk mohon."),
        closings=("Boleh terbang minggu ini, semua diuruskan syarikat!", "Peluang keemasan, jangan lepaskan!",
                  "Siapa cepat dia dapat", "Tiada bayaran dikenakan", "Ubah hidup anda hari ini"),
        tags=("kerjakosong", "jawatankosong", "kerjaluarnegara", "gajilumayan", "kerjaonline"),
        signatures=("— Jabatan HR {company}", "{company} | Pengambilan"),
    ),
    "km": LureKit(
        openings=("ត្រូវការជ្រើសរើស{job}ជាបន្ទាន់ នៅ{city}", "ក្រុមហ៊ុន {company} ត្រូវការ{job} {n} នាក់",
                  "ការងារប្រាក់ខែខ្ពស់ នៅ{dest} {job}", "ដំណឹងជ្រើសរើសបុគ្គលិក {job}", "{city} ត្រូវការ{job}ជាច្រើននាក់", "ការងារល្អ ប្រាក់ខែល្អ {job}", "{company} ជ្រើសរើស{job}"),
        pitches=("ក្រុមហ៊ុន {company} ជាក្រុមហ៊ុនធំនៅ{city}", "ធ្វើការក្នុងការិយាល័យ មានម៉ាស៊ីនត្រជាក់",
                 "ការងារស្រួល គ្រាន់តែឆាតជាមួយអតិថិជន", "មានបុគ្គលិកខ្មែរច្រើននាក់ធ្វើការនៅទីនេះ", "ការិយាល័យថ្មី មានឧបករណ៍គ្រប់គ្រាន់", "ក្រុមហ៊ុនធំ បើកប្រាក់ខែទៀងទាត់"),
        salaries=("ប្រាក់ខែ {salary}", "ប្រាក់ខែគោល {salary} + កម្រៃជើងសារ", "ប្រាក់ចំណូល {salary} បើកទាន់ពេល"),
        requirements=("អាយុ {age_lo}-{age_hi} ឆ្នាំ", "ប្រុស/ស្រី អាយុ {age_lo}-{age_hi} ឆ្នាំ ចេះវាយអក្សរ",
                      "មិនត្រូវការបទពិសោធន៍ អាយុ {age_lo} ឆ្នាំឡើង", "អាយុក្រោម {age_hi} ឆ្នាំ ចេះប្រើទូរស័ព្ទ", "ប្រុសស្រីមិនរើស អាចចេញដំណើរភ្លាម"),
        conditions=("ធ្វើការ {hours} ម៉ោងក្នុងមួយថ្ងៃ", "ម៉ោងធ្វើការ {hours} ម៉ោង សម្រាក ៤ ថ្ងៃក្នុងមួយខែ", "ធ្វើការ {hours} ម៉ោង សម្រាក ២ ថ្ងៃក្នុងមួយខែ", "{hours} ម៉ោងក្នុងមួយថ្ងៃ មានអាហារ"),
        calls=("ទំនាក់ទំនង៖", "ចាប់អារម្មណ៍ សូមទាក់ទង", "ចំនួនមានកំណត់ សូមទាក់ទងឥឡូវនេះ", "សូមទាក់ទងមកឥឡូវនេះ", "ព័ត៌មានបន្ថែម សូមទាក់ទង"),
        silent_calls=("ចាប់អារម្មណ៍ សូមផ្ញើសារមកកាន់ទំព័រ", "សូមឆាតឯកជនដើម្បីដឹងព័ត៌មានបន្ថែម"),
        closings=("ចេញដំណើរក្នុងសប្តាហ៍នេះ", "ឱកាសល្អ កុំរំលង", "មិនគិតថ្លៃ", "ឱកាសផ្លាស់ប្តូរជីវិត", "ដាក់ពាក្យភ្លាម"),
        tags=("ការងារ", "ជ្រើសរើសបុគ្គលិក", "ប្រាក់ខែខ្ពស់"),
        signatures=("— ផ្នែកធនធានមនុស្ស {company}", "{company}"),
        sentence_end="។ ",
    ),
    "my": LureKit(
        openings=("{job} အမြန်ခေါ်ယူနေပါသည်", "{company} ကုမ္ပဏီမှ {job} {n} ဦး ခေါ်ယူမည်", "{dest} တွင် လစာကောင်းသော {job} အလုပ်",
                  "အလုပ်ခေါ်စာ - {job} ({city})", "{city} တွင် {job} အမြန်လိုအပ်သည်", "လစာကောင်း {job} {n} ဦး လိုအပ်နေသည်", "{company} တွင် {job} ရာထူး လစ်လပ်နေသည်"),
        pitches=("{company} သည် {city} ရှိ ကုမ္ပဏီကြီးဖြစ်ပါသည်", "အဲကွန်းပါသော ရုံးခန်းတွင် လုပ်ကိုင်ရမည်",
                 "အလုပ်လွယ်ကူသည်၊ ကွန်ပျူတာဖြင့် ဖောက်သည်များနှင့် စကားပြောရုံသာ", "မြန်မာဝန်ထမ်းများစွာ လုပ်ကိုင်နေပါသည်", "ရုံးခန်းအသစ်၊ ပစ္စည်းအစုံအလင်ရှိသည်", "ကုမ္ပဏီကြီး ဖြစ်၍ လစာ အမြဲအချိန်မှန်ပေးသည်"),
        salaries=("လစာ - {salary}", "အခြေခံလစာ {salary} + ကော်မရှင်", "လစာ {salary} အချိန်မှန်ပေးသည်"),
        requirements=("အသက် {age_lo}-{age_hi} နှစ်", "ကျား/မ အသက် {age_lo}-{age_hi} နှစ်၊ စာရိုက်တတ်ရမည်",
                      "အတွေ့အကြုံမလိုပါ၊ အသက် {age_lo} နှစ်အထက်", "အသက် {age_hi} နှစ်အောက်၊ ဖုန်းသုံးတတ်ရမည်", "ကျား/မ မရွေး၊ ချက်ချင်း ထွက်ခွာနိုင်ရမည်"),
        conditions=("တစ်နေ့ {hours} နာရီ အလုပ်လုပ်ရမည်", "အလုပ်ချိန် {hours} နာရီ၊ လစဉ် ၄ ရက် နားရက်ရှိ", "တစ်နေ့ {hours} နာရီ၊ လစဉ် နားရက် ၂ ရက်", "{hours} နာရီ အလုပ်ချိန်၊ အစားအသောက် ကျွေးသည်"),
        calls=("ဆက်သွယ်ရန်", "စိတ်ဝင်စားပါက ဆက်သွယ်ပါ", "နေရာအကန့်အသတ်ရှိ၍ အမြန်ဆက်သွယ်ပါ", "အသေးစိတ်သိလိုပါက ဆက်သွယ်ပါ", "အမြန်လျှောက်ထားပါ"),
        silent_calls=("စိတ်ဝင်စားပါက မက်ဆေ့ချ် ပို့ပါ", "အသေးစိတ်ကို inbox မှ မေးမြန်းပါ"),
        closings=("ဤအပတ်အတွင်း ထွက်ခွာနိုင်သည်", "အခွင့်အရေးကောင်း လက်မလွှတ်ပါနှင့်", "ကြိုတင်ငွေ မကုန်ပါ", "ဘဝပြောင်းလဲရန် အခွင့်အရေး", "ယခုပဲ လျှောက်ထားပါ"),
        tags=("အလုပ်ခေါ်စာ", "အလုပ်အကိုင်", "လစာကောင်း"),
        signatures=("— {company} HR ဌာန", "{company} ကုမ္ပဏီ"),
        sentence_end="။ ",
    ),
}

#: A line an operation puts on top when it changes numbers; ``{old}`` is the number given up.
NEW_NUMBER: dict[str, tuple[str, ...]] = {
    "en": ("NEW NUMBER! Our old number {old} is no longer used.", "Please note: {old} is off, contact our new number below."),
    "vi": ("THÔNG BÁO: số cũ {old} không dùng nữa, liên hệ số mới bên dưới", "Đổi số: {old} đã khoá, các bạn liên hệ số mới nhé"),
    "id": ("INFO: nomor lama {old} sudah tidak aktif, hubungi nomor baru di bawah",),
    "th": ("แจ้งเปลี่ยนเบอร์ เบอร์เก่า {old} ไม่ใช้แล้ว",), "zh": ("通知：旧号码{old}已停用，请联系新号码",),
    "tl": ("BAGONG NUMBER po! Hindi na gamit ang lumang number {old}, i-message ang bago sa ibaba",),
    "ms": ("MAKLUMAN: nombor lama {old} tidak digunakan lagi",), "km": ("ជូនដំណឹង៖ លេខចាស់ {old} លែងប្រើហើយ",),
    "my": ("အသိပေးချက် - နံပါတ်ဟောင်း {old} ကို မသုံးတော့ပါ",),
}

#: Edits an operation makes to its own wording between posts: (old, new) pairs tried in order.
EDITS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("big", "large"), ("Salary", "Pay"), ("office", "workplace"), ("company", "firm"), ("now", "today")),
    "vi": (("Công ty", "Cty"), ("không", "ko"), ("được", "đc"), ("làm việc", "làm"), ("nhanh", "lẹ")),
    "id": (("tidak", "gak"), ("perusahaan", "PT"), ("sudah", "udah"), ("kerja", "bekerja"), ("bisa", "dapat")),
    "th": (("บริษัท", "บ."), ("ทำงาน", "ทำ"), ("ได้", "ได้เลย")), "zh": (("公司", "本公司"), ("工作", "上班"), ("工资", "薪水")),
    "tl": (("trabaho", "work"), ("po", "po!"), ("kumpanya", "company")), "ms": (("syarikat", "company"), ("kerja", "bekerja")),
    "km": (("ក្រុមហ៊ុន", "ក្រុមហ៊ុនយើង"),), "my": (("ကုမ္ပဏီ", "ကုမ္ပဏီကြီး"),),
}

#: The footer a reposting channel's bot adds to every post: its own admin handle and number.
REPOST_FOOTERS: dict[str, str] = {
    "vi": "—————\n📌 Đăng tin tuyển dụng miễn phí tại kênh, liên hệ admin @{handle} / {phone}",
    "en": "———\n📌 Post your job ad here for free: contact admin @{handle} / {phone}",
    "id": "———\n📌 Pasang iklan loker gratis, hubungi admin @{handle} / {phone}",
    "th": "———\n📌 ลงประกาศงานฟรี ติดต่อแอดมิน @{handle} / {phone}",
    "zh": "———\n📌 免费发布招聘信息，请联系管理员 @{handle} / {phone}",
    "tl": "———\n📌 Mag-post ng job ad dito nang libre: admin @{handle} / {phone}",
}
#: Reposting channels: (username stem, title, description) by language.
REPOST_CHANNELS: dict[str, tuple[str, str, str]] = {
    "vi": ("vieclam_share", "Chia Sẻ Việc Làm 🔁", "Tổng hợp tin tuyển dụng từ các nhóm. Kênh không kiểm duyệt tin."),
    "en": ("jobs_repost_asia", "Job Reposts Asia 🔁", "Job ads collected from groups and pages, reposted as they are."),
    "id": ("loker_share", "Share Loker Terbaru 🔁", "Kumpulan info loker dari berbagai grup. Cek sendiri sebelum melamar."),
    "th": ("ngan_share", "แชร์งาน 🔁", "รวมประกาศงานจากกลุ่มต่างๆ"),
    "zh": ("zhaopin_zhuanfa", "招聘转发 🔁", "各群招聘信息转发，请自行核实"),
    "tl": ("trabaho_share", "Trabaho Share 🔁", "Mga job post mula sa iba't ibang group."),
}
#: What someone writes above an ordinary job ad they share.
SHARE_PREFIXES: dict[str, tuple[str, ...]] = {
    "en": ("Sharing for a friend:", "Reposting, please share:", "Saw this in another group:"),
    "vi": ("Share giúp bạn mình:", "Nhờ mọi người share giúp:"), "id": ("Bantu share ya:", "Info dari teman:"),
    "tl": ("Pa-share po:", "Share ko lang po:"), "th": ("ฝากแชร์ค่ะ",), "ms": ("Tolong share:",), "zh": ("转发：",),
    "km": ("សូមជួយចែករំលែក៖",), "my": ("မျှဝေပေးပါ -",),
}

LURE_TITLES: dict[str, tuple[str, ...]] = {
    "en": ("[HIRING] {job} – {city}, {dest} | {salary} | free visa + ticket", "Urgent hiring: {job} in {dest}, no experience needed",
           "Work abroad opportunity – {job} ({dest})"),
    "vi": ("Tuyển {job} tại {dest}, lương {salary}", "[Tuyển gấp] Việc nhẹ lương cao bên {dest}"),
    "id": ("Loker {job} di {dest} gaji {salary}", "[INFO LOKER] Kerja di {dest} tanpa pengalaman"),
    "th": ("รับสมัคร{job} ทำงาน{dest} รายได้ดี",), "zh": ("{dest}高薪招聘{job}",), "tl": ("HIRING: {job} sa {dest} – {salary}",),
    "ms": ("Jawatan kosong {job} di {dest}",), "km": ("ជ្រើសរើស{job} នៅ{dest}",), "my": ("{dest} {job} အလုပ်ခေါ်စာ",),
}

#: ``{numbers}`` and ``{handles}`` are the quoted identifiers of two or more operations; ``{dest}``,
#: ``{city}``, ``{job}`` and ``{n}`` describe the first of them.
WARNINGS: dict[str, tuple[str, ...]] = {
    "en": (
        "⚠️ WARNING from the Embassy: we have received reports of citizens trafficked to {dest} after answering fake "
        "\"{job}\" job offers on social media. Do NOT trust offers from {handles} or the numbers {numbers}. "
        "If you or your family are affected, contact the nearest embassy immediately.",
        "SCAM ALERT 🚨 These \"{job}\" jobs in {dest} are human trafficking. A friend of mine went and they took her passport "
        "on arrival. Numbers they used:\n{numbers}\nAlso {handles}. Please share so nobody else falls for it.",
        "POLICE NOTICE: Immigration police in {city} rescued {n} foreign workers who answered online ads for "
        "\"{job}\" jobs. The recruiters used the numbers {numbers} and the Telegram accounts {handles}. Do not "
        "contact them and report any similar offer.",
        "NGO alert 🚨 We are assisting families whose relatives were trafficked to {dest} after applying as {job}. The "
        "same recruiters keep posting with new numbers: {numbers} ({handles}). If they contacted you, please talk to "
        "us before you travel.",
    ),
    "vi": (
        "⚠️ CẢNH BÁO lừa đảo việc làm tại {dest}! Nhiều người bị lừa sang làm \"{job}\" rồi bị giam giữ, ép lừa đảo online. "
        "Tuyệt đối KHÔNG liên hệ các số: {numbers} và tài khoản Telegram {handles}. Hãy chia sẻ để cảnh báo người "
        "thân!",
        "Công an tỉnh An Giang vừa giải cứu nhiều nạn nhân bị lừa sang {dest} làm việc \"nhẹ lương cao\". "
        "Các đối tượng dùng số điện thoại {numbers} và Telegram {handles} để tuyển người. Người dân cần cảnh giác.",
        "Đại sứ quán Việt Nam tại {dest} cảnh báo: nhiều công dân bị lừa sang làm \"{job}\" và bị bán vào các công ty "
        "lừa đảo. Không liên hệ {numbers}, {handles}. Người thân có con em đã đi, hãy báo ngay cho cơ quan chức năng.",
    ),
    "id": (
        "⚠️ Hati-hati penipuan lowongan kerja ke {dest}! Modus: ditawari kerja sebagai {job} gaji besar, visa dan tiket gratis. "
        "Faktanya korban dipaksa jadi scammer online. Jangan hubungi nomor {numbers} maupun akun {handles}. Laporkan "
        "ke KBRI atau BP2MI.",
        "KBRI mengimbau WNI agar waspada tawaran kerja {job} di {dest}. Nomor {numbers} dan akun {handles} terkait "
        "kasus TPPO. Segera lapor jika menerima tawaran serupa.",
    ),
    "th": (
        "⚠️ ระวัง! แก๊งหลอกไปทำงาน{job}ที่{dest} อ้างรายได้สูง ฟรีวีซ่า ฟรีตั๋ว แต่ถูกบังคับให้เป็นแก๊งคอลเซ็นเตอร์ "
        "ห้ามติดต่อเบอร์ {numbers} และบัญชี {handles} เด็ดขาด ช่วยกันแชร์เตือนคนรู้จัก",
        "ตำรวจเตือน! ขบวนการค้ามนุษย์หลอกคนไปทำงาน{job}ที่{dest} ใช้เบอร์ {numbers} และ {handles} หากพบเห็นแจ้ง 1191",
    ),
    "zh": (
        "⚠️ 防骗提醒：近期有人以「{dest}高薪{job}」为名招人，包机票包吃住，实际被卖进诈骗园区。以下号码和飞机号请勿联系：{numbers}，{handles}。请转发提醒身边的人！",
        "【警方提醒】{dest}“高薪{job}”招聘多为诈骗陷阱，涉案号码：{numbers}，飞机号：{handles}，请勿相信。",
    ),
    "tl": (
        "⚠️ BABALA: Huwag maniwala sa mga alok na trabaho bilang {job} sa {dest}! Biktima ng human trafficking ang mga kababayan "
        "nating napunta doon. Iwasan ang mga numerong {numbers} at ang {handles}. I-report sa DMW o sa Embassy.",
        "BABALA mula sa Embahada: maraming Pilipino ang na-traffic sa {dest} matapos mag-apply bilang {job}. Huwag "
        "kontakin ang {numbers} at {handles}.",
    ),
    "ms": (
        "⚠️ AWAS sindiket tawaran kerja palsu ke {dest}! Mangsa dijanjikan kerja {job} gaji lumayan tetapi dipaksa menipu "
        "dalam talian. Jangan hubungi {numbers} atau {handles}. Sila sebarkan.",
        "Polis memberi amaran: sindiket pemerdagangan manusia menawarkan kerja {job} di {dest}. Jangan hubungi "
        "{numbers} atau {handles}.",
    ),
    "km": (
        "⚠️ សូមប្រុងប្រយ័ត្ន! ការផ្សព្វផ្សាយការងារ{job}ប្រាក់ខែខ្ពស់នៅ{dest} គឺជាការបោកប្រាស់ និងជួញដូរមនុស្ស។ "
        "សូមកុំទាក់ទងលេខ {numbers} និង {handles}។",
        "ស្ថានទូតសូមជូនដំណឹង៖ ការផ្សព្វផ្សាយការងារ{job}នៅ{dest} គឺជាការជួញដូរមនុស្ស។ កុំទាក់ទងលេខ {numbers} និង "
        "{handles}។",
    ),
    "my": (
        "⚠️ သတိပေးချက် - {dest} တွင် {job} အလုပ်ဟု လိမ်လည်ခေါ်ယူပြီး အွန်လိုင်းလိမ်လည်မှု လုပ်ခိုင်းနေသည်။ "
        "{numbers} နှင့် {handles} ကို မဆက်သွယ်ပါနှင့်။",
        "သံရုံးမှ သတိပေးချက် - {dest} ရှိ {job} အလုပ်ခေါ်စာများသည် လူကုန်ကူးမှုဖြစ်သည်။ {numbers} နှင့် {handles} ကို "
        "မဆက်သွယ်ပါနှင့်။",
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
                                  "New", "Star", "Diamond", "Imperial", "Rising", "Pacific", "Eastern", "Crown", "Dragon",
                                  "Emerald", "Victory", "Prime", "Treasure", "Unity")
COMPANY_TAILS: tuple[str, ...] = ("Lotus Group", "Ocean Technology", "Dragon Co., Ltd", "River Holdings", "Coast Entertainment",
                                  "Harbor Digital", "Moon Network", "Fortune Service", "Tiger Investment", "Peak Trading",
                                  "Garden Resort", "Bridge Media", "Palace Gaming", "Cloud Solutions", "Pearl Holdings",
                                  "Horizon Group")
#: Words some companies put between their two names ("Golden Asia Lotus Group").
COMPANY_MIDDLES: tuple[str, ...] = ("", "", "", "", "", "Asia", "International", "Global", "Mekong")
#: Syllables of the pinyin-style brand names many compound companies use ("Jinlong Trading").
COMPANY_SYLLABLES: tuple[str, ...] = ("Jin", "Long", "Hong", "Sheng", "Tai", "Fu", "Xin", "Yuan", "Hua", "Kai", "Mei",
                                      "Bao", "Rui", "Da", "Tian", "Wei", "Hao", "Yi", "Shun", "Feng", "Xing", "Heng")

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
