using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace SistemKerja.Web.Infrastructure;

/// <summary>
/// "Wajib diisi" in Bahasa Indonesia for every required field that does not say it in its own words. MVC treats a non-nullable
/// value type (a <see cref="Guid"/>, a date, an enum, a bool) and a non-nullable reference type as required without an attribute,
/// and its default message is English ("The UnitId field is required."), written into every form as <c>data-val-required</c>.
/// This provider gives a <see cref="RequiredAttribute"/> without a message the Indonesian one, and gives each non-nullable
/// value-type property one explicitly, so the client adapter does not make its own English one. It runs after the
/// data-annotations provider (it is added in the MVC options, after the framework's providers), which collects the declared
/// attributes and the implicit one of a non-nullable reference type.
/// </summary>
internal sealed class PesanWajibDiisi : IValidationMetadataProvider
{
    /// <summary>The field's display name, else its property name, as in the model-binding messages set in Program.cs.</summary>
    public const string Pesan = "{0} wajib diisi.";

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        var validator = context.ValidationMetadata.ValidatorMetadata;
        var ada = false;
        for (var i = 0; i < validator.Count; i++)
        {
            if (validator[i] is not RequiredAttribute wajib)
            {
                continue;
            }

            ada = true;
            if (wajib.ErrorMessage is null && wajib.ErrorMessageResourceName is null)
            {
                validator[i] = new RequiredAttribute { AllowEmptyStrings = wajib.AllowEmptyStrings, ErrorMessage = Pesan };
            }
        }

        // Only a field of a form model (a property of a class bound as a whole, such as a page's Masukan). Validated inside its
        // model, such a value is never null, so on the server this attribute never fails; it only carries the message. Not a
        // handler parameter or a property of the page model itself: bound on its own, a value missing from the request is
        // validated as null, and a page opened without its query parameter (?unitId=…) would list "unitId wajib diisi.".
        var tipe = context.Key.ModelType;
        if (!ada && context.Key.MetadataKind == ModelMetadataKind.Property && context.Key.ContainerType is { } wadah
            && !typeof(Microsoft.AspNetCore.Mvc.RazorPages.PageModel).IsAssignableFrom(wadah) && tipe.IsValueType && Nullable.GetUnderlyingType(tipe) is null)
        {
            validator.Add(new RequiredAttribute { ErrorMessage = Pesan });
        }
    }
}
