using System.Globalization;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using SistemKerja.Application.Common;

namespace SistemKerja.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        ValidatorOptions.Global.LanguageManager.Culture = new CultureInfo("id-ID");
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Scoped, includeInternalTypes: true);
        services.AddMediator(o =>
        {
            o.ServiceLifetime = ServiceLifetime.Scoped;
            o.PipelineBehaviors =
            [
                typeof(AuthorizationBehavior<,>),
                typeof(ValidationBehavior<,>),
                typeof(TransactionBehavior<,>),
            ];
        });
        services.AddSingleton<TimeProvider>(WaktuDaerah.Dari(null));
        services.AddScoped<NaskahDinas.PenerbitDokumen>();

        // Defaults (3 working days, no holidays); the host registers the configured section after this.
        services.AddSingleton(new AlurPenugasan.KirimPengingat.PengaturanPengingat());
        return services;
    }
}
