using System.Reflection;
using System.Text.Json;
using FluentValidation;
using Mediator;
using SistemKerja.Domain.Audit;
using SistemKerja.Domain.Common;

namespace SistemKerja.Application.Common;

/// <summary>Refuses a message whose <see cref="HanyaUntukAttribute"/> roles the user lacks, before anything runs.</summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(IPenggunaSaatIni pengguna) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var syarat = typeof(TMessage).GetCustomAttribute<HanyaUntukAttribute>();
        if (syarat is null || syarat.Peran.Any(pengguna.Memiliki))
        {
            return next(message, cancellationToken);
        }

        return ValueTask.FromResult(ResultGagal<TResponse>.Dari([Error.Terlarang()]));
    }
}

/// <summary>Checks the shape of the input with the FluentValidation validators of the message (messages in Bahasa Indonesia).</summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        foreach (var validator in validators)
        {
            var hasil = await validator.ValidateAsync(message, cancellationToken);
            errors.AddRange(hasil.Errors.Select(e => new Error(e.ErrorCode, e.ErrorMessage, ErrorKind.Validasi, e.PropertyName)));
        }

        return errors.Count == 0 ? await next(message, cancellationToken) : ResultGagal<TResponse>.Dari(errors);
    }
}

/// <summary>
/// One transaction per command (eShop's TransactionBehavior): runs the handler, appends the audit line, saves and
/// commits when the result is a success; rolls back otherwise. Queries pass straight through.
/// </summary>
public sealed class TransactionBehavior<TMessage, TResponse>(IUnitOfWork unitOfWork, IAppDb db, IPenggunaSaatIni pengguna, TimeProvider waktu)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly JsonSerializerOptions OpsiJson = new() { WriteIndented = false };

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IAppCommand)
        {
            return await next(message, cancellationToken);
        }

        var hasil = await unitOfWork.JalankanDalamTransaksiAsync(
            async ct =>
            {
                var r = await next(message, ct);
                if (r is Result { Berhasil: true })
                {
                    db.JejakAudit.Add(new JejakAudit(
                        waktu.GetUtcNow(),
                        pengguna.Id,
                        pengguna.Nama,
                        typeof(TMessage).Name.Replace("Command", "", StringComparison.Ordinal),
                        JsonSerializer.Serialize(message, OpsiJson)));
                }

                return (Result)(object)r!;
            },
            cancellationToken);
        return hasil is TResponse sama ? sama : ResultGagal<TResponse>.Dari(hasil.Errors);
    }
}
