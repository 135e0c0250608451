using Mediator;
using Microsoft.AspNetCore.Mvc;
using SistemKerja.Application.AlurPenugasan.Pemberitahuan;

namespace SistemKerja.Web.ViewComponents;

/// <summary>The menu link to the inbox with the number of unread notices.</summary>
public sealed class NotifikasiBaruViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await sender.Send(new JumlahNotifikasiBaruQuery(), HttpContext.RequestAborted));
}
