import type { ScalePreset } from '../settings/types';

/**
 * Every text of the standard workbook (`lkjip template`, Sisipkan template): sheet names,
 * titles, column headers, the example rows and the `Petunjuk` sheet, per language.
 */
export interface TemplateMessages {
  readonly sheets: {
    readonly tabel: (nomor: number) => string;
    readonly renstra: string;
    readonly petunjuk: string;
  };
  readonly titles: {
    readonly capaian: (tahun: number) => string;
    readonly ringkasan: (tahun: number) => string;
    readonly multiTahun: string;
    readonly kemajuan: (tahun: number) => string;
    readonly pembanding: (tahun: number) => string;
    readonly capaianProgram: (tahun: number) => string;
    readonly alokasi: (tahun: number) => string;
    readonly kinerjaAnggaran: (tahun: number) => string;
    readonly efisiensi: (tahun: number) => string;
    readonly realisasiAnggaran: (tahun: number) => string;
    readonly efisiensiSdm: (tahun: number) => string;
    readonly sarpras: (tahun: number) => string;
    readonly efisiensiSarpras: (tahun: number) => string;
    readonly renstra: (awal: number, akhir: number) => string;
  };
  readonly headers: {
    readonly no: string;
    readonly kode: string;
    readonly sasaran: string;
    readonly indikator: string;
    readonly indikatorProgram: string;
    readonly satuan: string;
    readonly polaritas: string;
    readonly target: string;
    readonly realisasi: string;
    readonly capaian: string;
    readonly predikat: string;
    readonly kategori: string;
    readonly jumlahIndikator: string;
    readonly persentase: string;
    readonly tahun: (tahun: number) => string;
    readonly targetAkhir: string;
    readonly realisasiTahun: (tahun: number) => string;
    readonly kemajuan: string;
    readonly pembanding: string;
    readonly kabupaten: string;
    readonly provinsi: string;
    readonly nasional: string;
    readonly selisih: string;
    readonly uraianProgram: string;
    readonly program: string;
    readonly anggaran: string;
    readonly persenAnggaran: string;
    readonly kinerja: string;
    readonly anggaranGroup: string;
    readonly pagu: string;
    readonly realisasiRp: string;
    readonly serapan: string;
    readonly sisa: string;
    readonly capaianKinerja: string;
    readonly penyerapanAnggaran: string;
    readonly efisiensi: string;
    readonly triwulanGroup: string;
    readonly triwulan: readonly [string, string, string, string];
    readonly k: string;
    readonly rp: string;
    readonly kinerjaTahun: (tahun: number) => string;
    readonly sdmGroup: string;
    readonly kebutuhanSdm: string;
    readonly tersediaSdm: string;
    readonly ketersediaanSdm: string;
    readonly jenisSarpras: string;
    readonly tersediaSarpras: string;
    readonly kebutuhanStandar: string;
    readonly ketersediaan: string;
    readonly sarprasGroup: (tahun: number) => string;
    readonly tersediaSarprasGroup: string;
    readonly ketersediaanSarpras: string;
    readonly kondisiAwal: (tahun: number) => string;
    readonly targetPadaTahun: string;
    readonly realisasiPadaTahun: string;
  };
  readonly footers: {
    readonly rataRata: string;
    readonly jumlah: string;
    readonly rataRataSingkat: string;
    readonly efisiensiAnggaran: string;
    readonly efisiensiSdm: string;
    readonly efisiensiSarpras: string;
  };
  readonly kategori: { readonly melampaui: string; readonly sesuai: string; readonly tidakMencapai: string };
  /** The one example the rows of every table describe (the same indicator and program everywhere). */
  readonly example: {
    readonly sasaran: string;
    readonly indikator: string;
    readonly satuan: string;
    readonly polaritas: string;
    readonly kodeProgram: string;
    readonly program: string;
    readonly indikatorProgram: string;
    readonly kodeKegiatan: string;
    readonly kegiatan: string;
    readonly indikatorKegiatan: string;
    readonly kodeSubKegiatan: string;
    readonly subKegiatan: string;
    readonly indikatorSubKegiatan: string;
    readonly satuanSubKegiatan: string;
    readonly sarpras: string;
  };
  readonly source: {
    readonly capaian: string;
    readonly pembanding: string;
    readonly anggaran: string;
    readonly sdm: string;
    readonly sarpras: string;
    readonly renstra: string;
  };
  readonly petunjuk: Petunjuk;
  /** `lkjip template -o OUT`. */
  readonly cli: {
    readonly missingOutput: string;
    readonly notXlsx: (file: string) => string;
    readonly exists: (file: string) => string;
    readonly cannotWrite: (file: string, reason: string) => string;
    readonly done: (file: string, sheets: readonly string[]) => string;
  };
}

export interface Petunjuk {
  readonly title: string;
  readonly intro: readonly string[];
  readonly howToFill: { readonly heading: string; readonly lines: readonly string[] };
  readonly values: { readonly heading: string; readonly lines: readonly string[] };
  /** One line per table, in sheet order (3.1 … 3.13, Renstra). */
  readonly tables: { readonly heading: string; readonly lines: readonly string[] };
  readonly formulas: { readonly heading: string; readonly lines: readonly string[] };
  readonly scales: {
    readonly heading: string;
    readonly intro: string;
    readonly presetName: Readonly<Record<ScalePreset, string>>;
    /** A band with a lower bound, e.g. `> 90: Sangat Tinggi`. */
    readonly band: (comparator: string, bound: string, label: string) => string;
    readonly lastBand: (label: string) => string;
    readonly custom: string;
  };
  readonly colors: {
    readonly heading: string;
    readonly error: string;
    readonly warning: string;
    readonly info: string;
    readonly sheet: string;
  };
}

export const templateId: TemplateMessages = {
  sheets: {
    tabel: (nomor) => `Tabel 3.${nomor}`,
    renstra: 'Renstra',
    petunjuk: 'Petunjuk',
  },
  titles: {
    capaian: (tahun) => `Tabel 3.1 Pencapaian Kinerja Sasaran Tahun ${tahun}`,
    ringkasan: (tahun) => `Tabel 3.2 Ringkasan Pencapaian Kinerja Sasaran Tahun ${tahun}`,
    multiTahun: 'Tabel 3.3 Perbandingan Realisasi dan Capaian Kinerja dengan Tahun Sebelumnya',
    kemajuan: (tahun) => `Tabel 3.4 Perbandingan Realisasi Kinerja Tahun ${tahun} dengan Target Akhir Periode Renstra`,
    pembanding: (tahun) => `Tabel 3.5 Perbandingan Realisasi Kinerja dengan Realisasi Kabupaten, Provinsi dan Nasional Tahun ${tahun}`,
    capaianProgram: (tahun) => `Tabel 3.6 Capaian Kinerja Program, Kegiatan dan Sub Kegiatan Tahun ${tahun}`,
    alokasi: (tahun) => `Tabel 3.7 Alokasi Anggaran per Sasaran (Cost per Outcome) Tahun ${tahun}`,
    kinerjaAnggaran: (tahun) => `Tabel 3.8 Pencapaian Kinerja dan Anggaran Tahun ${tahun}`,
    efisiensi: (tahun) => `Tabel 3.9 Efisiensi Penggunaan Anggaran Tahun ${tahun}`,
    realisasiAnggaran: (tahun) => `Tabel 3.10 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun ${tahun}`,
    efisiensiSdm: (tahun) => `Tabel 3.11 Efisiensi Penggunaan Sumber Daya Manusia Tahun ${tahun}`,
    sarpras: (tahun) => `Tabel 3.12 Ketersediaan Sarana dan Prasarana Tahun ${tahun}`,
    efisiensiSarpras: (tahun) => `Tabel 3.13 Efisiensi Sarana dan Prasarana Tahun ${tahun}`,
    renstra: (awal, akhir) => `Matriks Rencana Strategis (Renstra) Tahun ${awal}–${akhir}`,
  },
  headers: {
    no: 'No',
    kode: 'Kode',
    sasaran: 'Sasaran Strategis',
    indikator: 'Indikator Kinerja',
    indikatorProgram: 'Indikator Kinerja Program',
    satuan: 'Satuan',
    polaritas: 'Polaritas',
    target: 'Target',
    realisasi: 'Realisasi',
    capaian: 'Capaian (%)',
    predikat: 'Predikat',
    kategori: 'Kategori Capaian',
    jumlahIndikator: 'Jumlah Indikator',
    persentase: 'Persentase',
    tahun: (tahun) => `Tahun ${tahun}`,
    targetAkhir: 'Target Akhir Periode Renstra',
    realisasiTahun: (tahun) => `Realisasi Tahun ${tahun}`,
    kemajuan: 'Tingkat Kemajuan (%)',
    pembanding: 'Realisasi Pembanding',
    kabupaten: 'Kabupaten',
    provinsi: 'Provinsi',
    nasional: 'Nasional',
    selisih: 'Selisih dengan Nasional (+/-)',
    uraianProgram: 'Program/Kegiatan/Sub Kegiatan',
    program: 'Program',
    anggaran: 'Anggaran (Rp)',
    persenAnggaran: '% Anggaran',
    kinerja: 'KINERJA',
    anggaranGroup: 'ANGGARAN',
    pagu: 'Pagu (Rp)',
    realisasiRp: 'Realisasi (Rp)',
    serapan: 'Penyerapan (%)',
    sisa: 'Sisa (Rp)',
    capaianKinerja: 'Capaian Kinerja (%)',
    penyerapanAnggaran: 'Penyerapan Anggaran (%)',
    efisiensi: 'Tingkat Efisiensi (%)',
    triwulanGroup: 'Realisasi Kinerja dan Anggaran per Triwulan',
    triwulan: ['I', 'II', 'III', 'IV'],
    k: 'K',
    rp: 'Rp',
    kinerjaTahun: (tahun) => `KINERJA TAHUN ${tahun}`,
    sdmGroup: 'SUMBER DAYA MANUSIA',
    kebutuhanSdm: 'Kebutuhan SDM (ABK)',
    tersediaSdm: 'Ketersediaan SDM',
    ketersediaanSdm: '% Ketersediaan SDM',
    jenisSarpras: 'Jenis Sarana dan Prasarana',
    tersediaSarpras: 'Jumlah Tersedia (Hasil Rekonsiliasi)',
    kebutuhanStandar: 'Kebutuhan Standar',
    ketersediaan: 'Ketersediaan (%)',
    sarprasGroup: (tahun) => `SARANA DAN PRASARANA TAHUN ${tahun}`,
    tersediaSarprasGroup: 'Sarpras Tersedia (Hasil Rekonsiliasi)',
    ketersediaanSarpras: '% Ketersediaan Sarpras',
    kondisiAwal: (tahun) => `Kondisi Awal (${tahun})`,
    targetPadaTahun: 'Target Kinerja pada Tahun',
    realisasiPadaTahun: 'Realisasi Kinerja pada Tahun',
  },
  footers: {
    rataRata: 'Rata-rata Capaian Kinerja',
    jumlah: 'JUMLAH',
    rataRataSingkat: 'RATA-RATA',
    efisiensiAnggaran: 'TINGKAT EFISIENSI PENGGUNAAN ANGGARAN',
    efisiensiSdm: 'TINGKAT EFISIENSI SDM',
    efisiensiSarpras: 'TINGKAT EFISIENSI SARANA DAN PRASARANA',
  },
  kategori: {
    melampaui: 'Melampaui target (capaian lebih dari 100%)',
    sesuai: 'Sesuai target (capaian 100%)',
    tidakMencapai: 'Tidak mencapai target (capaian kurang dari 100%)',
  },
  example: {
    sasaran: 'Meningkatnya kualitas pelayanan publik',
    indikator: 'Indeks Kepuasan Masyarakat (IKM)',
    satuan: 'Indeks',
    polaritas: 'positif',
    kodeProgram: '7.01.02',
    program: 'Program Penyelenggaraan Pemerintahan dan Pelayanan Publik',
    indikatorProgram: 'Persentase layanan administrasi terpadu kecamatan (PATEN) yang diselesaikan tepat waktu',
    kodeKegiatan: '7.01.02.2.01',
    kegiatan: 'Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat',
    indikatorKegiatan: 'Persentase pelayanan nonperizinan yang diselesaikan sesuai standar pelayanan',
    kodeSubKegiatan: '7.01.02.2.01.0003',
    subKegiatan: 'Pelaksanaan Urusan Pemerintahan yang Terkait dengan Nonperizinan',
    indikatorSubKegiatan: 'Jumlah Pelayanan Nonperizinan yang Diselesaikan',
    satuanSubKegiatan: 'pelayanan',
    sarpras: 'Komputer dan laptop pelayanan',
  },
  source: {
    capaian: 'Sumber: Perjanjian Kinerja dan data capaian kinerja (isi sesuai sumber Anda)',
    pembanding: 'Sumber: data kabupaten, provinsi dan nasional (isi sesuai sumber Anda)',
    anggaran: 'Sumber: Laporan Realisasi Anggaran (SIPD) per 31 Desember',
    sdm: 'Sumber: Analisis Jabatan dan Analisis Beban Kerja (ABK)',
    sarpras: 'Sumber: Hasil Rekonsiliasi Barang Milik Daerah (BMD)',
    renstra: 'Sumber: Dokumen Renstra Perangkat Daerah',
  },
  petunjuk: {
    title: 'Petunjuk Pengisian Tabel Bab III LKjIP',
    intro: [
      'Buku kerja ini berisi tabel standar Bab III Laporan Kinerja Instansi Pemerintah (LKjIP): satu lembar untuk setiap tabel, Tabel 3.1 sampai Tabel 3.13, ditambah lembar Renstra.',
      'Tombol Hitung Ulang pada add-in LKjIP (atau perintah lkjip recalc) menghitung ulang semua kolom turunan dan menuliskannya kembali; Periksa (lkjip check) hanya melaporkan angka yang tidak konsisten tanpa mengubah apa pun.',
    ],
    howToFill: {
      heading: 'Cara mengisi',
      lines: [
        '1. Jangan mengubah baris judul kolom. Baris (1), (2), (3) … di bawahnya adalah nomor kolom, bukan data.',
        '2. Setiap tabel berisi satu baris contoh (tabel program/kegiatan/sub kegiatan berisi satu baris untuk setiap tingkat). Timpa baris contoh dengan data Anda, lalu sisipkan baris baru di atas baris JUMLAH atau Rata-rata untuk indikator berikutnya.',
        '3. Sebuah tabel berakhir pada baris kosong atau baris "Sumber: …". Jangan menyisipkan baris kosong di tengah tabel.',
        '4. Tulis nama indikator dan program persis sama di semua tabel: dengan nama itulah target, realisasi, pagu dan realisasi anggaran dicocokkan antartabel.',
        '5. Kolom turunan (capaian, tingkat kemajuan, penyerapan, sisa, % anggaran, efisiensi, % ketersediaan, selisih, predikat, JUMLAH dan rata-rata) boleh dikosongkan: Hitung Ulang mengisinya. Kolom masukan (target, realisasi, pagu, realisasi Rp) tidak pernah diubah, hanya diperiksa.',
        '6. Tingkat program, kegiatan dan sub kegiatan dibaca dari kode rekening (7.01.02 program, 7.01.02.2.01 kegiatan, 7.01.02.2.01.0003 sub kegiatan) atau dari awalan "Program:", "Kegiatan:", "Sub Kegiatan:".',
        '7. Realisasi per triwulan pada Tabel 3.10 dan lembar Renstra menjadi bahan Formulir E.81 (tombol Buat E.81).',
      ],
    },
    values: {
      heading: 'Cara menulis nilai',
      lines: [
        'Persentase: 94,76% atau angka berformat persen. Di kolom yang judulnya memuat % atau capaian, angka biasa 94,76 dibaca sebagai 94,76%.',
        'Angka dengan satuan: 12 laporan, 1 inovasi, 3162 pelayanan. Gunakan satuan yang sama untuk target dan realisasi.',
        'Nilai dengan predikat: 81,10 (A) atau 79,56 (BB); predikat saja: A, BB, Baik, Sangat Baik.',
        'Uang: angka biasa dengan format ribuan (2.684.530.000); teks Rp. 2.684.530.000,00 juga dapat dibaca.',
        'Tidak ada data: tulis - (tanda hubung). Sel kosong juga berarti tidak ada data, bukan nol.',
      ],
    },
    tables: {
      heading: 'Isi setiap tabel',
      lines: [
        'Tabel 3.1 Pencapaian Kinerja Sasaran: setiap indikator kinerja utama (Perjanjian Kinerja) dengan target dan realisasinya. Dihitung: Capaian (%), Predikat, baris Rata-rata Capaian Kinerja.',
        'Tabel 3.2 Ringkasan Pencapaian Kinerja Sasaran: banyaknya indikator Tabel 3.1 yang melampaui, sesuai dan tidak mencapai target. Dihitung: Jumlah Indikator, Persentase, JUMLAH.',
        'Tabel 3.3 Perbandingan dengan Tahun Sebelumnya: target, realisasi dan capaian setiap indikator selama tiga tahun terakhir. Dihitung: Capaian (%) setiap tahun.',
        'Tabel 3.4 Perbandingan dengan Target Akhir Periode Renstra: realisasi tahun ini terhadap target akhir Renstra. Dihitung: Tingkat Kemajuan (%).',
        'Tabel 3.5 Perbandingan dengan Realisasi Kabupaten, Provinsi dan Nasional. Dihitung: Selisih dengan nasional (+/-).',
        'Tabel 3.6 Capaian Kinerja Program, Kegiatan dan Sub Kegiatan: indikator setiap program, kegiatan dan sub kegiatan. Dihitung: Capaian (%).',
        'Tabel 3.7 Alokasi Anggaran per Sasaran (cost per outcome): anggaran program yang mendukung setiap sasaran. Dihitung: % Anggaran, JUMLAH.',
        'Tabel 3.8 Pencapaian Kinerja dan Anggaran: satu baris per program dengan indikator programnya. Dihitung: Capaian kinerja (%) dan Capaian (penyerapan) anggaran (%).',
        'Tabel 3.9 Efisiensi Penggunaan Anggaran: capaian setiap indikator dibanding penyerapan anggaran program pendukungnya. Dihitung: Tingkat Efisiensi per baris dan pada baris total.',
        'Tabel 3.10 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan (dari SIPD), dengan indikator, target, realisasi dan realisasi per triwulan. Dihitung: Penyerapan (%), Sisa (Rp), JUMLAH. Diperiksa: pagu dan realisasi program/kegiatan sama dengan jumlah rinciannya, realisasi tidak melebihi pagu.',
        'Tabel 3.11 Efisiensi Penggunaan SDM: capaian indikator dibanding ketersediaan pegawai menurut Analisis Beban Kerja. Dihitung: Capaian (%), % Ketersediaan SDM, RATA-RATA, Tingkat Efisiensi SDM.',
        'Tabel 3.12 Ketersediaan Sarana dan Prasarana: jumlah tersedia (hasil rekonsiliasi BMD) terhadap kebutuhan standar. Dihitung: Ketersediaan (%).',
        'Tabel 3.13 Efisiensi Sarana dan Prasarana: capaian indikator dibanding ketersediaan sarana dan prasarana pendukungnya. Dihitung: Capaian (%), % Ketersediaan Sarpras, RATA-RATA, Tingkat Efisiensi.',
        'Renstra: matriks Rencana Strategis, yaitu kondisi awal, target setiap tahun, target akhir periode dan realisasi setiap tahun. Dipakai untuk Tabel 3.4 dan Formulir E.81; di lembar ini tidak ada yang dihitung.',
      ],
    },
    formulas: {
      heading: 'Rumus',
      lines: [
        'Capaian kinerja, polaritas positif (makin tinggi makin baik; bawaan): Realisasi ÷ Target × 100.',
        'Capaian kinerja, polaritas negatif (makin rendah makin baik, misalnya jumlah pengaduan, angka kematian, waktu layanan): (2 × Target − Realisasi) ÷ Target × 100. Rumus lain, Target ÷ Realisasi × 100, dapat dipilih di Pengaturan.',
        'Polaritas dibaca dari kolom Polaritas (positif/negatif, +/-, maksimal/minimal) atau dari pengaturan per indikator; tanpa keduanya indikator dianggap positif. Polaritas yang ditulis di Tabel 3.1 berlaku juga untuk indikator yang sama di tabel lain.',
        'Capaian indikator berupa predikat (A, BB, Baik): 100 bila predikat realisasi sama dengan atau lebih baik dari target; selain itu perbandingan peringkat keduanya × 100.',
        'Rata-rata capaian: rata-rata hitung capaian semua indikator dalam tabel; indikator tanpa nilai tidak ikut dihitung. Batas atas capaian (100, 110 atau 120) dapat diatur di Pengaturan.',
        'Ringkasan (Tabel 3.2): banyaknya indikator Tabel 3.1 dengan capaian di atas 100%, tepat 100% dan di bawah 100%.',
        'Tingkat kemajuan: Realisasi tahun ini ÷ Target akhir periode Renstra × 100, dengan aturan polaritas yang sama.',
        'Penyerapan (realisasi) anggaran: Realisasi (Rp) ÷ Pagu (Rp) × 100. Sisa anggaran: Pagu − Realisasi.',
        '% Anggaran (Tabel 3.7): Anggaran sasaran ÷ jumlah anggaran × 100.',
        'Tingkat efisiensi (Tabel 3.9): % capaian kinerja − % penyerapan anggaran, dalam poin persen; lebih dari 0 berarti efisien. Baris total: rata-rata capaian Tabel 3.1 − penyerapan anggaran seluruhnya (JUMLAH Tabel 3.10).',
        '% Ketersediaan (SDM, sarana dan prasarana): Tersedia ÷ Kebutuhan × 100. Tingkat efisiensi SDM atau sarpras: rata-rata capaian − rata-rata % ketersediaan.',
        'Selisih dengan pembanding (Tabel 3.5): Realisasi − Realisasi nasional (provinsi bila nasional kosong, kabupaten bila keduanya kosong).',
        'JUMLAH/TOTAL: jumlah baris di atasnya; pada tabel berjenjang hanya baris program yang dijumlahkan. Pagu dan realisasi setiap program dan kegiatan harus sama dengan jumlah rinciannya.',
        'Angka dibandingkan pada ketelitian yang ditampilkan: 99,97% cocok dengan hasil hitung 99,9728.',
      ],
    },
    scales: {
      heading: 'Skala predikat',
      intro:
        'Predikat ditentukan dari skala yang dipilih di Pengaturan (bawaan: Permendagri 86/2017). Batas diuji dari atas ke bawah; nilai yang tepat sama dengan batas "lebih dari" masuk ke kelompok di bawahnya (90,00 pada skala Permendagri 86 adalah Tinggi).',
      presetName: {
        permendagri86: 'Permendagri 86/2017 (bawaan; juga untuk Formulir E.81)',
        'sakip-5': 'SAKIP 5 tingkat',
        'lkjip-5': 'LKjIP 5 tingkat',
        'lkjip-4': 'LKjIP 4 tingkat',
        custom: 'Skala sendiri',
      },
      band: (comparator, bound, label) => `${comparator === '>' ? 'lebih dari' : 'paling sedikit'} ${bound}: ${label}`,
      lastBand: (label) => `selain itu: ${label}`,
      custom: 'Skala sendiri: batas dan sebutan diisi di Pengaturan; skala harus menurun dan tanpa celah.',
    },
    colors: {
      heading: 'Warna peringatan',
      error: 'Merah muda, galat: angka saling bertentangan (capaian tertulis berbeda dari hasil hitung, JUMLAH tidak sama dengan jumlah rinciannya, indikator yang sama bernilai lain di tabel lain).',
      warning: 'Kuning, peringatan: patut diperiksa (realisasi melebihi pagu, predikat tidak sesuai skala, satuan target dan realisasi berbeda, realisasi persentase di atas 100%).',
      info: 'Biru muda, info: catatan (nilai kosong sehingga tidak dapat dihitung, angka yang dibaca dengan suatu anggapan).',
      sheet: 'Daftar lengkap (lembar, sel, kode, pesan) ditulis ke lembar "Peringatan LKjIP" setiap kali Hitung Ulang dijalankan; warna dihapus sendiri setelah masalahnya diperbaiki.',
    },
  },
  cli: {
    missingOutput: 'Sebutkan berkas hasil: lkjip template -o HASIL.xlsx',
    notXlsx: (file) => `Berkas hasil harus berakhiran .xlsx: ${file}`,
    exists: (file) => `Berkas ${file} sudah ada dan tidak ditimpa: pilih nama lain atau hapus dahulu berkas itu.`,
    cannotWrite: (file, reason) => `${file}: tidak dapat ditulis. ${reason}`,
    done: (file, sheets) => `${file}: templat LKjIP dibuat (${sheets.length} lembar: ${sheets.join(', ')}).`,
  },
};
