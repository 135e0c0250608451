using Microsoft.AspNetCore.Identity;
using SistemKerja.Application.Common;

namespace SistemKerja.Infrastructure.Identity;

/// <summary><see cref="IPintuMasuk"/> on Identity's SignInManager: not persistent, lockout counted on every failure.</summary>
internal sealed class PintuMasuk(SignInManager<Pengguna> signIn) : IPintuMasuk
{
    public async Task<HasilMasuk> MasukAsync(string namaPengguna, string kataSandi)
    {
        var hasil = await signIn.PasswordSignInAsync(namaPengguna, kataSandi, isPersistent: false, lockoutOnFailure: true);
        return hasil.Succeeded ? HasilMasuk.Berhasil : hasil.IsLockedOut ? HasilMasuk.Terkunci : HasilMasuk.Gagal;
    }

    public Task KeluarAsync() => signIn.SignOutAsync();
}
