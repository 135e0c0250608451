namespace SistemKerja.Architecture.Tests.Support;

internal static class RepositoryRoot
{
    private const string SolutionFile = "SistemKerja.sln";

    /// <summary>The folder holding SistemKerja.sln, found by walking up from the test binaries.</summary>
    public static string Path { get; } = Find(AppContext.BaseDirectory);

    private static string Find(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFile} in {start} or any folder above it.");
    }
}
