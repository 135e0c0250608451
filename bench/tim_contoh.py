#!/usr/bin/env python3
"""Template Tim Kerja for bench/run.sh: the demo pimpinan forms a team through the app, names a ketua and two anggota and
sets it (the Keputusan is numbered and rendered), so bench/perbanyak-tim.sql copies rows the app itself wrote.

    python3 bench/tim_contoh.py BASE_URL

Prints the team's id. Exits non-zero when a step does not answer as the app does for a valid request."""
import datetime
import http.cookiejar
import re
import sys
import urllib.error
import urllib.parse
import urllib.request

BASE = sys.argv[1].rstrip("/")


class TanpaAlihan(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def klien():
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), TanpaAlihan())


def get(o, url):
    return o.open(BASE + url).read().decode()


def post(o, url, data):
    try:
        r = o.open(BASE + url, urllib.parse.urlencode(data).encode())
        return r.status, r.headers.get("Location")
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Location")


def token(html):
    return re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', html).group(1)


def versi(html):
    return re.search(r'name="Masukan.Versi" value="(\d+)"', html).group(1)


def harus(hasil, langkah):
    status, lokasi = hasil
    if status != 302:
        sys.exit(f"tim_contoh: {langkah} answered {status}")
    return lokasi


o = klien()
harus(post(o, "/Akun/Masuk", {"__RequestVerificationToken": token(get(o, "/Akun/Masuk")),
                              "Masukan.NamaPengguna": "pimpinan", "Masukan.KataSandi": "Pimpinan#Demo2025"}), "sign-in")
h = get(o, "/Tim/Bentuk")
unit = re.search(r'name="Masukan.UnitId">\s*<option value="([^"]+)"', h).group(1)
hari = datetime.date.today()
url = harus(post(o, "/Tim/Bentuk", {
    "__RequestVerificationToken": token(h), "Masukan.UnitId": unit, "Masukan.Nama": "Tim Dasbor Kinerja Daerah",
    "Masukan.Tugas": "Menyusun rancangan dasbor\nMengumpulkan data layanan\nMenguji dasbor bersama pengguna",
    "Masukan.Sasaran": "Dasbor kinerja daerah terbit", "Masukan.SatuanSasaran": "1 Aplikasi", "Masukan.JenisTugas": "Insidental",
    "Masukan.TanggalMulai": hari.isoformat(), "Masukan.TanggalSelesai": (hari + datetime.timedelta(days=90)).isoformat()}), "Bentuk")
h = get(o, url)
calon = re.findall(r'<option value="([^"]+)"', re.search(r'<select name="Masukan.PegawaiId" required>(.*?)</select>', h, re.S).group(1))
for pegawai, aksi in [(calon[0], "TambahKetua"), (calon[1], "TambahAnggota"), (calon[2], "TambahAnggota")]:
    h = get(o, url)
    harus(post(o, url + "?handler=Susunan", {"__RequestVerificationToken": token(h), "Masukan.Versi": versi(h), "Masukan.PegawaiId": pegawai,
                                             "Masukan.Aksi": aksi, "Masukan.AlokasiPersen": "20"}), aksi)
h = get(o, url)
harus(post(o, url + "?handler=Tetapkan", {"__RequestVerificationToken": token(h), "Masukan.Versi": versi(h)}), "Tetapkan")
print(url.rsplit("/", 1)[-1])
