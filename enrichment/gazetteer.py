"""Places named in job lures, in the scripts of the people they target.

Three lists, because they mean different things to the lure score:

* ``HUBS`` — where scam compounds are: the Cambodian coast and border towns, the Myawaddy /
  Shwe Kokko / KK Park strip opposite Mae Sot, northern Myanmar, the Golden Triangle SEZ in Laos,
  the Manila / Pasay / Clark POGO belt and Dubai. A job ad naming one is not a lure by itself
  (a Phnom Penh café hires too), but it is the strongest single signal.
* ``TRANSIT`` — generic "abroad" words and countries recruits are flown to and then moved on
  from (Thailand, Malaysia). Ambiguous: legitimate migrant work uses the same words.
* ``REGULATED`` — destinations whose labour migration mostly runs through licensed, regulated
  channels (EPS Korea, Japan SSW / technical interns, Taiwan brokers, Gulf health care, Europe).

Each entry is ``language tag → "name|name|…"`` (lower case; a space matches any run of spaces,
hyphens or dots, or none). The language tag is documentation only: every name is searched in
every post, because recruiters write place names in the target's script and in English alike.
"""

from __future__ import annotations

HUBS: dict[str, str] = {
    # Cambodia and its compound towns.
    "en": (
        "cambodia|kampuchea|kingdom of cambodia|sihanoukville|sihanouk ville|preah sihanouk|kompong som|"
        "kampong som|shv city|bavet|poipet|poi pet|phnom penh|pnom penh|phnompenh|koh kong|o'smach|o smach|"
        "chrey thom|svay rieng|"
        # Myanmar, its border strip and the north.
        "myanmar|burma|myawaddy|myawady|myawadi|kk park|kkpark|kk garden|shwe kokko|shwekokko|shwe koko|"
        "yatai new city|yatai city|tachileik|tachilek|laukkaing|laukkai|kokang|mong la|wa state|"
        "three pagodas pass|payathonzu|dongmei|mae sot|maesot|moei river|"
        # Laos.
        "laos|lao pdr|golden triangle|golden triangle sez|gtsez|kings romans|bokeo|ton pheung|tonpheung|"
        "boten|vientiane|hpa lu|lay kay kaw|minletpan|huanya|kayin|karen state|shan state|"
        "bamban|porac|tarlac|kampot|kandal|takeo|pursat|near the border|border area|border town|batam|"
        # The Philippines' POGO belt and Dubai.
        "philippines|manila|metro manila|pasay|paranaque|parañaque|clark|pampanga|pogo|dubai"
    ),
    "vi": (
        "campuchia|cam pu chia|căm pu chia|cămpuchia|bên cam|sang cam|qua cam|đi cam|ở cam|tại cam|"
        "xi ha núc|xihanuc|sihanuk|shihanouk|ba vét|mộc bài|phnôm pênh|nam vang|"
        "myanmar|miến điện|mi an ma|lào|tam giác vàng|đặc khu tam giác vàng|"
        "philippines|phi líp pin|philippin|manila|dubai"
    ),
    "id": "kamboja|kemboja|myanmar|birma|laos|segitiga emas|segi tiga emas|kek segitiga emas|filipina|dubai",
    "th": (
        "กัมพูชา|เขมร|ชายแดน|สีหนุวิลล์|สีหนุ|บาเวต|ปอยเปต|พนมเปญ|เกาะกง|"
        "เมียนมา|เมียนมาร์|พม่า|เมียวดี|เคเคปาร์ค|ชเวก๊กโก่|ชเวโก๊กโก่|ท่าขี้เหล็ก|แม่สอด|"
        "ลาว|สามเหลี่ยมทองคำ|คิงส์โรมัน|ฟิลิปปินส์|มะนิลา|ดูไบ"
    ),
    "zh": (
        "柬埔寨|边境|邊境|缅北园区|柬国|柬國|西港|西哈努克|金边|金邊|木牌|巴域|波贝|波貝|波比|戈公|"
        "缅甸|緬甸|缅北|緬北|妙瓦底|妙瓦地|kk园区|kk園區|亚太新城|亞太新城|瑞可可|大其力|果敢|佤邦|勐拉|"
        "小勐拉|美索|东美|東美|老挝|老撾|寮国|寮國|金三角|金三角特区|金三角特區|金木棉|磨丁|万象|萬象|"
        "菲律宾|菲律賓|马尼拉|馬尼拉|帕赛|帕賽|克拉克|迪拜|杜拜|园区|園區"
    ),
    "km": "កម្ពុជា|ក្រុងព្រះសីហនុ|ព្រះសីហនុ|កំពង់សោម|បាវិត|ប៉ោយប៉ែត|ភ្នំពេញ|កោះកុង|មីយ៉ាន់ម៉ា|ភូមា|ឡាវ|ត្រីកោណមាស|ហ្វីលីពីន|ម៉ានីល|ឌូបៃ",
    "my": (
        "ကမ္ဘောဒီးယား|ဆီဟာနုဗီးလ်|ဖနွမ်းပင်|မြဝတီ|ရွှေကုက္ကိုလ်|ရွှေကုက္ကို|ကေကေပါ့ခ်|တာချီလိတ်|လောက်ကိုင်|"
        "မဲဆောက်|လာအို|ရွှေတြိဂံ|ဖိလစ်ပိုင်|မနီလာ|ဒူဘိုင်း"
    ),
    "tl": "kambodya|kambodia|myanmar|laos|maynila|pasay|dubai",
    "ko": "캄보디아|프놈펜|시아누크빌|바벳|포이펫|미얀마|먀와디|라오스|골든트라이앵글|골든 트라이앵글|필리핀|마닐라|두바이",
    "ja": "カンボジア|プノンペン|シアヌークビル|バベット|ポイペト|ミャンマー|ミャワディ|ラオス|ゴールデントライアングル|フィリピン|マニラ|ドバイ",
    "ar": "كمبوديا|كامبوديا|ميانمار|بورما|لاوس|الفلبين|مانيلا|دبي",
    "sw": "kambodia|myanmar|laos|ufilipino|dubai",
    "hi": "कंबोडिया|कम्बोडिया|म्यांमार|म्यानमार|लाओस|फिलीपींस|मनीला|दुबई",
}

TRANSIT: dict[str, str] = {
    "en": (
        "abroad|overseas|outside the country|foreign company|southeast asia|"
        "thailand|bangkok|malaysia|kuala lumpur|vietnam|indonesia"
    ),
    "vi": "nước ngoài|đi nước ngoài|làm việc nước ngoài|thái lan|malaysia|bangkok|đông nam á",
    "id": "luar negeri|kerja di luar negeri|ke luar negeri|thailand|malaysia|bangkok|asia tenggara",
    "ms": "luar negara|kerja luar negara|thailand|asia tenggara",
    "th": "ต่างประเทศ|ทำงานต่างประเทศ|ต่างแดน|มาเลเซีย|เวียดนาม",
    "zh": "海外|出国|出國|境外|国外|國外|东南亚|東南亞|泰国|泰國|曼谷|马来西亚|馬來西亞|越南|印尼",
    "km": "ក្រៅប្រទេស|បរទេស|ថៃ|ម៉ាឡេស៊ី|វៀតណាម",
    "my": "နိုင်ငံခြား|ပြည်ပ|ထိုင်း|ထိုင်းနိုင်ငံ|မလေးရှား|ဘန်ကောက်",
    "tl": "abroad|ibang bansa|sa labas ng bansa|thailand|malaysia",
    "ko": "해외|해외취업|해외 취업|태국|방콕|말레이시아|베트남|동남아",
    "ja": "海外|東南アジア|タイ王国|バンコク|マレーシア|ベトナム",
    "ar": "خارج البلاد|بالخارج|في الخارج|تايلاند|تايلند|بانكوك|ماليزيا|فيتنام|جنوب شرق آسيا",
    "sw": "nje ya nchi|ughaibuni|thailand|tailandi|bangkok|malaysia|asia",
    "hi": "विदेश|विदेश में|थाईलैंड|थाईलेंड|बैंकॉक|मलेशिया|वियतनाम",
}

REGULATED: dict[str, str] = {
    "en": (
        "japan|south korea|korea|taiwan|hong kong|singapore|saudi arabia|saudi|qatar|kuwait|oman|bahrain|"
        "israel|germany|poland|romania|croatia|canada|australia|new zealand|united kingdom|europe"
    ),
    "vi": "nhật bản|hàn quốc|đài loan|hồng kông|singapore|ả rập|đức|ba lan|rumani|châu âu|úc|canada",
    "id": "jepang|korea selatan|korea|taiwan|hongkong|hong kong|singapura|arab saudi|jerman|polandia|eropa|australia",
    "ms": "jepun|korea|taiwan|singapura|arab saudi",
    "th": "ญี่ปุ่น|เกาหลีใต้|เกาหลี|ไต้หวัน|ฮ่องกง|สิงคโปร์|อิสราเอล|ซาอุ|ยุโรป|ออสเตรเลีย|โปแลนด์",
    "zh": "日本|韩国|韓國|台湾|台灣|香港|新加坡|沙特|卡塔尔|德国|德國|欧洲|歐洲|澳洲|加拿大",
    "km": "ជប៉ុន|កូរ៉េ|តៃវ៉ាន់|សិង្ហបុរី",
    "my": "ဂျပန်|ကိုရီးယား|ထိုင်ဝမ်|စင်ကာပူ",
    "tl": "japan|korea|taiwan|saudi|qatar|kuwait|hong kong|canada",
    "ko": "일본|대만|홍콩|싱가포르|사우디|독일|캐나다|호주",
    "ja": "日本|韓国|台湾|香港|シンガポール",
    "ar": "السعودية|قطر|الكويت|عمان|البحرين|ألمانيا|أوروبا|كندا",
    "sw": "saudi|qatar|oman|kuwait|ujerumani|ulaya|kanada",
    "hi": "सऊदी|कतर|कुवैत|ओमान|जापान|जर्मनी|इज़राइल|इजराइल|कनाडा",
}
