"""Word lists and letter sets for the fast language scorer in ``enrichment.language``.

Each list holds frequent words of one language: function words, which every text has, and the
vocabulary of job posts, warnings and chat (salary, visa, contact, no experience …), which short
recruitment posts are made of. Words are lower case, as the scorer sees them. A word may appear
in several languages; the scorer shares its weight out between them.

Weights: ``STRONG`` words are common in their language and rare elsewhere; ``COMMON`` words are
frequent but shared with a neighbour (Indonesian/Malay, Spanish/Portuguese …). English gets a
third, ``LOAN`` tier: the English job words that posts in every other language borrow
("hiring", "customer service", "free visa"), which must not outvote the words around them.
"""

from __future__ import annotations

STRONG = 2.0
COMMON = 1.0
LOAN = 0.3

#: (language, weight, words) for Latin-script languages.
LATIN_WORDS: tuple[tuple[str, float, str], ...] = (
    # --- English --------------------------------------------------------------------------
    ("en", COMMON, """
        the and of to in is are was were be been being for with on at by from this that these
        those we our ours us you your yours they their them he his she her it its an or not can
        could will would shall should must might have has had do does did done just only also
        more most very so but if then than there here about into over under after before out
        all any some each every other such what which who whom whose when where why how because
        while until both either nor own same too again once off down please thank thanks hello
        dear sir madam regards kindly pls plz me my mine dont don doesn didn isn aren wasn won
        cannot ll ve re ago anyone someone everyone nothing something anything get got getting
        make makes made take takes give gives go goes going come comes coming know want wants
        need needs looking look like just still even really well back way new many much few
        first last next one two three four five six seven eight nine ten hundred thousand
        million people person man men woman women girl girls boy boys friend friends family
        house life world country countries city place places said says say tell told ask asked
        help think believe become became keep let put seem feel try called find found show
        shown leave left beware report reported victims victim trafficking traffickers embassy
        police rescued rescue promised promise forced held should yourself themselves being way
        around never always often sometimes usually yet already soon today tomorrow yesterday
        tonight now within without across along among against during through towards upon via
        per whether though although however therefore which wherever whatever
    """),
    ("en", LOAN, """
        hiring hire hired job jobs work staff team office company online customer service
        support chat typing typist data entry encoder marketing sales agent operator host game
        games casino admin assistant manager english chinese skills computer basic free visa
        ticket tickets flight plane accommodation meals food transport bonus bonuses commission
        overtime training full part time shift night day urgent asap now start apply send
        message inbox call text details info information register link click here check dm pm
        whatsapp telegram facebook viber zalo line wechat ok okay good great high easy simple
        fast quick best top vip boss welcome hi hey hello thanks thank sir madam dear usd
        dollar dollars cash income monthly salary experience needed required no yes new join us
        our opportunity opportunities representative csr chatter translator translation driver
        cook cleaner waiter waitress security guard nurse caregiver helper factory worker
        workers warehouse logistics receptionist front desk developer programmer works worked
        working pay paid applicants applicant position vacancy vacancies requirements provided
        offer offered offering interested interview contact immediately urgently abroad
        overseas warning fake scam scams scammers passport passports earn earning earnings
        money daily weekly month months year years week weeks days hour hours old age male
        female home
    """),
    # --- Vietnamese (accented words; the letters alone also count, see VI_LETTERS) -----------
    ("vi", STRONG, """
        và là có của cho không được người việc lương tuyển nhân viên làm công ty liên hệ tháng
        triệu ngày với các những một cũng như này nhà hàng khách chăm sóc miễn phí thu nhập giờ
        đồng tiền tốt xin chào cảm ơn bạn cần kinh nghiệm yêu cầu ưu tiên tuổi điện thoại chi
        tiết mới nước ngoài xuất khẩu lao động địa điểm thời gian phòng anh chị mình tôi ở đi
        đến về tại từ ăn bao lừa đảo cảnh báo gấp nhẹ cao vị trí đăng ký hỗ trợ trả đúng hạn
        đào tạo đầu nơi mức từ trên dưới sau trước khi thì mà nên vì nếu đã đang sẽ rồi chưa
        nhiều ít rất hơn nhất lắm quá còn hoặc nhưng để bằng theo trong ngoài giữa cùng họ
        chúng chúng tôi các bạn gì sao nào đâu đây đó kia vẫn lại vào lên xuống biết muốn thấy
        nói nghe đọc viết gửi nhận ib lh sđt tâm thông tin bên tên vô nhé nhá ạ ơi vậy nha thế
    """),
    # Vietnamese written without diacritics (common in chat): only syllables rare elsewhere.
    ("vi", COMMON, """
        khong duoc nguoi viec luong tuyen nhan vien lien thang trieu ngay cua nhung nhieu chung
        chuyen truong thuong hoac minh cac cung nhu khach cham soc mien nhap gio tien xin chao
        cam kinh nghiem yeu cau uu tien tuoi thoai dien tiet nuoc ngoai xuat khau lao diem thoi
        gian phong nhe dang dao tuyen dung lam viec nhieu hon nhat duoi truoc nguoi luon nhanh
        quy cty sdt lh nha tam quan thong tin cong toi roi
    """),
    # --- Indonesian and Malay: shared words, then each one's own --------------------------
    ("id", COMMON, """
        yang dan di ke dari untuk dengan ini itu ada tidak akan sudah telah juga atau pada oleh
        dalam kami kita saya anda dia mereka kerja bekerja pekerjaan pekerja gaji bulan hari
        minggu tahun jam umur usia tempat tinggal makan minum penginapan disediakan diberikan
        sangat lebih banyak setiap semua hanya masih belum baru cepat segera mudah hubungi
        sebagai adalah bagi kepada tentang hingga jika kalau apabila tanpa pengalaman
        berpengalaman syarat wanita perempuan lulusan pendidikan berminat minat dicari mencari
        luar negara asing kontrak orang ribu juta dolar tiket besar tinggi sebulan sehari
        seminggu mohon terus langsung sekarang tapi tetapi serta beserta dapat mendapat
        mendapatkan memerlukan diperlukan majikan memohon permohonan pelanggan menawarkan
        ditawarkan seluruh bidang lagi pun apa mana siapa berapa bagaimana kenapa mengapa perlu
        wajib layak insentif komisi makanan cuma hati penipuan waspada awas berhati jangan
        tertipu modus korban agen calon tenaga migran lowongan negeri karena iya bapak ibu
        seperti
    """),
    ("ms", COMMON, """
        yang dan di ke dari untuk dengan ini itu ada tidak akan sudah telah juga atau pada oleh
        dalam kami kita saya anda dia mereka kerja bekerja pekerjaan pekerja gaji bulan hari
        minggu tahun jam umur usia tempat tinggal makan minum penginapan disediakan diberikan
        sangat lebih banyak setiap semua hanya masih belum baru cepat segera mudah hubungi
        sebagai adalah bagi kepada tentang hingga jika kalau apabila tanpa pengalaman
        berpengalaman syarat wanita perempuan lulusan pendidikan berminat minat dicari mencari
        luar negara asing kontrak orang ribu juta dolar tiket besar tinggi sebulan sehari
        seminggu mohon terus langsung sekarang tapi tetapi serta beserta dapat mendapat
        mendapatkan memerlukan diperlukan majikan memohon permohonan pelanggan menawarkan
        ditawarkan seluruh bidang lagi pun apa mana siapa berapa bagaimana kenapa mengapa perlu
        wajib layak insentif makanan cuma hati penipuan waspada awas berhati jangan tertipu
        mangsa sindiket ni tu tak bapak ibu seperti
    """),
    ("id", STRONG, """
        gratis perusahaan lowongan loker saja bisa uang karyawan kamu nggak gak enggak ngga aja
        banget dong sih nih kok deh gue gw lu yuk ayo kantor mobil pabrik bahwa karena setelah
        sesudah telepon nomor kirim silakan silahkan dibutuhkan membutuhkan butuh persyaratan
        minimal pria laki tunjangan lembur ongkos biaya pelatihan paspor keberangkatan
        berangkat kalian wawancara rekrutmen penerimaan transportasi fasilitas kualifikasi
        ijazah sertifikat penghasilan kesempatan layanan informasi rincian universitas kualitas
        aktivitas komunitas kartu rekening akun pajak toko manajer penjualan proyek agen mau
        kapan terbatas apapun senin jumat agustus maret juni juli rupiah rp jt rb dapet gimana
        udah kayak posisi bagian pt tbk tki pmi bpjs sma smk menit ditanggung kerjaan lamaran
        lamar melamar kirimkan cewek cowok lho gan sob mba mbak pak bu dibayar terima kasih
        disini sini situ bikin pakai pake tahu tau lihat penerjemah
    """),
    ("ms", STRONG, """
        percuma syarikat jawatan kosong kekosongan sahaja boleh wang kakitangan sila mahu
        kerana bahawa selepas semasa tiada pejabat kereta kilang telefon nombor hantar lelaki
        ramai jom awak encik puan cik elaun latihan cuti warganegara isnin jumaat ogos mac
        julai jun pasport pengangkutan kelayakan berkelayakan sijil temuduga mesyuarat jurujual
        tempoh baharu kenderaan kemudahan perniagaan pengambilan terhad sebarang tawaran kerani
        pengeluaran syif kwsp perkeso socso epf cukai akaun kad pengenalan universiti kualiti
        aktiviti komuniti fasiliti kapasiti pengurus kedai jualan khidmat perkhidmatan talian
        maklumat butiran berpeluang daripada sekiranya dah nak je kat takde macam mcm sbb
        tengok sikit kena pegi camne korang ringgit rm bayaran ejen agensi projek bahagian
        komisen sdn bhd menaip jurutaip penterjemah uruskan diuruskan ditanggung kapal terbang
        berumur bertolak dibayar kemasukan lebih bekalan terima kasih sini situ lihat
    """),
    # Everyday and news words where Malay and Indonesian part ways (ms esok / id besok …).
    ("ms", STRONG, """
        esok petang semalam kelmarin amaran kenyataan dijangka peperiksaan nampak nampaknya
        bagitahu jururawat doktor berdaftar rasmi laman oren kerajaan polis tentera mahkamah
        bandar lebuh teksi basikal motosikal tandas kasut seluar duit bil faham fikir cakap
        bercakap berbual jumpa kawan rakan budak kanak isteri emak mak abah pakcik makcik cikgu
        ahad khamis disember lawa seronok risau bimbang penat letih dahaga ubat ubatan
        kesihatan bilik tingkap kerusi almari bimbit mesej emel muat kemas laluan akhbar khabar
        televisyen filem muzik sukan perlawanan sejuk ribut tengahari minit lewat sentiasa
        agaknya iaitu umpamanya semenjak hadapan belia pesara peniaga barangan pelaburan
        pelabur hutang faedah peratus mula mulakan memandu pemandu lesen trafik kemalangan
        kecederaan siasatan peguam jenayah sindiket mangsa pemerdagangan imigresen ye yelah
        camtu camni takpe jugak betul jiran ibubapa bapa ringgit sen rm kedai mamak besar dato
        datuk tan sri yb adun aidilfitri zahir kuih pasar bas stesen sekurang kurangnya
        menengah tingkatan spm stpm ipt pelajar universiti biasiswa yuran jemputan dijemput
        majlis perasmian
    """),
    ("id", STRONG, """
        besok sore kemarin peringatan pernyataan diperkirakan ujian kelihatan tampak perawat
        dokter terdaftar resmi situs oranye deras pemerintah polisi tentara pengadilan taksi
        sepeda tas sepatu celana tagihan paham pikir bicara ngomong ngobrol ketemu teman rekan
        istri om tante paman bibi kamis desember seru capek lelah haus obat kesehatan kamar
        jendela kursi lemari ponsel hp unduh unggah perbarui sandi koran televisi musik
        olahraga tim pertandingan dingin badai siang detik terlambat telat selalu yaitu
        misalnya seandainya meskipun pemuda lansia pensiunan pedagang pengusaha investasi utang
        persen mulai dimulai menyetir mengemudi sopir kendaraan lintas kecelakaan cedera
        penyelidikan investigasi pengacara kejahatan kriminal sindikat korban perdagangan
        imigrasi tetangga presiden bupati gubernur walikota dprd kabupaten kecamatan jakarta
        lebaran idul fitri kue stasiun setidaknya smp sma kuliah mahasiswa beasiswa biaya
        pendaftaran undangan diundang acara banget aja gitu gini emang udah nih dong kok sih
        deh lho kalo gimana ngapain mending pengen pingin cuman doang kayaknya bareng nonton
        jajan nongkrong mantap keren asyik asik wkwk wkwkwk
    """),
    ("ms", STRONG, """
        sesiapa cawangan perkahwinan kahwin lepas jawapan berjaya berkuasa lori sedap lazat kes
        menyiasat sekejap kejap soalan cuba guna takpe bestnya weh kot kereta rakan kekal
        hujung runding tahniah runcit pelitup menasihatkan sedapnya ahli kemahiran tengahari
        perlukan inggeris paip melawat jawatankosong kerjakosong pergigian comel ofis
    """),
    ("id", STRONG, """
        coba pakai sebentar pertanyaan jawaban berhasil berwenang kasus enak traktir mudik
        beneran keponakan sembako menyelidiki pernikahan nikah kawin cabang truk gapapa gpp
        ngopi umr libur liburan mengimbau anggota diskon pekan gajian nunggu nyangka
        keterampilan siswa warung nego masker tiap pas anakku rumahku inggris pipa mengunjungi
        lowongankerja infoloker
    """),
    ("id", COMMON, """
        harga murah mahal bayar beli jual barang produk pinjaman jumlah pertama kedua terakhir
        akhir selesai siap habis tutup buka masuk keluar naik turun jatuh bangun duduk berdiri
        lari berjalan mati meninggal hidup lahir selamat bahaya berbahaya ditangkap penjara
        hakim undang cuaca hujan panas banjir angin makanan minuman nasi roti ayam ikan daging
        sayur buah gula garam kopi teh air susu telur sarapan pagi malam nanti tadi dulu lusa
        awal lambat pernah kadang jarang sedikit kurang paling terlalu sungguh memang mungkin
        pasti tentu rasanya selain namun walaupun supaya agar demi terhadap mengenai antara
        sejak belakang atas bawah sebelah dekat jauh sana kini dahulu begini begitu aku engkau
        kau beliau abang kakak adik keluarga saudara manusia gadis remaja menteri kementerian
        rakyat wilayah daerah kampung taman rumah dapur pintu meja berita majalah lagu bola
        menang kalah sakit demam klinik takut marah sedih senang suka sayang rasa tahu dengar
        baca tulis buat ambil pergi balik datang tunggu cari bertemu semoga terima kasih
        selamat pagi siang malam hari raya tolong doakan hilang warna putih hitam merah biru
        hijau kuning semester akhirnya habis tidur puas kucing anjing hujan lebat menurut
        menjelang musim perayaan minyak masak pasar beberapa jabatan mengeluarkan hingga sembuh
        jauh maaf sampai saat anak
    """),
    ("ms", COMMON, "tengah kawasan sebab pasukan bila"),
    ("ms", COMMON, """
        harga murah mahal bayar beli jual barang produk pinjaman jumlah pertama kedua terakhir
        akhir selesai siap habis tutup buka masuk keluar naik turun jatuh bangun duduk berdiri
        lari berjalan mati meninggal hidup lahir selamat bahaya berbahaya ditangkap penjara
        hakim undang cuaca hujan panas banjir angin makanan minuman nasi roti ayam ikan daging
        sayur buah gula garam kopi teh air susu telur sarapan pagi malam nanti tadi dulu lusa
        awal lambat pernah kadang jarang sedikit kurang paling terlalu sungguh memang mungkin
        pasti tentu rasanya selain namun walaupun supaya agar demi terhadap mengenai antara
        sejak belakang atas bawah sebelah dekat jauh sana kini dahulu begini begitu aku engkau
        kau beliau abang kakak adik keluarga saudara manusia gadis remaja menteri kementerian
        rakyat wilayah daerah kampung taman rumah dapur pintu meja berita majalah lagu bola
        menang kalah sakit demam klinik takut marah sedih senang suka sayang rasa tahu dengar
        baca tulis buat ambil pergi balik datang tunggu cari bertemu semoga terima kasih
        selamat pagi siang malam hari raya tolong doakan hilang warna putih hitam merah biru
        hijau kuning semester akhirnya habis tidur puas kucing anjing hujan lebat menurut
        menjelang musim perayaan minyak masak pasar beberapa jabatan mengeluarkan hingga sembuh
        jauh maaf sampai saat negeri anak
    """),
    # --- Tagalog ---------------------------------------------------------------------------
    ("tl", STRONG, """
        ng ang naman po opo kayo tayo namin natin atin amin inyo ninyo nila sila siya niya ako
        ko mo ikaw iyan iyon yan yun yung dito diyan doon dyan nasa hindi huwag wag wala walang
        meron mayroon lang lamang rin din nga kung kapag pag paano bakit saan sino kailan
        ngayon bukas kahapon lahat bawat isang dalawa tatlo apat anim pito walo siyam sampu
        trabaho trabahong sahod sweldo suweldo buwan buwanang kada araw oras taon taong libreng
        kailangan kailangang pwede puwede gusto nais magandang maganda mabuti salamat pasok
        magtrabaho nagtatrabaho naghahanap hinahanap hanap nag aplay pumunta tumawag tawag
        makipag ugnayan ipadala mensahe sagot sagutin kumpanya kompanya tirahan pagkain pasahe
        pamasahe bayad kumita kikitain malaki mataas madali mabilis agad agaran kaagad
        karanasan kahit lalaki babae pilipino pinoy kabayan magkano bago tulong tumulong
        pamilya bahay opisina baka muna nang ay kay sina niyo natin namin pataas pababa
        kababayan mag ingat modus biktima nagpapanggap huwag maniwala ninyong aming ating iyong
        kanilang ito ba pa na sa mga tao
    """),
    ("tl", COMMON, "si ni may at o para pero edad libre sana kasi kami"),
    # --- Swahili ---------------------------------------------------------------------------
    ("sw", STRONG, """
        kwa katika kazi za cha vya hii huu hiyo hizi hawa huyo yule ile kuna kuwa kutoka hadi
        mpaka lakini pia sana zaidi bado sasa leo kesho jana kila wote yote mwenye wenye ambao
        ambaye ambayo ambazo yetu yako yake yao wetu wako wake wao zetu zako sisi wewe yeye
        mimi nyinyi nini gani jinsi namna vipi wapi lini kwamba ili kabla baada bila pamoja
        mshahara mishahara bure tiketi viza nafasi ajira kampuni mfanyakazi wafanyakazi
        tunahitaji unahitajika wanahitajika anahitajika tunatafuta piga simu tuma ujumbe mwezi
        saa siku mwaka miaka umri uzoefu hakuna haraka nchini nje nchi dola shilingi elimu
        mkataba malazi chakula usafiri karibu habari ndiyo hapana ndio watu mtu vijana
        wasichana wanawake wanaume fursa kujiunga kupata kufanya kuanzia kulipwa malipo mteja
        wateja huduma mtandaoni mtandao maombi omba wasiliana nasi kwenye kwako kwetu kwake
        maelezo taarifa onyo tahadhari utapeli matapeli ughaibuni tafadhali asante unataka
        unahitaji mtandaoni hapa huko kule vizuri nzuri bora mzuri kubwa ndogo
    """),
    ("sw", COMMON, "na la au kama tu ya wa ni"),
    # --- Uzbek (Latin script; langdetect has no Uzbek) ---------------------------------------
    ("uz", STRONG, """
        ish ishga ishlash ishchi ishchilar uchun bilan kerak kerakmi yoki juda bugun ertaga kecha
        iltimos batafsil maosh maoshli bepul qilish qiling qilinadi qilingan yozing yozish lichkaga
        odam bormi shoshilinch chet elda elga haqida emas ham bu shu u men siz biz ular mening
        sizning uning qanday nima qayerda qachon nega kim hozir hali endi keyin oldin oy kun
        kuniga yil yosh yoshdagi qizlar yigitlar ayollar erkaklar daromad pul dollar so'm so'mgacha
        aloqa aloqaga telefon orqali onlayn taklif e'lon e'loni e'lonlari diqqat soxta yuqori
        tarmoqlarda ijtimoiy ko'p ko'paymoqda akam ukam opam singlim oila oilam yordam yordam
        bering ketgan edi umuman chiqmayapti charchadim fabrikaga fabrika yotoqxona ovqat
        mehmonxonaga mehmonxona ofitsiant sifatida koreyada turkiyada rossiyaga rossiyada
        dubaydagi ishlagan ishlayapti bor yo'q rahmat salom assalomu alaykum xabar xabarlar
    """),
    # --- Spanish, Portuguese, French, Italian ------------------------------------------------
    ("es", COMMON, """
        el la los las de del que y en un una unos unas es son por para con sin sobre entre como
        más pero muy también ya hay ser tiene tienen puede pueden hacer se su sus lo le les nos
        yo él ella ellos este esta estos estas ese esa eso aquí cuando donde qué quién cómo
        porque si sí no al mes año años día días hora horas semana gratis empresa oferta
        requisitos contacto país dólares mismo otro otra todos todo toda cada desde hasta
    """),
    ("es", STRONG, """
        buscan busco chicas chicos muchachas
        está están muy también trabajo empleo trabajar salario sueldo experiencia necesaria
        necesitamos buscamos nuestro nuestra usted ustedes tú allí dónde meses viaje boleto
        pasaje vivienda comida alojamiento ofertas vacante vacantes edad contactar llamar
        enviar información interesados interesado interesada extranjero mensual mensuales hola
        gracias pero y el los del estafa cuidado engaño víctimas trata interesa pagan cuánto
        busca solicita solicitamos necesita necesitan anoche colegio profesor profesora
        convocatoria chofer licencia ofrece ofrecemos contratación contrata contratamos
    """),
    ("pt", COMMON, """
        o a os as de do da dos das que e em no na nos nas um uma é são por para com sem sobre
        entre como mais mas muito também já há ser tem pode podem fazer se seu sua seus suas
        ele ela eles elas este esta isso aqui quando onde quem porque sim não ao mês ano anos
        dia dias hora horas semana grátis empresa oferta requisitos país dólares mesmo outro
        outra todos todo toda cada desde até
    """),
    ("pt", STRONG, """
        procura procuram meninas moças rapazes
        está estão têm trabalho emprego trabalhar salário experiência necessária precisamos
        procuramos você vocês eu nós ali meses viagem passagem moradia alojamento vagas vaga
        idade contato ligar enviar informações interessados exterior mensal não são também
        muito olá obrigado obrigada golpe cuidado vítimas tráfico pelo pela pelos pelas num
        numa dele dela precisa procura motorista professora colégio ontem contrata contratamos
        contratação oferece oferecemos
    """),
    ("fr", COMMON, """
        le la les de des du un une et est sont à au aux en dans pour par avec sans sur sous
        que qui ne pas plus mais ou où très aussi nous vous ils elles il elle je tu on ce cette
        ces son sa ses leur leurs notre nos votre vos mon ma mes mois an ans jour jours heure
        heures semaine gratuit pays dollars qu l d j c n
    """),
    ("fr", STRONG, """
        être avoir fait faire travail emploi travailler salaire expérience recherchons cherchons
        offre poste postes voyage billet logement nourriture entreprise société exigences âge
        contactez appeler envoyer informations intéressés étranger mensuel bonjour merci
        arnaque attention victimes traite sont nous vous très aussi pas est cette
        svp stp infos recherche cherche recrute recrutons filles motivées motivés sérieuses
        sérieux dispo disponible urgent urgente cdi cdd embauche candidature mp
    """),
    ("it", COMMON, """
        il lo la i gli le di del della dei delle da dal in nel nella un una e è sono per con
        su tra fra che non più ma anche molto come se si ci noi voi loro lui lei io tu mese
        anno giorno ora settimana gratis paese dollari
    """),
    ("it", STRONG, """
        questo questa quello lavoro lavorare stipendio esperienza cerchiamo offerta offriamo
        mesi anni giorni ore gratuito viaggio biglietto alloggio vitto azienda requisiti età
        contatto contattare chiamare inviare informazioni interessati estero mensile ciao
        grazie truffa attenzione vittime degli della delle nel nella sono anche
    """),
    # Everyday words of chat and news.
    ("es", STRONG, """
        hoy mañana ayer ahora bueno buena buenos buenas gracias bien feliz navidad familia
        gente nada cosa cosas siempre nunca todavía después entonces allá eso mi mis tu tus voy
        va vamos vas estoy estás estaba estamos tengo tienes quiero quieres puedo sé creo hace
        hacemos hizo dijo dice fue fueron había han hemos muy mucho mucha muchos muchas poco
        nuevo nueva gran grande pequeño mejor peor casa ciudad calle gobierno presidente
        policía noticias según durante mientras aunque además sólo solo ahí así cómo cuándo
        cuánto qué hola amigo amiga amigos chicos señor señora niños padre madre hermano
        hermana hijo hija año semana fin jaja vale claro oye pues nosotros vosotros ellas ese
        esos esas aquel algo alguien nadie ningún ninguna otros vez veces lugar tiempo agua
        comida mundo vida trabajo dinero cerca lejos hasta pronto
    """),
    ("pt", STRONG, """
        hoje amanhã ontem agora bom boa bons boas obrigado obrigada tudo bem feliz natal
        família gente nada coisa coisas sempre nunca ainda depois então lá isso essa esse meu
        minha meus minhas teu tua nosso nossa vou vai vamos vais estou estava estamos tenho
        tens quero queres posso sei acho faz fazemos fez disse diz foi foram tinha muito muita
        muitos muitas pouco novo nova grande pequeno melhor pior casa cidade rua governo
        presidente polícia notícias segundo durante enquanto embora além só aí assim como
        quando quanto oi olá amigo amiga amigos galera senhor senhora crianças pai mãe irmão
        irmã filho filha ano semana fim já kkk kkkk né tá beleza claro nós eles elas esses
        essas aquele algo alguém ninguém nenhum nenhuma outros vez vezes lugar tempo água
        comida mundo vida dinheiro perto longe até logo calor frio chuva noite tarde manhã
        trabalho escola saudade saudades fofo linda lindo
    """),
    ("fr", STRONG, """
        aujourd demain hier maintenant bon bonne bien merci tout tous toutes toute joyeux noël
        famille gens rien chose choses toujours jamais encore après alors là ça cela mon ton
        notre je suis sommes êtes ai avons avez ont vais va allons vas veux peux sais crois
        fait faisons dit été était avait beaucoup peu nouveau nouvelle grand grande petit
        petite meilleur pire maison ville rue gouvernement président nouvelles selon pendant
        tandis bien aussi seulement comment quand combien quoi salut ami amie amis monsieur
        madame enfants père mère frère soeur sœur fils fille année semaine fin déjà oui eux
        elles celui celle quelque quelqu personne aucun fois lieu temps eau monde vie argent
        près loin bientôt chaud froid pluie nuit soir matin école vraiment trop peut doit faut
        chez depuis avant voici voilà mangé manger mange parti partie venu vu pris fini dormi
        bu allé sorti aimé adoré
    """),
    ("it", STRONG, """
        oggi domani ieri adesso buono buona bene grazie tutto tutti natale buon famiglia gente
        niente cosa cose sempre mai ancora dopo allora lì questo sono siamo ho hai abbiamo
        hanno vado va andiamo voglio posso credo fatto detto stato era aveva molto molti poco
        nuovo nuova grande piccolo migliore peggio casa città governo presidente polizia
        notizie secondo durante mentre però solo anche quando quanto cosa ciao amico amica
        amici signore signora bambini padre madre fratello sorella figlio figlia anno settimana
        già sì voglia perché qua
    """),
    ("tl", STRONG, """
        masaya malungkot maraming marami mahal ingat kumain kain tulog gising umaga tanghali
        hapon gabi bukas kahapon kanina mamaya talaga grabe sobra medyo sige ayos lang naman
        kasi diba ganun ganito ganyan ano sino saan kailan bakit paano magkano ilan kaibigan
        pamilya nanay tatay kapatid anak lolo lola tito tita bahay paaralan eskwela pera
        gobyerno pulis balita ayon sinabi sabi raw daw yata siguro baka sana pala nga naku nako
        charot lodi petmalu kain tayo uwi umuwi pumunta punta nandito nandyan nandoon andito
        andyan wala pa meron pa rin na lang pinoy maligayang pasko bagong taon kaarawan
        binabati pagbati pangulo mamamayan lungsod bayan basta marunong alam papunta maniwala
        kumusta kamusta musta
    """),
    ("sw", STRONG, """
        leo kesho jana sasa asubuhi mchana jioni usiku nzuri mbaya asante sana karibu habari
        yako nzuri salama poa mambo vipi shikamoo marahaba rafiki familia mama baba kaka dada
        mtoto watoto nyumba shule pesa serikali polisi habari kwa mujibu alisema walisema
        amesema wamesema rais waziri mji jiji kijiji mvua jua chakula maji kula kunywa kulala
        kusoma kuandika kwenda kuja kurudi nataka sitaki naomba tafadhali heri krismasi mwaka
        mpya siku kuzaliwa hongera pole samahani sawa kabisa kweli nimefika nimekula nimepata
        tunakwenda wanakuja ninakupenda nakupenda bei namba kiasi tayari niko uko yuko tuko mko
    """),
    ("en", COMMON, """
        happy birthday christmas merry congratulations sorry weather rain sunny cold hot
        morning evening afternoon night weekend tired sleep breakfast lunch dinner coffee
        government president minister news according said says reported officials announced
        yesterday anyone guys gonna wanna gotta really love miss beautiful nice cute funny
        awesome amazing crazy terrible horrible as problem problems congrats sure maybe okay
        fine cool exactly agree true right wrong excuse question answer same here there gone
        done still available interested stay safe careful everyone anybody somebody nobody
        everybody thing things stuff something lot lots bit little big small long short better
        worse best worst whole watch listen read write talk speak heard saw seen went took
        taken gave given
    """),
    # --- German, Dutch, Turkish: "other Latin" candidates ----------------------------------
    ("de", STRONG, """
        der die das den dem ein eine einen einem einer und ist sind war im mit für auf aus bei
        nach von vor zu zum zur über unter nicht kein keine auch sehr wie wir ihr sie er es ich
        uns unser unsere ihre sich oder aber wenn dass noch nur schon arbeit arbeiten stelle
        gehalt lohn erfahrung suchen bieten monat monate jahr jahre tag tage stunde stunden
        woche kostenlos reise unterkunft essen firma unternehmen anforderungen alter kontakt
        kontaktieren anrufen senden informationen interessiert ausland monatlich hallo danke
        betrug vorsicht opfer menschenhandel
    """),
    ("de", COMMON, "in an land dollar des du"),
    ("nl", STRONG, """
        het een zijn van op voor aan bij uit naar onder niet geen ook zeer heel hoe wij jullie
        zij ze hij ik je jij ons onze hun dat die dit deze wat wie waar wanneer maar als nog
        werk werken vacature salaris loon ervaring zoeken bieden maand maanden jaar jaren dag
        dagen uur uren huisvesting eten bedrijf eisen leeftijd bellen sturen informatie
        buitenland maandelijks hallo bedankt oplichting pas op slachtoffers
    """),
    ("nl", COMMON, "de is in over of u week gratis reis land dollar en al"),
    ("tr", STRONG, """
        ve bir bu ile için çok daha gibi var yok olan olarak ama veya mı mü ben sen biz siz
        onlar şu kadar sonra önce iş işi işler çalışmak çalışma maaş deneyim tecrübe arıyoruz
        aranıyor yıl gün saat hafta ücretsiz bedava seyahat bilet konaklama yemek şirket
        şartlar yaş iletişim arayın gönder bilgi ilgilenenler ülke yurtdışı yurt dışı aylık
        merhaba teşekkürler dolandırıcılık dikkat
    """),
    ("tr", COMMON, "de ne o en firma dolar ay da"),
)

#: Places, currencies and institutions: they tell Malay from Indonesian when no word does
#: ("Hujan di KL sejak pagi tadi"), and are never counted against any other language.
MALAY_INDONESIAN_HINTS: tuple[tuple[str, float, str], ...] = (
    ("ms", COMMON, """
        kl kuala lumpur selangor johor penang kedah kelantan terengganu pahang perak melaka
        sabah sarawak putrajaya klang shah alam petaling subang bangi cyberjaya ipoh seremban
        kuching kinabalu malaysia malaysian rm ringgit petronas tnb kwsp spm upsr uitm ukm upm
        jpj jpn lhdn pdrm umno pkr dap mydin msia
    """),
    ("id", COMMON, """
        jakarta bandung surabaya bali jawa sumatra sumatera medan yogyakarta jogja depok bekasi
        tangerang bogor semarang makassar kalimantan sulawesi papua indonesia wni tki rp rupiah
        bpjs kemnaker polri tni dpr jabodetabek solo malang batam lampung aceh riau ntt ntb
        bekraf ojol gojek grab
    """),
)

#: Letters that only Vietnamese writes among the Latin-script languages scored here.
VI_LETTERS = frozenset(
    "ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
    "ƠƯĐẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"
    "ăĂ"
)

#: Letters that point at one Latin-script language (weight per occurrence, capped by the scorer).
LATIN_LETTERS: dict[str, dict[str, float]] = {
    "ñ": {"es": 1.0},
    "¿": {"es": 1.0},
    "¡": {"es": 1.0},
    "ã": {"pt": 1.0},
    "õ": {"pt": 1.0},
    "ç": {"pt": 0.4, "fr": 0.4, "tr": 0.4},
    "è": {"fr": 0.5, "it": 0.5},
    "ê": {"fr": 0.4, "pt": 0.4},
    "û": {"fr": 0.6},
    "î": {"fr": 0.6},
    "œ": {"fr": 1.0},
    "ù": {"fr": 0.4, "it": 0.6},
    "ò": {"it": 1.0},
    "ì": {"it": 1.0},
    "ß": {"de": 1.0},
    "ä": {"de": 0.6},
    "ö": {"de": 0.4, "tr": 0.4},
    "ü": {"de": 0.4, "tr": 0.4},
    "ş": {"tr": 1.0},
    "ğ": {"tr": 1.0},
    "ı": {"tr": 1.0},
}

# --- Arabic script: Arabic, Persian, Urdu ---------------------------------------------------

#: Letters Urdu writes and Arabic and Persian do not.
URDU_LETTERS = frozenset("ٹڈڑںےۓہھۃ")
#: Letters Persian (and Urdu) write and Arabic does not.
PERSIAN_LETTERS = frozenset("پچژگ")
#: Arabic spellings Persian and Urdu replace (yeh, kaf, teh marbuta, alef maksura, hamza seats).
ARABIC_LETTERS = frozenset("يكةىأإؤ")

ARABIC_SCRIPT_WORDS: tuple[tuple[str, float, str], ...] = (
    ("ar", STRONG, """
        في من على إلى الى عن مع هذا هذه التي الذي الذين كان كانت لا ما لم لن هل أو او ثم قد
        كل بعد قبل عند حتى أن إن ان أنه لكن بين هو هي نحن أنت انت هم عمل العمل وظيفة وظائف
        راتب الراتب شهري شهريا مجانا مجاني مجانية تذكرة سكن خبرة مطلوب مطلوبة للعمل شركة
        التواصل للتواصل واتساب يرجى الاتصال دولار براتب فرصة فرص لدينا لديك نبحث عن يوجد
        سنة سنوات يوم ساعات احتيال تحذير ضحايا
        اليوم غدا أمس الآن جيد شكرا مرحبا السلام عليكم كيف حالك الحمد لله إن شاء الله
        عيد مبارك سعيد رمضان كريم الحكومة الشرطة الأخبار وفقا قال قالت أعلن الرئيس الوزير
        المدينة الطقس حار بارد مطر صباح مساء ليلة أنا أنتم هناك هنا جدا كثير قليل أيضا
        لقد كانوا يكون تكون سوف ليس لماذا متى أين الذين اللذين عندما بسبب حول خلال منذ
    """),
    ("fa", STRONG, """
        در از به با که این است را برای می ها های هم یک آن تا بر شده شود کرد کار کاری حقوق
        ماهانه رایگان بلیط خوابگاه تجربه نیاز استخدام شرکت تماس واتساپ دلار فرصت ما شما
        آنها او من هست نیست باید بود خواهد اما یا نیز هر پس چه چرا کجا چون همه ساعت روز
        سال بدون کلاهبرداری هشدار
        امروز فردا دیروز الان خوب ممنون مرسی سلام چطوری حالت خوبه عید مبارک تولدت نوروز
        دولت پلیس اخبار گفت گفته اعلام رئیس جمهور وزیر شهر هوا گرم سرد باران صبح عصر شب
        من تو شما اینجا آنجا خیلی زیاد کم هم هستند بودند کنید کنم میکنم میخواهم است نمی
        نه بله آره چی کی چرا کجا وقتی چون درباره طی از
    """),
    ("ur", STRONG, """
        کے کی کا ہے ہیں میں نے کو سے اور پر یہ وہ ہم آپ تھا تھی تھے گا گی گے کر کریں کرنے
        لیے لئے نہیں بھی ایک کوئی ملازمت نوکری تنخواہ ماہانہ مفت ٹکٹ رہائش تجربہ ضرورت کمپنی
        رابطہ واٹس ایپ ڈالر موقع گھنٹے دن سال بغیر دھوکہ ہوشیار
        آج کل اب اچھا اچھی شکریہ سلام کیسے کیسی ہو ہوں عید مبارک سالگرہ حکومت پولیس خبر
        مطابق کہا بتایا صدر وزیر شہر موسم گرمی سردی بارش صبح شام رات میرا میری تم تمہارا
        یہاں وہاں بہت زیادہ کم تھوڑا لیکن مگر اگر جب کیوں کہاں کب کیا جی ہاں نہ
    """),
)

# --- Cyrillic: Russian, Ukrainian and neighbours ----------------------------------------------

UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")
RUSSIAN_LETTERS = frozenset("ыэёЫЭЁ")
#: Letters of Cyrillic languages other than Russian and Ukrainian, checked first.
CYRILLIC_OTHER_LETTERS: tuple[tuple[str, frozenset[str]], ...] = (
    ("kk", frozenset("әғқңұһӘҒҚҢҰҺ")),
    ("mk", frozenset("ѓќѕЃЌЅ")),
    ("sr", frozenset("ђћџЂЋЏ")),
    ("be", frozenset("ўЎ")),  # (after Uzbek: see _read_cyrillic)
    ("mn", frozenset("өүӨҮ")),
)

CYRILLIC_WORDS: tuple[tuple[str, float, str], ...] = (
    ("ru", STRONG, """
        и в не на что с по это как а но он она они мы вы я из за от для к до у же так все был
        была были быть есть или если уже только ещё еще бы его её ее их нас вас нам вам который
        которые когда где там тут здесь очень работа работу работы зарплата опыт требуется
        требуются нужны бесплатно билет жильё жилье проживание питание компания звоните пишите
        месяц месяцев день дней час часов лет возраст без мошенники осторожно спасибо
        пожалуйста привет какая какой какое мне тебе тебя меня него неё них этот эта эти тот ли
        вот также теперь сейчас сегодня завтра вчера хорошо плохо доброе утро вечер ночи
        спокойной дела дело новый новая новые правительство дождь идёт идет утра утром вечером
        ночью
    """),
    ("uk", STRONG, """
        і й та в у не на що з по це як а але він вона вони ми ви я із за від для до же так все
        всі був була були бути є або якщо вже тільки ще би його її їх нас вас нам вам який які
        коли де там тут дуже робота роботу роботи зарплата досвід потрібні потрібен безкоштовно
        квиток житло проживання харчування компанія телефонуйте пишіть місяць місяців день днів
        година годин років вік без шахраї обережно дякую будь ласка привіт яка яке мені тобі
        тебе мене нього неї них цей ця ці той чи ось також тепер зараз сьогодні завтра вчора
        добре погано гарно доброго ранку вечора ночі справи уряд новий нова нові новина новини
        представив зробив сказав дощ йде вранці ввечері вночі гарний гарна гарне
    """),
    ("bg", STRONG, """
        и в не на че с по това как а но той тя те ние вие аз от за до при като също още
        е са съм сме сте със към който която които когато където тук там много работа
        заплата опит безплатно билет квартира фирма месец години възраст без ще тези този
        лв лева
    """),
)

# --- Devanagari: Hindi, Nepali, Marathi -----------------------------------------------------

DEVANAGARI_WORDS: tuple[tuple[str, float, str], ...] = (
    ("hi", STRONG, """
        है हैं था थे थी का के की में से और को पर यह वह ये वे इस उस एक लिए नहीं भी कर करें
        करने किया हम आप मैं तो ही जो कि क्या कोई सभी बहुत अब नौकरी वेतन तनख्वाह महीना
        महीने मुफ्त टिकट रहना खाना अनुभव जरूरत ज़रूरत चाहिए कंपनी संपर्क दिन साल घंटे बिना
        धोखाधड़ी सावधान रहें होगा होगी मिलेगा मिलेगी अपना अपने साथ बाद पहले
    """),
    ("ne", STRONG, """
        छ छन् हुन्छ हुने भएको गरेको गर्न गर्नुहोस् गर्नुस् पनि मा र लागि तपाईं तपाई हामी
        यो त्यो यस त्यस नै थियो थिए छैन हैन भने अनि रोजगार रोजगारी तलब महिना निःशुल्क
        टिकट बस्न खाना अनुभव आवश्यक चाहिन्छ कम्पनी सम्पर्क दिन वर्ष घण्टा बिना ठगी सावधान
        हुनुहोस् विदेश जानुहोस् पाउनुहुनेछ सक्नुहुन्छ गर्दै बाट सँग लाई
    """),
    ("mr", STRONG, """
        आहे आहेत होते होता होती आणि व च्या चा ची चे मध्ये साठी नाही करा आम्ही तुम्ही हे
        ही ते त्या या एक पण तर की काय कोणी सर्व खूप आता नोकरी पगार महिना मोफत तिकीट
        राहणे जेवण अनुभव गरज पाहिजे कंपनी संपर्क दिवस वर्षे तास शिवाय फसवणूक सावध रहा
        मिळेल आपल्या सोबत नंतर आधी
    """),
    ("hi", STRONG, """
        अभी तक रहे रहा रही जा गया गई गए दिया लिया कहा कुछ बात लोग सब क्यों कैसे कहाँ कहां कब
        यहाँ यहां वहाँ वहां मुझे मेरा मेरी मेरे तुम तुम्हें तुम्हारा उन्हें हमें अपनी वाले वाली
        दिवाली होली शुभकामनाएँ शुभकामनाएं हार्दिक बधाई जन्मदिन धन्यवाद शुक्रिया भाई बहन माँ
        पापा दोस्त घर सरकार पुलिस खबर अनुसार बताया कहना देखो देखा चलो आज कल सुबह शाम रात बारिश
        गर्मी ठंड बहुत ज्यादा थोड़ा अच्छा अच्छी बुरा सच में क्या हाल हूँ हूं सकते सकता सकती
        चाहते जाना आना करना होना लेकिन मगर अगर तब जब भी ने उन्होंने आपको हमको उसको सबको इसको
        किसको जिसको तुमको मुझको उनको इनको जिनको
    """),
    ("ne", STRONG, """
        अहिले सम्म रहेको रहेछ गयो गए दियो लियो भन्यो केही कुरा मान्छे सबै किन कसरी कहाँ
        कहिले यहाँ त्यहाँ मलाई मेरो मेरी तिमी तिमीलाई तिम्रो उहाँ उनलाई हामीलाई आफ्नो
        तिहार दशैं दसैं शुभकामना हार्दिक बधाई जन्मदिनको धन्यवाद दाइ दिदी बहिनी भाइ आमा बुबा
        साथी घर सरकार प्रहरी समाचार अनुसार बताए भने हेर्नुस् जाऔं आज भोलि हिजो बिहान बेलुका
        राति पानी गर्मी जाडो धेरै थोरै राम्रो नराम्रो साँच्चै छ खबर हुनुहुन्छ छु छौं
        सक्छ सक्नुहुन्छ चाहन्छु जान आउन गर्न हुन तर यदि भने जब पनि ले उनले गरे गर्छ
        नेपाल नेपाली काठमाडौं
    """),
)

#: Word endings for Devanagari words not in the lists: Nepali and Marathi write postpositions
#: as suffixes (दुबईमा, कम्पनीको; दुबईमध्ये, कंपनीच्या), Hindi as words (दुबई में) and
#: marks the oblique plural with -ों. Hindi pronouns that take -को are in the Hindi list.
DEVANAGARI_SUFFIXES: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    ("ne", 0.7, ("मा", "को", "लाई", "बाट", "हरू", "हरु", "सँग", "भयो", "नुहोस्", "नुस्", "दैछ",
                 "छन्", "नेछ")),
    ("mr", 0.7, ("च्या", "मध्ये", "साठी", "ांना", "ाचा", "ाची", "ाचे")),
    ("hi", 0.5, ("ों",)),
)

#: Word endings for Cyrillic words not in the lists: Ukrainian -ння where Russian has -ние/-ния,
#: case endings, and the Bulgarian definite article -ът.
CYRILLIC_SUFFIXES: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    ("uk", 1.0, ("ння", "ннями", "нню")),
    ("ru", 1.0, ("ние", "ния", "нии", "нием", "ниям")),
    # Case endings: Russian (and Ukrainian) decline nouns, Bulgarian does not.
    ("ru", 0.5, ("ого", "его", "ому", "ему", "ами", "ями", "ой", "ую")),
    ("uk", 0.5, ("ого", "его", "ому", "ему", "ами", "ями")),
    ("bg", 1.0, ("ът",)),
)

#: Letters of Assamese, which otherwise shares the Bengali script.
ASSAMESE_LETTERS = frozenset("ৰৱ")

#: Kanji that Japanese writes and Chinese (simplified or traditional) does not.
JAPANESE_KANJI = frozenset("円込働払様駅県売読変応対図広戻鉄気発経営労転済験関楽薬価児険検歳")
