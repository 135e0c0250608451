using Mediator;
using SistemKerja.Domain.Common;

namespace SistemKerja.Application.Common;

/// <summary>Marker of a state-changing use case: it runs in one transaction and leaves an audit line.</summary>
public interface IAppCommand;

/// <summary>A state-changing use case returning a <see cref="Result"/>.</summary>
public interface IAppCommand<out TResponse> : ICommand<TResponse>, IAppCommand
    where TResponse : Result;

/// <summary>Restricts a command or query to users holding one of the roles (checked by <see cref="AuthorizationBehavior{TMessage,TResponse}"/>).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class HanyaUntukAttribute(params string[] peran) : Attribute
{
    public IReadOnlyList<string> Peran { get; } = peran;
}

/// <summary>Builds a failed <typeparamref name="TResponse"/> (either <see cref="Result"/> or <see cref="Result{T}"/>) in the pipeline.</summary>
internal static class ResultGagal<TResponse>
{
    private static readonly Func<IReadOnlyList<Error>, object> Pembuat = BuatPembuat();

    public static TResponse Dari(IReadOnlyList<Error> errors) => (TResponse)Pembuat(errors);

    private static Func<IReadOnlyList<Error>, object> BuatPembuat()
    {
        var tipe = typeof(TResponse);
        if (tipe == typeof(Result))
        {
            return errors => Result.Fail(errors);
        }

        if (tipe.IsGenericType && tipe.GetGenericTypeDefinition() == typeof(Result<>))
        {
            var metode = tipe.GetMethod(nameof(Result.Fail), [typeof(IReadOnlyList<Error>)])
                ?? throw new InvalidOperationException($"{tipe} has no Fail(IReadOnlyList<Error>).");
            return errors => metode.Invoke(null, [errors])!;
        }

        return _ => throw new InvalidOperationException($"{tipe} is not a Result; the pipeline cannot report failures through it.");
    }
}
